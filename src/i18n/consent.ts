import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/consent.js';
import type { ConsentPresetsKey } from './consent-presets.js';
import type { ConsentStatusKey } from './consent-status.js';

/**
 * The keys of the consent element's texts (`consent.…`): its first screen's (this catalog), its
 * presets' and its later states' (each a lazy catalog, French included).
 */
export type ConsentKey = KeysOf<typeof fr> | ConsentPresetsKey | ConsentStatusKey;

/**
 * Texts of the consent element's first screen. French too is lazy: src/consent/first-screen.ts
 * imports it, so the bundle puts it in the chunk of the templates and the configuration's rules,
 * which the element loads before its first render anyway (French is every language's fallback,
 * always loaded): one file fewer before the first paint.
 */
export const consentCatalog = defineCatalog({
  name: 'consent',
  fr: () => import('./fr/consent.js'),
  nl: () => import('./nl/consent.js'),
  en: () => import('./en/consent.js'),
  de: () => import('./de/consent.js'),
});
