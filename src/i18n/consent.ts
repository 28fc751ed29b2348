import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/consent.js';
import type { ConsentPresetsKey } from './consent-presets.js';
import type { ConsentStatusKey } from './consent-status.js';

/**
 * The keys of the consent element's texts (`consent.…`): its first screen's (this catalog, French
 * bundled), its presets' and its later states' (lazy catalogs, French included).
 */
export type ConsentKey = KeysOf<typeof fr> | ConsentPresetsKey | ConsentStatusKey;

export const consentCatalog = defineCatalog({
  name: 'consent',
  fr,
  nl: () => import('./nl/consent.js'),
  en: () => import('./en/consent.js'),
  de: () => import('./de/consent.js'),
});
