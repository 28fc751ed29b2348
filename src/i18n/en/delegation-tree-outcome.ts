import type fr from '../fr/delegation-tree-outcome.js';
import type { Translation } from '../../core/localize.js';

export default {
  'tree.restart': 'Start again',
  'tree.answers': 'Your answers',
  'tree.change': 'Change',
  'tree.changeLabel': 'Change your answer to “{question}”',
  'tree.outcome': 'Result',
  'tree.mandate.yes': 'A mandate form is needed.',
  'tree.mandate.no': 'No mandate form is needed.',
  'tree.contracts.all': 'Contracts covered: all contracts.',
  'tree.contracts.one': 'Contracts covered: only the contract concerned.',
  'tree.contracts.listed': 'Contracts covered: a list of contracts, to be set out in the form.',
  'tree.refused': 'This request cannot be accepted.',
  'tree.reason': 'Why: {reason}',
  'tree.next': 'Go to the next step',
  'tree.toForm': 'Fill in the form',
  'tree.announce': 'Result of the questionnaire: {text}',
} satisfies Translation<typeof fr>;
