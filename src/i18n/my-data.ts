import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/my-data.js';
import type { MyDataActKey } from './my-data-act.js';
import type { MyDataControllerKey } from './my-data-controller.js';

/** The keys of `<procura-my-data>`'s texts: the sheet's, those said once a person acts (a lazy catalog, `myDataActCatalog`) and the controller's part (`myDataControllerCatalog`). */
export type MyDataKey = KeysOf<typeof fr> | MyDataActKey | MyDataControllerKey;

export const myDataCatalog = defineCatalog({
  name: 'my-data',
  fr,
  nl: () => import('./nl/my-data.js'),
  en: () => import('./en/my-data.js'),
  de: () => import('./de/my-data.js'),
});
