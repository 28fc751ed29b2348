/**
 * The server's English titles and details per problem code. English has no `sentences` or `fields`:
 * an English answer keeps the specific sentence the route wrote (it names the exact cause).
 */
import type fr from './fr.js';
import type { CodeTranslation, Translation } from './types.js';

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
  /** Mail (server/modules/mail/templates.ts): whole sentences, as in every language. */
  mail: {
    greeting: 'Hello,',
    closing: 'This message is sent automatically by your broker; please do not reply to it.',
    activatedGrantorSubject: 'Access activated: {service}',
    activatedGrantorBody: 'The access you gave {mandatary} to “{service}” is now active (reference {reference}).',
    activatedGrantorUsername:
      'Their user name is: {username}. Pass it on yourself: for their security, the link to choose a password is sent to them separately, without this name.',
    invitationSubject: 'Invitation: access to “{service}”',
    invitationBody: '{grantor} has given you access to “{service}” (reference {reference}).',
    invitationLink: 'Choose your password with this link, usable once until {expires}: {link}',
    invitationUsername: 'Your user name is given to you by {grantor}, apart from this message.',
    accessActivatedSubject: 'Your access is active: {service}',
    accessActivatedBody:
      'Your request for access to “{service}” is accepted: the access is active (reference {reference}).',
    refusedSubject: 'Request refused: {service}',
    refusedBody: 'Your request for “{service}” (reference {reference}) was refused.',
    refusedNote: 'The broker’s note: {note}',
    refusedNext: 'You may correct the request and send it again.',
    'refusal-identity': 'Reason: a person’s identity could not be checked.',
    'refusal-signature': 'Reason: a signature is missing or not valid.',
    'refusal-same-email':
      'Reason: the grantor and the mandatary have the same e-mail address; each must have their own.',
    'refusal-incomplete': 'Reason: the request is incomplete.',
    'refusal-not-client': 'Reason: the grantor is not a client of our office.',
    'refusal-other': 'Reason: another reason, explained in the broker’s note.',
    revokedSubject: 'Access revoked: {service}',
    revokedGrantorBody: 'The access of {mandatary} to “{service}” (reference {reference}) is revoked since {date}.',
    revokedMandataryBody:
      'Your access to “{service}” on behalf of {grantor} (reference {reference}) is revoked since {date}.',
  },
} satisfies CodeTranslation<typeof fr> & Translation<Pick<typeof fr, 'mail'>>;
