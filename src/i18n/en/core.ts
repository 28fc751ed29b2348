import type fr from '../fr/core.js';
import type { Translation } from '../../core/localize.js';

export default {
  'core.renderError':
    'A problem prevents this element from showing. Reload the page; if the problem persists, tell the site that offers it.',
  'core.localOnly': 'No server is configured: nothing will be sent.',
  'core.draftsOff': 'Drafts are turned off in this browser: what you type will be lost if you leave the page.',
  'core.draftRestored': 'We restored the draft you started on {date}.',
  'core.draftStale': 'The questionnaire has changed since your last visit: we are starting over.',
  'core.sending': 'Sending…',
  'core.sent': 'Sent.',
  'core.queued':
    'The server cannot be reached right now. Your submission is kept in this browser and will be sent as soon as the connection is back.',
  'core.failed': 'Sending failed. {message}',
  'core.required': 'This field is required.',
  'core.invalid': 'This value is not valid.',
  'core.cancelled': 'The page cancelled the submission.',
  'core.receipt.download': 'Download my proof',
  'core.receipt.hint':
    'A file signed by the server: keep it. It proves what was received, and when, without having to trust the site.',
} satisfies Translation<typeof fr>;
