import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/consent-presets.js';

/** The keys of the consent element's presets' texts. */
export type ConsentPresetsKey = KeysOf<typeof fr>;

/**
 * Texts of the consent presets (their labels, descriptions and recipients): a catalog whose French
 * too is lazy, bundled (src/consent/first-screen.ts imports it) in the chunk of the configuration's
 * rules that resolve the presets.
 */
export const consentPresetsCatalog = defineCatalog({
  name: 'consent-presets',
  fr: () => import('./fr/consent-presets.js'),
  nl: () => import('./nl/consent-presets.js'),
  en: () => import('./en/consent-presets.js'),
  de: () => import('./de/consent-presets.js'),
});
