import type fr from '../fr/core.js';
import type { Translation } from '../../core/localize.js';

/** Texts shared by every element, in German (Belgium's third official language). */
export default {
  'core.renderError':
    'Ein Problem verhindert die Anzeige dieses Elements. Laden Sie die Seite neu; wenn das Problem bleibt, informieren Sie die Website, die es anbietet.',
  'core.localOnly': 'Es ist kein Server eingerichtet: Nichts wird gesendet.',
  'core.draftsOff':
    'Entwürfe sind in diesem Browser ausgeschaltet: Was Sie eingeben, geht verloren, wenn Sie die Seite verlassen.',
  'core.draftRestored': 'Wir haben den Entwurf wiederhergestellt, den Sie am {date} begonnen haben.',
  'core.draftStale': 'Der Fragebogen hat sich seit Ihrem letzten Besuch geändert: Wir beginnen von vorn.',
  'core.sending': 'Wird gesendet…',
  'core.sent': 'Gesendet.',
  'core.queued':
    'Der Server ist im Moment nicht erreichbar. Ihre Sendung bleibt in diesem Browser gespeichert und wird gesendet, sobald die Verbindung wieder da ist.',
  'core.failed': 'Das Senden ist fehlgeschlagen. {message}',
  'core.required': 'Dieses Feld muss ausgefüllt werden.',
  'core.invalid': 'Dieser Wert ist nicht gültig.',
  'core.cancelled': 'Die Seite hat das Senden abgebrochen.',
  'core.receipt.download': 'Meinen Nachweis herunterladen',
  'core.receipt.hint':
    'Eine vom Server signierte Datei: Bewahren Sie sie auf. Sie beweist, was wann empfangen wurde, ohne dass Sie der Website vertrauen müssen.',
} satisfies Translation<typeof fr>;
