import type fr from '../fr/delegation-tree-outcome.js';
import type { Translation } from '../../core/localize.js';

export default {
  'tree.restart': 'Neu beginnen',
  'tree.answers': 'Ihre Antworten',
  'tree.change': 'Ändern',
  'tree.changeLabel': 'Ihre Antwort auf „{question}“ ändern',
  'tree.outcome': 'Ergebnis',
  'tree.mandate.yes': 'Ein Vollmachtsformular ist nötig.',
  'tree.mandate.no': 'Es ist kein Vollmachtsformular nötig.',
  'tree.contracts.all': 'Betroffene Verträge: alle Verträge.',
  'tree.contracts.one': 'Betroffene Verträge: nur der betreffende Vertrag.',
  'tree.contracts.listed': 'Betroffene Verträge: eine Liste von Verträgen, die im Formular anzugeben ist.',
  'tree.refused': 'Diese Anfrage kann nicht angenommen werden.',
  'tree.reason': 'Warum: {reason}',
  'tree.next': 'Zum nächsten Schritt',
  'tree.toForm': 'Formular ausfüllen',
  'tree.announce': 'Ergebnis des Fragebogens: {text}',
} satisfies Translation<typeof fr>;
