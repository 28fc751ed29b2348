import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/consent-status.js';

/** The keys of the consent element's texts after the first screen. */
export type ConsentStatusKey = KeysOf<typeof fr>;

/**
 * Texts of what the consent element says after its first screen (stored states, saved, nothing
 * changed, load failed): a catalog whose French too is lazy, added (`localize.add`) when the stored
 * state is loaded or a record is made.
 */
export const consentStatusCatalog = defineCatalog({
  name: 'consent-status',
  fr: () => import('./fr/consent-status.js'),
  nl: () => import('./nl/consent-status.js'),
  en: () => import('./en/consent-status.js'),
  de: () => import('./de/consent-status.js'),
});
