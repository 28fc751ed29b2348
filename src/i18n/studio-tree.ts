import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/studio-tree.js';

/** The keys of the studio tree editor's texts (`studioTree.…`). */
export type StudioTreeKey = KeysOf<typeof fr>;

/** The shell (`<procura-studio>`) adds this catalog to its own so that `host.t('studioTree.…')` finds them. */
export const studioTreeCatalog = defineCatalog({
  name: 'studio-tree',
  fr,
  nl: () => import('./nl/studio-tree.js'),
  en: () => import('./en/studio-tree.js'),
  de: () => import('./de/studio-tree.js'),
});
