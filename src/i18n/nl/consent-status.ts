import type fr from '../fr/consent-status.js';
import type { Translation } from '../../core/localize.js';

export default {
  'consent.saved': 'Uw keuzes zijn opgeslagen. Dank u.',
  'consent.nothingChanged': 'U hebt niets gewijzigd: er is niets op te slaan.',
  'consent.loadFailed':
    'Uw huidige keuzes konden niet worden geladen. Alleen de vakjes die u wijzigt, worden opgeslagen.',
  'consent.state.given': 'Toestemming gegeven op {date}.',
  'consent.state.refused': 'Geweigerd op {date}.',
  'consent.state.withdrawn': 'Toestemming ingetrokken op {date}.',
  'consent.state.objected': 'Bezwaar geregistreerd op {date}.',
  'consent.state.notObjected': 'Geen bezwaar sinds {date}.',
  'consent.loading': 'Uw huidige keuzes worden geladen…',
  'consent.badIndicatedBy':
    'Het attribuut indicated-by moet subject, mandatary of staff zijn, eventueel gevolgd door “:” en een referentie.',
} satisfies Translation<typeof fr>;
