import type fr from '../fr/access-grants-states.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-access-grants> in the states a first screen seldom shows, German. */
export default {
  'grants.none': 'Es ist kein Server eingerichtet: Die Liste der Zugänge kann nicht geladen werden.',
  'grants.empty': 'Niemand hat Zugang zu Ihrem Bereich, und Sie haben zu keinem fremden Bereich Zugang.',
  'grants.emptyNext': 'Um jemandem Zugang zu geben, füllen Sie einen Vollmachtsantrag aus.',
  'grants.requestLink': 'Zugang beantragen',
  'grants.error': 'Die Liste der Zugänge konnte nicht geladen werden. {reason}',
  'grants.offline':
    'Sie sind offline. Dies ist die letzte bekannte Liste vom {date}; sie ist vielleicht nicht mehr aktuell. Widerrufen ist möglich, sobald die Verbindung wieder da ist.',
  'grants.offlineEmpty': 'Sie sind offline, und in diesem Browser wurde keine Liste der Zugänge gespeichert.',
  'grants.refusal.identity':
    'Ihr Makler hat diesen Antrag abgelehnt: Die Identität einer der Personen konnte nicht geprüft werden.',
  'grants.refusal.signature': 'Ihr Makler hat diesen Antrag abgelehnt: Eine Unterschrift fehlt oder ist nicht gültig.',
  'grants.refusal.same-email':
    'Ihr Makler hat diesen Antrag abgelehnt: Beide Personen haben dieselbe E-Mail-Adresse angegeben, aber jede braucht ihre eigene.',
  'grants.refusal.incomplete': 'Ihr Makler hat diesen Antrag abgelehnt: Das Formular ist unvollständig.',
  'grants.refusal.not-client':
    'Ihr Makler hat diesen Antrag abgelehnt: Die Person, die den Zugang gibt, ist kein Kunde dieses Büros.',
  'grants.refusal.other': 'Ihr Makler hat diesen Antrag abgelehnt.',
  'grants.refusal.noteLabel': 'Die Nachricht Ihres Maklers:',
  'grants.exceeds': 'Der geltende Zugang geht über das hinaus, was Sie unterschrieben haben: {list}.',
  'grants.differs': 'Der geltende Zugang weicht von dem ab, was Sie unterschrieben haben: {list}.',
  'grants.diff.service': 'der Dienst „{granted}“ statt „{requested}“',
  'grants.diff.contracts': '{granted} statt: {requested}',
  'grants.diff.until': '{granted} statt: {requested}',
  'grants.diff.past': 'der Zugang bleibt nach dem unterschriebenen Enddatum, dem {date}, offen',
  'grants.attention': 'Achtung',
  'grants.reason.signIn': 'Melden Sie sich an, um Ihre Zugänge zu sehen.',
} satisfies Translation<typeof fr>;
