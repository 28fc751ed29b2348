import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/broker-desk-rights.js';

/**
 * The texts of the desk's rights queue and staff panel: French too is loaded lazily, with the
 * panels' chunk that adds it (`localize.add(deskRightsCatalog)`), so the desk's first paint does not carry them.
 */
export const deskRightsCatalog = defineCatalog({
  name: 'broker-desk-rights',
  fr: () => import('./fr/broker-desk-rights.js'),
  nl: () => import('./nl/broker-desk-rights.js'),
  en: () => import('./en/broker-desk-rights.js'),
  de: () => import('./de/broker-desk-rights.js'),
});

export type DeskRightsKey = KeysOf<typeof fr>;
