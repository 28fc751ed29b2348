import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/delegation-tree.js';
import type outcome from './fr/delegation-tree-outcome.js';

/** The keys of the delegation tree's texts (`tree.…`): its first question's, and its outcome's (a lazy catalog). */
export type TreeKey = KeysOf<typeof fr> | KeysOf<typeof outcome>;

export const treeCatalog = defineCatalog({
  name: 'delegation-tree',
  fr,
  nl: () => import('./nl/delegation-tree.js'),
  en: () => import('./en/delegation-tree.js'),
  de: () => import('./de/delegation-tree.js'),
});
