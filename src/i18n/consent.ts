import type { Catalog } from '../core/localize.js';
import fr from './fr/consent.js';

export const consentCatalog: Catalog = {
  name: 'consent',
  fr,
  nl: () => import('./nl/consent.js'),
  en: () => import('./en/consent.js'),
  de: () => import('./de/consent.js'),
};
