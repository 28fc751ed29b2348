import type fr from '../fr/my-data-act.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-my-data> once a person acts, German. */
export default {
  'mydata.download.pdfMaking': 'Die PDF-Zusammenfassung wird vorbereitet…',
  'mydata.download.pdfFailed': 'Die PDF-Zusammenfassung konnte nicht vorbereitet werden. {reason}',
  'mydata.download.done': 'Die Datei {name} ist heruntergeladen.',
  'mydata.pdf.title': 'Übersicht meiner Daten',
  'mydata.pdf.generated': 'Von {office} gespeicherte Daten, Stand {date}.',
  'rights.sent': 'Ihr Antrag ist eingegangen, mit dem Aktenzeichen {reference}. Er steht in der Liste unten.',
  'rights.queued':
    'Der Server antwortet gerade nicht: Ihr Antrag wird in diesem Browser aufbewahrt und von selbst gesendet, ein einziges Mal.',
  'rights.receiptFailed': 'Die Empfangsbestätigung konnte nicht heruntergeladen werden. {reason}',
} satisfies Translation<typeof fr>;
