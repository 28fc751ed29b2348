import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/delegation-tree.js';

/** The keys of the delegation tree's texts (`tree.…`). */
export type TreeKey = KeysOf<typeof fr>;

export const treeCatalog = defineCatalog({
  name: 'delegation-tree',
  fr,
  nl: () => import('./nl/delegation-tree.js'),
  en: () => import('./en/delegation-tree.js'),
  de: () => import('./de/delegation-tree.js'),
});
