import type fr from '../fr/delegation-tree.js';
import type { Translation } from '../../core/localize.js';

export default {
  'tree.loading': 'Loading the questionnaire…',
  'tree.step': 'Question {n}',
  'tree.continue': 'Continue',
  'tree.back': 'Back',
  'tree.choose': 'Choose an answer to continue.',
} satisfies Translation<typeof fr>;
