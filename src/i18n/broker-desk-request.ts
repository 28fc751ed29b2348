import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/broker-desk-request.js';

/**
 * The texts of the desk's opened request (its data, document, verification, trail, checklist,
 * consent proof, the actions' dialog and notices): French too is loaded lazily, with the opened
 * request's chunk that adds it (`localize.add(deskRequestCatalog)`), so the inbox's first paint does not carry them.
 */
export const deskRequestCatalog = defineCatalog({
  name: 'broker-desk-request',
  fr: () => import('./fr/broker-desk-request.js'),
  nl: () => import('./nl/broker-desk-request.js'),
  en: () => import('./en/broker-desk-request.js'),
  de: () => import('./de/broker-desk-request.js'),
});

export type DeskRequestKey = KeysOf<typeof fr>;
