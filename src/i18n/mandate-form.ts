import type { Catalog } from '../core/localize.js';
import fr from './fr/mandate-form.js';

export const mandateFormCatalog: Catalog = {
  name: 'mandate-form',
  fr,
  nl: () => import('./nl/mandate-form.js'),
  en: () => import('./en/mandate-form.js'),
};
