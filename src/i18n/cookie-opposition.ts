import type { Catalog } from '../core/localize.js';
import fr from './fr/cookie-opposition.js';

export const cookieOppositionCatalog: Catalog = {
  name: 'cookie-opposition',
  fr,
  nl: () => import('./nl/cookie-opposition.js'),
  en: () => import('./en/cookie-opposition.js'),
  de: () => import('./de/cookie-opposition.js'),
};
