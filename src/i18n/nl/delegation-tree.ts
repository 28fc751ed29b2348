import type fr from '../fr/delegation-tree.js';
import type { Translation } from '../../core/localize.js';

export default {
  'tree.loading': 'De vragenlijst wordt geladen…',
  'tree.step': 'Vraag {n}',
  'tree.continue': 'Doorgaan',
  'tree.back': 'Terug',
  'tree.restart': 'Opnieuw beginnen',
  'tree.choose': 'Kies een antwoord om verder te gaan.',
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
