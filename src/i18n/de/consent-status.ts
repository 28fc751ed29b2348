import type fr from '../fr/consent-status.js';
import type { Translation } from '../../core/localize.js';

export default {
  'consent.saved': 'Ihre Wahl ist gespeichert. Vielen Dank.',
  'consent.nothingChanged': 'Sie haben nichts geändert: Es gibt nichts zu speichern.',
  'consent.loadFailed':
    'Ihre aktuelle Wahl konnte nicht geladen werden. Nur die Kästchen, die Sie ändern, werden gespeichert.',
  'consent.state.given': 'Einwilligung gegeben am {date}.',
  'consent.state.refused': 'Abgelehnt am {date}.',
  'consent.state.withdrawn': 'Einwilligung widerrufen am {date}.',
  'consent.state.objected': 'Widerspruch gespeichert am {date}.',
  'consent.state.notObjected': 'Kein Widerspruch seit dem {date}.',
  'consent.loading': 'Ihre aktuelle Wahl wird geladen…',
  'consent.badIndicatedBy':
    'Das Attribut indicated-by muss subject, mandatary oder staff sein, wahlweise gefolgt von „:“ und einer Referenz.',
} satisfies Translation<typeof fr>;
