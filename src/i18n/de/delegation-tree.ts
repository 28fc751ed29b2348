import type fr from '../fr/delegation-tree.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-delegation-tree> in German. */
export default {
  'tree.loading': 'Der Fragebogen wird geladen…',
  'tree.step': 'Frage {n}',
  'tree.continue': 'Weiter',
  'tree.back': 'Zurück',
  'tree.choose': 'Wählen Sie eine Antwort, um fortzufahren.',
} satisfies Translation<typeof fr>;
