import type fr from '../fr/mandate-form-later.js';
import type { Translation } from '../../core/localize.js';

export default {
  'mandate.step.handover': 'Übergabe an den Bevollmächtigten',
  'mandate.step.mandatary': 'Teil des Bevollmächtigten',
  'mandate.step.review': 'Prüfen und senden',
  'mandate.step.done': 'Gesendet',
  'mandate.legend.mandatary': 'Der Bevollmächtigte: die Person, die den Zugang erhält',
  'mandate.mandatary.email': 'E-Mail-Adresse des Bevollmächtigten',
  'mandate.relation': 'Beziehung zum Vollmachtgeber',
  'mandate.relation.hint': 'Zum Beispiel: Ehepartner, Buchhalter, Mitarbeiter der Verwaltung.',
  'mandate.mandatary.email.hint':
    'Eine Adresse, die nur der Bevollmächtigte nutzt, und nicht die des Vollmachtgebers. Wir senden das vorläufige Passwort dorthin.',
  'mandate.signature.mandatary': 'Unterschrift des Bevollmächtigten',
  'mandate.handover.title': 'Jetzt ist der Bevollmächtigte an der Reihe',
  'mandate.handover.text':
    'Ihr Teil ist unterschrieben. Geben Sie das Gerät jetzt dem Bevollmächtigten: Er füllt seinen Teil hier aus und unterschreibt ihn.',
  'mandate.handover.later':
    'Sie können auch später auf diesem Gerät weitermachen: Der Entwurf bleibt hier {days} Tage gespeichert und wird dann gelöscht.',
  'mandate.handover.noDraft':
    'Dieses Formular speichert keinen Entwurf: Füllen Sie es jetzt zu Ende aus, ohne die Seite zu schließen.',
  'mandate.handover.continue': 'Ich bin der Bevollmächtigte und mache weiter',
  'mandate.summary#one': 'Ein Feld ist zu korrigieren:',
  'mandate.summary#other': '{count} Felder sind zu korrigieren:',
  'mandate.summaryItem': '{field}: {message}',
  'mandate.error.required.contractIds': 'Geben Sie mindestens eine Vertragsnummer an.',
  'mandate.error.max.contractIds': 'Für einen einzigen Vertrag geben Sie nur eine Nummer an.',
  'mandate.error.max': 'Dieser Text ist zu lang.',
  'mandate.error.format': 'Dieser Wert hat nicht das richtige Format.',
  'mandate.error.format.email':
    'Geben Sie eine vollständige E-Mail-Adresse ein, zum Beispiel vorname.nachname@beispiel.be.',
  'mandate.error.format.date': 'Geben Sie ein gültiges Datum ein.',
  'mandate.error.pattern.phone':
    'Geben Sie eine Telefonnummer ein: Ziffern und Leerzeichen, wenn nötig mit einem + am Anfang.',
  'mandate.error.sameEmail':
    'Dies ist auch die Adresse des Vollmachtgebers. Jede Person braucht ihre eigene: Der Benutzername geht an den Vollmachtgeber, das vorläufige Passwort an den Bevollmächtigten.',
  'mandate.error.sharedEmail':
    'Diese Adresse scheint gemeinsam genutzt zu werden (Empfang, Info, Sekretariat…). Eine Adresse, die nur eine Person nutzt, ist Pflicht: Sonst können wir die Zugangsdaten nicht senden, und der Antrag wird abgelehnt.',
  'mandate.error.enterpriseNumber':
    'Diese Unternehmensnummer ist nicht gültig: 10 Ziffern, die mit 0 oder 1 beginnen, zum Beispiel 0403.170.701.',
  'mandate.error.past': 'Dieses Datum ist schon vorbei: Wählen Sie heute oder ein späteres Datum.',
  'mandate.error.future': 'Dieses Datum liegt in der Zukunft.',
  'mandate.error.order': 'Das Enddatum muss nach dem Anfangsdatum liegen.',
  'mandate.error.signature': 'Die Unterschrift fehlt: Unterschreiben Sie im Rahmen oben.',
} satisfies Translation<typeof fr>;
