import type { Catalog } from '../core/localize.js';
import fr from './fr/mandate-form.js';

export const mandateFormCatalog: Catalog = {
  name: 'mandate-form',
  fr,
  nl: () => import('./nl/mandate-form.js'),
  en: () => import('./en/mandate-form.js'),
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
    'nl-BE': {
      'mandate.enterpriseNumber': 'Ondernemingsnummer (KBO)',
      'mandate.phone': 'Gsm of telefoon',
    },
  },
};
