/**
 * The server's English titles and details per problem code. English has no `sentences` or `fields`:
 * an English answer keeps the specific sentence the route wrote (it names the exact cause).
 */
import type fr from './fr.js';
import type { CodeTranslation } from './types.js';

export default {
  titles: {
    validation: 'Invalid data',
    'bad-request': 'Bad request',
    'media-type': 'Unsupported media type',
    'too-large': 'Content too large',
    unauthorized: 'Not signed in',
    forbidden: 'Forbidden',
    'not-you': 'Not in your name',
    origin: 'Origin not allowed',
    'not-found': 'Not found',
    conflict: 'Conflict',
    'in-progress': 'Request in progress',
    'idempotency-mismatch': 'Idempotency key reused',
    state: 'Not possible now',
    'rate-limited': 'Too many requests',
    internal: 'Internal error',
    unavailable: 'Unavailable',
    'seal-unavailable': 'Seal unavailable',
  },
  details: {
    validation: 'Some fields are not valid; see errors.',
    'bad-request': 'The request cannot be read.',
    'media-type': 'The body is not sent in a type this route accepts.',
    'too-large': 'The request is larger than this server accepts.',
    unauthorized: 'Sign in first: a session cookie or a bearer token is needed.',
    forbidden: 'You may not do this.',
    'not-you': 'The form names someone other than the signed-in person.',
    origin: 'This origin may not act with the session cookie.',
    'not-found': 'No such resource, or it is not yours to see.',
    conflict: 'This exists already.',
    'in-progress': 'A request with this Idempotency-Key is still being handled; retry shortly.',
    'idempotency-mismatch':
      'This Idempotency-Key was already used with a different body; use a new key for a new request.',
    state: 'This is not possible in the current state.',
    'rate-limited': 'Too many requests; wait a moment and retry.',
    internal: 'The server failed to handle this request; nothing was changed.',
    unavailable: 'The service is unavailable for a moment; retry later.',
    'seal-unavailable':
      'The document could not be sealed now (no timestamp authority answered); nothing was stored. Send it again later.',
  },
} satisfies CodeTranslation<typeof fr>;
