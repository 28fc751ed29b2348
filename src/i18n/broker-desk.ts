import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/broker-desk.js';

/** The keys of the broker's desk texts. */
export type DeskKey = KeysOf<typeof fr>;

export const deskCatalog = defineCatalog({
  name: 'broker-desk',
  fr,
  nl: () => import('./nl/broker-desk.js'),
  en: () => import('./en/broker-desk.js'),
  de: () => import('./de/broker-desk.js'),
});
