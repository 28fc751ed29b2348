import type fr from '../fr/my-data-act.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-my-data> once a person acts, English. */
export default {
  'mydata.download.pdfMaking': 'Preparing the PDF summary…',
  'mydata.download.pdfFailed': 'The PDF summary could not be prepared. {reason}',
  'mydata.download.done': 'The file {name} is downloaded.',
  'mydata.pdf.title': 'Summary sheet of my data',
  'mydata.pdf.generated': 'Data held by {office}, as of {date}.',
  'rights.sent': 'Your request is received, with the reference {reference}. It is in the list below.',
  'rights.queued':
    'The server does not answer at the moment: your request is kept in this browser and will be sent by itself, once.',
  'rights.receiptFailed': 'The receipt could not be downloaded. {reason}',
  'rights.error.kind': 'Choose what you ask for.',
  'rights.error.field': 'Choose the data to correct.',
  'rights.error.value': 'Write the new value.',
  'rights.error.fileSize': 'The supporting document is larger than 2 MB: choose a smaller file.',
  'rights.error.fileType': 'The supporting document must be a PDF, PNG or JPEG file.',
  'rights.field': 'The data to correct',
  'rights.field.choose': 'Choose a piece of data',
  'rights.value': 'The new value',
} satisfies Translation<typeof fr>;
