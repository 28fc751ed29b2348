import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/core.js';

/** The keys of the texts every element shares (`core.…`). */
export type CoreKey = KeysOf<typeof fr>;

export const coreCatalog = defineCatalog({
  name: 'core',
  fr,
  nl: () => import('./nl/core.js'),
  en: () => import('./en/core.js'),
  de: () => import('./de/core.js'),
  regional: {
    'fr-CA': {
      'core.draftsOff':
        'Les brouillons sont désactivés dans ce fureteur : ce que vous saisissez sera perdu si vous quittez la page.',
    },
  },
});
