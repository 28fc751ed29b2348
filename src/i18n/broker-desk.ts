import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/broker-desk.js';
import type { DeskRequestKey } from './broker-desk-request.js';

/** The keys of the broker's desk texts: the inbox's, and the opened request's (a lazy catalog, `deskRequestCatalog`). */
export type DeskKey = KeysOf<typeof fr> | DeskRequestKey;

export const deskCatalog = defineCatalog({
  name: 'broker-desk',
  fr,
  nl: () => import('./nl/broker-desk.js'),
  en: () => import('./en/broker-desk.js'),
  de: () => import('./de/broker-desk.js'),
});
