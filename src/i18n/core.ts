import type { Catalog } from '../core/localize.js';
import fr from './fr/core.js';

export const coreCatalog: Catalog = {
  name: 'core',
  fr,
  nl: () => import('./nl/core.js'),
  en: () => import('./en/core.js'),
};
