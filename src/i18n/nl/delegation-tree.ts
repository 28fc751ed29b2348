import type fr from '../fr/delegation-tree.js';
import type { Translation } from '../../core/localize.js';

export default {
  'tree.loading': 'De vragenlijst wordt geladen…',
  'tree.step': 'Vraag {n}',
  'tree.continue': 'Doorgaan',
  'tree.back': 'Terug',
  'tree.choose': 'Kies een antwoord om verder te gaan.',
} satisfies Translation<typeof fr>;
