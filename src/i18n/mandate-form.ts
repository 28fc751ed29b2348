import type { Catalog } from '../core/localize.js';
import fr from './fr/mandate-form.js';

export const mandateFormCatalog: Catalog = {
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
      'mandate.mandatary.email': 'Courriel du mandataire',
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
};
