import type fr from '../fr/access-grants-states.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-access-grants> in the states a first screen seldom shows, English. */
export default {
  'grants.none': 'No server is configured: the list of access cannot be loaded.',
  'grants.empty': 'Nobody has access to your space, and you have access to nobody’s space.',
  'grants.emptyNext': 'To give someone access, fill in a mandate request.',
  'grants.requestLink': 'Request access',
  'grants.error': 'The list of access could not be loaded. {reason}',
  'grants.offline':
    'You are offline. This is the last known list, from {date}; it may be out of date. Revoking will be possible when the connection is back.',
  'grants.offlineEmpty': 'You are offline, and no list of access was kept in this browser.',
  'grants.refusal.identity':
    'Your broker refused this request: the identity of one of the people could not be checked.',
  'grants.refusal.signature': 'Your broker refused this request: a signature is missing or not valid.',
  'grants.refusal.same-email':
    'Your broker refused this request: both people gave the same e-mail address, and each needs one of their own.',
  'grants.refusal.incomplete': 'Your broker refused this request: the form is incomplete.',
  'grants.refusal.not-client':
    'Your broker refused this request: the person giving the access is not a client of this office.',
  'grants.refusal.other': 'Your broker refused this request.',
  'grants.refusal.noteLabel': 'Your broker’s note:',
  'grants.exceeds': 'The access in force goes beyond what you signed: {list}.',
  'grants.differs': 'The access in force differs from what you signed: {list}.',
  'grants.diff.service': 'the service “{granted}” instead of “{requested}”',
  'grants.diff.contracts': '{granted} instead of: {requested}',
  'grants.diff.until': '{granted} instead of: {requested}',
  'grants.diff.past': 'the access is still open after the signed end date, {date}',
  'grants.attention': 'Warning',
  'grants.reason.signIn': 'Sign in to see your access.',
} satisfies Translation<typeof fr>;
