import type { Catalog } from '../core/localize.js';
import fr from './fr/signature-pad.js';

export const padCatalog: Catalog = {
  name: 'signature-pad',
  fr,
  nl: () => import('./nl/signature-pad.js'),
  en: () => import('./en/signature-pad.js'),
  de: () => import('./de/signature-pad.js'),
};
