import type fr from '../fr/core.js';
import type { Translation } from '../../core/localize.js';

export default {
  'core.renderError':
    'Door een probleem kan dit onderdeel niet worden getoond. Laad de pagina opnieuw; blijft het probleem, verwittig dan de site die het aanbiedt.',
  'core.localOnly': 'Er is geen server ingesteld: er wordt niets verzonden.',
  'core.draftsOff':
    'Concepten zijn uitgeschakeld in deze browser: wat u invult, gaat verloren als u de pagina verlaat.',
  'core.draftRestored': 'We hebben het concept hernomen dat u op {date} begon.',
  'core.draftStale': 'De vragenlijst is gewijzigd sinds uw vorige bezoek: we beginnen opnieuw.',
  'core.sending': 'Bezig met verzenden…',
  'core.sent': 'Verzonden.',
  'core.queued':
    'De server is momenteel onbereikbaar. Uw verzending blijft in deze browser bewaard en vertrekt zodra de verbinding terug is.',
  'core.failed': 'Het verzenden is mislukt. {message}',
  'core.required': 'Dit veld is verplicht.',
  'core.invalid': 'Deze waarde is niet geldig.',
  'core.cancelled': 'De pagina heeft het verzenden geannuleerd.',
  'core.receipt.download': 'Mijn bewijs downloaden',
  'core.receipt.hint':
    'Een bestand dat de server heeft ondertekend: bewaar het. Het bewijst wat er ontvangen is, en wanneer, zonder dat u de site hoeft te vertrouwen.',
} satisfies Translation<typeof fr>;
