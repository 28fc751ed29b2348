import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/my-data.js';

/** The keys of `<procura-my-data>`'s texts. */
export type MyDataKey = KeysOf<typeof fr>;

export const myDataCatalog = defineCatalog({
  name: 'my-data',
  fr,
  nl: () => import('./nl/my-data.js'),
  en: () => import('./en/my-data.js'),
  de: () => import('./de/my-data.js'),
});
