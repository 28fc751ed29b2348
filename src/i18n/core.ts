import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/core.js';
import type frProblem from './fr/core-problem.js';
import type frConfig from './fr/core-config.js';

/** The keys of the texts every element shares (`core.…`), those of a failed request included. */
export type CoreKey = KeysOf<typeof fr> | KeysOf<typeof frProblem> | KeysOf<typeof frConfig>;

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

/**
 * The sentences for a failed request and a refused field (`core.problem.…`, `core.field.…`), French
 * included, load with the backend module (BackendController): a page that has sent or read
 * nothing yet never pays for them.
 */
export const coreProblemCatalog = defineCatalog({
  name: 'core-problem',
  fr: () => import('./fr/core-problem.js'),
  nl: () => import('./nl/core-problem.js'),
  en: () => import('./en/core-problem.js'),
  de: () => import('./de/core-problem.js'),
});
