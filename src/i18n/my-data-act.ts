import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/my-data-act.js';

/**
 * `<procura-my-data>`'s texts once a person acts (a request sent or queued, the
 * downloads, the PDF's own words): French too is loaded lazily, added (`localize.add(myDataActCatalog)`)
 * before the action says anything, so the sheet's first paint does not carry them.
 */
export const myDataActCatalog = defineCatalog({
  name: 'my-data-act',
  fr: () => import('./fr/my-data-act.js'),
  nl: () => import('./nl/my-data-act.js'),
  en: () => import('./en/my-data-act.js'),
  de: () => import('./de/my-data-act.js'),
});

export type MyDataActKey = KeysOf<typeof fr>;
