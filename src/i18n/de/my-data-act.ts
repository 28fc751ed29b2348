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
  'rights.error.kind': 'Wählen Sie, was Sie verlangen.',
  'rights.error.field': 'Wählen Sie die zu berichtigende Angabe.',
  'rights.error.value': 'Schreiben Sie den neuen Wert.',
  'rights.error.fileSize': 'Der Nachweis ist größer als 2 MB: Wählen Sie eine kleinere Datei.',
  'rights.error.fileType': 'Der Nachweis muss eine PDF-, PNG- oder JPEG-Datei sein.',
  'rights.field': 'Die zu berichtigende Angabe',
  'rights.field.choose': 'Wählen Sie eine Angabe',
  'rights.value': 'Der neue Wert',
} satisfies Translation<typeof fr>;
