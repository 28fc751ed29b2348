import type fr from '../fr/my-data-controller.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-my-data>'s part on the controller and the person's rights, German. */
export default {
  'mydata.controller': 'Wer Ihre Daten verarbeitet, und Ihre Rechte',
  'mydata.controller.name': 'Verantwortlicher',
  'mydata.controller.address': 'Anschrift',
  'mydata.controller.contact': 'Kontakt',
  'mydata.controller.dpo': 'Datenschutzbeauftragter',
  'mydata.controller.policy': 'Die Datenschutzerklärung lesen',
  'mydata.rights.default':
    'Sie können eine Kopie Ihrer Daten verlangen, ihre Berichtigung, ihre Löschung, die Einschränkung ihrer Nutzung, oder einer Verarbeitung widersprechen. Ihr Makler antwortet innerhalb eines Monats, bei einem komplexen Antrag um zwei Monate verlängerbar; Sie erfahren dann, warum.',
} satisfies Translation<typeof fr>;
