import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/signature-pad.js';

/** The keys of the signature pad's texts. */
export type PadKey = KeysOf<typeof fr>;

export const padCatalog = defineCatalog({
  name: 'signature-pad',
  fr,
  nl: () => import('./nl/signature-pad.js'),
  en: () => import('./en/signature-pad.js'),
  de: () => import('./de/signature-pad.js'),
});
