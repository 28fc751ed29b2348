import type fr from '../fr/my-data-act.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-my-data> once a person acts, Dutch. */
export default {
  'mydata.download.pdfMaking': 'De PDF-samenvatting wordt voorbereid…',
  'mydata.download.pdfFailed': 'De PDF-samenvatting kon niet worden voorbereid. {reason}',
  'mydata.download.done': 'Het bestand {name} is gedownload.',
  'mydata.pdf.title': 'Overzicht van mijn gegevens',
  'mydata.pdf.generated': 'Gegevens bewaard door {office}, op {date}.',
  'rights.sent': 'Uw verzoek is ontvangen, met referentie {reference}. Het staat in de lijst hieronder.',
  'rights.queued':
    'De server antwoordt op dit moment niet: uw verzoek wordt in deze browser bewaard en vertrekt vanzelf, één keer.',
  'rights.receiptFailed': 'Het ontvangstbewijs kon niet worden gedownload. {reason}',
  'rights.error.kind': 'Kies wat u vraagt.',
  'rights.error.field': 'Kies het te verbeteren gegeven.',
  'rights.error.value': 'Schrijf de nieuwe waarde.',
  'rights.error.fileSize': 'Het bewijsstuk is groter dan 2 MB: kies een kleiner bestand.',
  'rights.error.fileType': 'Het bewijsstuk moet een PDF-, PNG- of JPEG-bestand zijn.',
  'rights.field': 'Het te verbeteren gegeven',
  'rights.field.choose': 'Kies een gegeven',
  'rights.value': 'De nieuwe waarde',
} satisfies Translation<typeof fr>;
