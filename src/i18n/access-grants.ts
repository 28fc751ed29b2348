import type { Catalog } from '../core/localize.js';
import fr from './fr/access-grants.js';

export const grantsCatalog: Catalog = {
  name: 'access-grants',
  fr,
  nl: () => import('./nl/access-grants.js'),
  en: () => import('./en/access-grants.js'),
  de: () => import('./de/access-grants.js'),
};
