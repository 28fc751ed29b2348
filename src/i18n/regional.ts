/**
 * Where a region words things differently from the base language. Kept small and
 * bundled: only keys that differ belong here. Elements add their own keys.
 */
export const REGIONAL: Record<string, Record<string, string>> = {
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
    'core.draftsOff': 'Les brouillons sont désactivés dans ce fureteur : ce que vous saisissez sera perdu si vous quittez la page.',
  },
  'nl-BE': {
    'mandate.enterpriseNumber': 'Ondernemingsnummer (KBO)',
    'mandate.phone': 'Gsm of telefoon',
  },
};
