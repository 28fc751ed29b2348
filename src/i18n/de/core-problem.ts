import type fr from '../fr/core-problem.js';
import type { Translation } from '../../core/localize.js';

export default {
  'core.problem.validation':
    'Einige Angaben werden nicht angenommen. Korrigieren Sie die markierten Felder und senden Sie dann erneut.',
  'core.problem.bad-request':
    'Der Server konnte diese Sendung nicht lesen. Laden Sie die Seite neu und senden Sie dann erneut.',
  'core.problem.media-type':
    'Der Server nimmt diese Art von Sendung nicht an. Informieren Sie die Website, die dieses Formular anbietet.',
  'core.problem.too-large':
    'Diese Sendung ist zu groß. Verwenden Sie ein kleineres Bild oder eine kleinere Datei und senden Sie dann erneut.',
  'core.problem.unauthorized':
    'Sie müssen sich anmelden, bevor Sie senden. Was Sie eingegeben haben, bleibt gespeichert.',
  'core.problem.forbidden':
    'Ihr Konto erlaubt diesen Vorgang nicht. Wenn Sie denken, dass dies ein Irrtum ist, wenden Sie sich an die Website, die diesen Dienst anbietet.',
  'core.problem.not-you':
    'Dieses Formular lautet auf eine andere Person als Sie. Prüfen Sie, ob Vor- und Nachname und E-Mail-Adresse die Ihres Kontos sind, und senden Sie dann erneut.',
  'core.problem.origin':
    'Der Server nimmt keine Sendung von dieser Seite an. Öffnen Sie dieses Formular auf der Website selbst und senden Sie dann erneut.',
  'core.problem.not-found': 'Was Sie suchen, gibt es nicht, oder Ihr Konto erlaubt Ihnen nicht, es zu sehen.',
  'core.problem.conflict':
    'Ein ähnlicher Antrag ist bereits gespeichert. Prüfen Sie die bestehenden Zugänge, bevor Sie erneut senden.',
  'core.problem.in-progress':
    'Diese Sendung wird bereits bearbeitet. Warten Sie einen Moment und prüfen Sie dann, ob sie angekommen ist.',
  'core.problem.idempotency-mismatch':
    'Diese Sendung hat sich seit einem früheren Versuch geändert. Laden Sie die Seite neu, prüfen Sie Ihre Angaben und senden Sie dann erneut.',
  'core.problem.state':
    'Das ist in diesem Stadium des Antrags nicht mehr möglich. Laden Sie die Seite neu, um den Stand zu sehen.',
  'core.problem.rate-limited':
    'In kurzer Zeit wurde zu viel gesendet. Warten Sie eine Minute und versuchen Sie es dann erneut.',
  'core.problem.internal':
    'Der Server hatte ein Problem. Versuchen Sie es in einigen Minuten erneut; was Sie eingegeben haben, bleibt gespeichert.',
  'core.problem.unavailable': 'Der Dienst ist im Moment nicht verfügbar. Versuchen Sie es in einigen Minuten erneut.',
  'core.problem.seal-unavailable':
    'Ihr Dokument konnte gerade nicht versiegelt werden. Es wird aufbewahrt und in einigen Minuten automatisch erneut gesendet.',
  'core.problem.unreachable':
    'Der Server antwortet nicht. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
  'core.problem.other':
    'Der Server hat diese Sendung abgelehnt. Versuchen Sie es später erneut; wenn das Problem bleibt, informieren Sie die Website, die dieses Formular anbietet.',
  'core.field.required': 'Dieses Feld muss ausgefüllt werden.',
  'core.field.format': 'Dieser Wert hat nicht das richtige Format.',
  'core.field.pattern': 'Dieser Wert enthält Zeichen, die nicht angenommen werden.',
  'core.field.type': 'Dieser Wert wird hier nicht angenommen.',
  'core.field.enum': 'Wählen Sie eine der angebotenen Möglichkeiten.',
  'core.field.max': 'Dieser Wert ist zu lang oder zu groß.',
  'core.field.min': 'Dieser Wert ist zu kurz oder zu klein.',
  'core.field.text':
    'Dieser Text enthält ein unsichtbares Zeichen, das nicht gespeichert werden kann: Tippen Sie ihn neu, statt ihn einzufügen.',
  'core.field.pdfActive':
    'Dieses PDF enthält Code oder angehängte Dateien: Speichern Sie es erneut als einfaches PDF-Dokument.',
  'core.field.sameEmail': 'Dies ist auch die Adresse des Vollmachtgebers. Jede Person braucht ihre eigene.',
  'core.field.sharedEmail':
    'Diese Adresse scheint von mehreren Personen genutzt zu werden. Geben Sie eine Adresse an, die nur eine Person nutzt.',
  'core.field.enterpriseNumber':
    'Diese Unternehmensnummer ist nicht gültig: 10 Ziffern, die mit 0 oder 1 beginnen, zum Beispiel 0403.170.701.',
  'core.field.past': 'Dieses Datum ist schon vorbei: Wählen Sie heute oder ein späteres Datum.',
  'core.field.future': 'Dieses Datum liegt in der Zukunft.',
  'core.field.order': 'Das Enddatum muss nach dem Anfangsdatum liegen.',
  'core.field.tooOld':
    'Dieses Datum ist zu alt: mehr als 31 Tage vor dem Senden. Unterschreiben Sie erneut und senden Sie dann.',
  'core.field.notYou':
    'Diese Person ist nicht die angemeldete: Geben Sie Ihren eigenen Vor- und Nachnamen und Ihre E-Mail-Adresse an.',
  'core.field.signature': 'Die Unterschrift fehlt oder ist nicht lesbar. Unterschreiben Sie erneut.',
  'core.field.hashMismatch':
    'Das gesendete Dokument entspricht nicht dem, was unterschrieben wurde. Laden Sie die Seite neu, prüfen Sie das Dokument und senden Sie dann erneut.',
} satisfies Translation<typeof fr>;
