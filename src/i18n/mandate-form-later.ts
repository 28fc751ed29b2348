import { defineCatalog } from '../core/localize.js';

/**
 * Texts of the mandate form after its first screen: the hand-over and the mandatary's steps, the
 * error messages and their summary. A catalog whose French too is loaded lazily, with the chunk
 * that adds it (`localize.add(laterCatalog)`, src/mandate-form/later.ts).
 */
export const laterCatalog = defineCatalog({
  name: 'mandate-form-later',
  fr: () => import('./fr/mandate-form-later.js'),
  nl: () => import('./nl/mandate-form-later.js'),
  en: () => import('./en/mandate-form-later.js'),
  de: () => import('./de/mandate-form-later.js'),
  regional: {
    'fr-CA': { 'mandate.mandatary.email': 'Courriel du mandataire' },
  },
});
