import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/signature-pad.js';

/** The keys of the signature pad's texts. */
export type PadKey = KeysOf<typeof fr>;

/**
 * French too is loaded lazily, with the pad's view (`src/signature-pad/parts.ts`): the pad adds
 * it (`localize.add(padCatalog)`) and shows only its busy wrapper until both are there.
 */
export const padCatalog = defineCatalog({
  name: 'signature-pad',
  fr: () => import('./fr/signature-pad.js'),
  nl: () => import('./nl/signature-pad.js'),
  en: () => import('./en/signature-pad.js'),
  de: () => import('./de/signature-pad.js'),
});
