import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/consent.js';

/** The keys of the consent element's texts (`consent.…`). */
export type ConsentKey = KeysOf<typeof fr>;

export const consentCatalog = defineCatalog({
  name: 'consent',
  fr,
  nl: () => import('./nl/consent.js'),
  en: () => import('./en/consent.js'),
  de: () => import('./de/consent.js'),
});
