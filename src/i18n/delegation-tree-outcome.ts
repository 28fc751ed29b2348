import { defineCatalog } from '../core/localize.js';

/**
 * Texts of the tree's outcome and of the answers given so far: a catalog like any other, whose
 * French too is loaded lazily, with the outcome chunk that adds it (`localize.add(outcomeCatalog)`).
 */
export const outcomeCatalog = defineCatalog({
  name: 'delegation-tree-outcome',
  fr: () => import('./fr/delegation-tree-outcome.js'),
  nl: () => import('./nl/delegation-tree-outcome.js'),
  en: () => import('./en/delegation-tree-outcome.js'),
  de: () => import('./de/delegation-tree-outcome.js'),
});
