import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/studio.js';

/** The keys of `<procura-studio>`'s shell and of its consent, cookie and mandate editors (`studio.…`). */
export type StudioKey = KeysOf<typeof fr>;

export const studioCatalog = defineCatalog({
  name: 'studio',
  fr,
  nl: () => import('./nl/studio.js'),
  en: () => import('./en/studio.js'),
  de: () => import('./de/studio.js'),
});
