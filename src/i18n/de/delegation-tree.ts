import type fr from '../fr/delegation-tree.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-delegation-tree> in German. */
export default {
  'tree.loading': 'Der Fragebogen wird geladen…',
  'tree.step': 'Frage {n}',
  'tree.continue': 'Weiter',
  'tree.back': 'Zurück',
  'tree.restart': 'Neu beginnen',
  'tree.choose': 'Wählen Sie eine Antwort, um fortzufahren.',
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
