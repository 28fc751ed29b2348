import { defineCatalog } from '../core/localize.js';

/**
 * Texts of the mandate form's review, sent step and PDF: a catalog like any other, whose French
 * too is loaded lazily, with the review chunk that adds it (`localize.add(reviewCatalog)`).
 */
export const reviewCatalog = defineCatalog({
  name: 'mandate-form-review',
  fr: () => import('./fr/mandate-form-review.js'),
  nl: () => import('./nl/mandate-form-review.js'),
  en: () => import('./en/mandate-form-review.js'),
  de: () => import('./de/mandate-form-review.js'),
});
