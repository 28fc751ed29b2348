import type fr from '../fr/consent-status.js';
import type { Translation } from '../../core/localize.js';

export default {
  'consent.saved': 'Your choices are saved. Thank you.',
  'consent.nothingChanged': 'You have not changed anything: there is nothing to save.',
  'consent.loadFailed': 'Your current choices could not be loaded. Only the boxes you change will be saved.',
  'consent.state.given': 'Consent given on {date}.',
  'consent.state.refused': 'Refused on {date}.',
  'consent.state.withdrawn': 'Consent withdrawn on {date}.',
  'consent.state.objected': 'Objection recorded on {date}.',
  'consent.state.notObjected': 'No objection since {date}.',
  'consent.loading': 'Loading your current choices…',
  'consent.badIndicatedBy':
    'The indicated-by attribute must be subject, mandatary or staff, optionally followed by “:” and a reference.',
} satisfies Translation<typeof fr>;
