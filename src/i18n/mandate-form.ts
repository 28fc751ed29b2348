import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/mandate-form.js';
import type later from './fr/mandate-form-later.js';
import type review from './fr/mandate-form-review.js';
import type { CoreKey } from './core.js';

export const mandateFormCatalog = defineCatalog({
  name: 'mandate-form',
  fr,
  nl: () => import('./nl/mandate-form.js'),
  en: () => import('./en/mandate-form.js'),
  de: () => import('./de/mandate-form.js'),
  regional: {
    'fr-BE': {
      'mandate.enterpriseNumber': 'Numéro d’entreprise (BCE)',
      'mandate.phone': 'GSM ou téléphone',
    },
    'fr-CA': {
      'mandate.email': 'Courriel',
      'mandate.grantor.email': 'Courriel du mandant',
      'mandate.phone': 'Téléphone cellulaire ou fixe',
      'mandate.enterpriseNumber': 'Numéro d’entreprise (NEQ)',
    },
    // In East Belgium a mobile phone is a "GSM", and the register is the ZDU (BCE/KBO).
    'de-BE': {
      'mandate.enterpriseNumber': 'Unternehmensnummer (ZDU)',
      'mandate.phone': 'GSM oder Telefon',
    },
    'nl-BE': {
      'mandate.enterpriseNumber': 'Ondernemingsnummer (KBO)',
      'mandate.phone': 'Gsm of telefoon',
    },
  },
});

/** The keys of the form's own catalog (its first chunk). */
export type MandateFormKey = KeysOf<typeof fr>;
/** The keys of the later steps' and errors' catalog, loaded after the first screen (`mandate-form-later.ts`). */
export type MandateLaterKey = KeysOf<typeof later>;
/** The keys of the review's catalog, loaded with the review chunk (`mandate-form-review.ts`). */
export type MandateReviewKey = KeysOf<typeof review>;
/** Every key the mandate form asks for. */
export type MandateKey = MandateFormKey | MandateLaterKey | MandateReviewKey;
/** What the form's localize accepts: its keys and the kit's. */
export type MandateTextKey = MandateKey | CoreKey;
