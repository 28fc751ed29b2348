import type fr from '../fr/delegation-tree-outcome.js';
import type { Translation } from '../../core/localize.js';

export default {
  'tree.restart': 'Opnieuw beginnen',
  'tree.answers': 'Uw antwoorden',
  'tree.change': 'Wijzigen',
  'tree.changeLabel': 'Uw antwoord op „{question}” wijzigen',
  'tree.outcome': 'Resultaat',
  'tree.mandate.yes': 'Een volmachtformulier is nodig.',
  'tree.mandate.no': 'Er is geen volmachtformulier nodig.',
  'tree.contracts.all': 'Betrokken contracten: alle contracten.',
  'tree.contracts.one': 'Betrokken contracten: alleen het contract in kwestie.',
  'tree.contracts.listed': 'Betrokken contracten: een lijst van contracten, te bepalen in het formulier.',
  'tree.refused': 'Deze aanvraag kan niet worden aanvaard.',
  'tree.reason': 'Waarom: {reason}',
  'tree.next': 'Naar de volgende stap',
  'tree.toForm': 'Het formulier invullen',
  'tree.announce': 'Resultaat van de vragenlijst: {text}',
} satisfies Translation<typeof fr>;
