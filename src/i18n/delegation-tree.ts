import type { Catalog } from '../core/localize.js';
import fr from './fr/delegation-tree.js';

export const treeCatalog: Catalog = {
  name: 'delegation-tree',
  fr,
  nl: () => import('./nl/delegation-tree.js'),
  en: () => import('./en/delegation-tree.js'),
  de: () => import('./de/delegation-tree.js'),
};
