/**
 * Who a signed form may name (issue 13, "Identity"): the grantor of a mandate and the requester
 * of an access request are the signed-in client themself, as the directory knows them. A broker
 * may submit for a client of the directory (an assisted submission, recorded as such).
 */
import type { Mandate } from '../src/model/index.js';
import { forbidden, Problem } from './errors.js';
import { mailboxKey, type User } from './users.js';
import { DEFAULT_OFFICE } from './modules/scope.js';

type Party = Mandate['grantor'];

const same = (a: string | undefined, b: string | undefined) =>
  !!a &&
  !!b &&
  a.normalize('NFC').trim().toLocaleLowerCase('und') === b.normalize('NFC').trim().toLocaleLowerCase('und');
const digits = (n: string | undefined) => (n ?? '').replace(/\D/g, '');

/** Whether the form's party is this person of the directory: same mailbox, and same names (or enterprise number). */
export function names(user: User, p: Party): boolean {
  if (user.role !== 'client' || mailboxKey(p.email) !== mailboxKey(user.email)) return false;
  if ((user.kind ?? 'natural') !== p.kind) return false;
  if (p.kind === 'legal')
    return digits(user.enterpriseNumber).length > 0 && digits(user.enterpriseNumber) === digits(p.enterpriseNumber);
  return same(user.givenName, p.givenName) && same(user.familyName, p.familyName);
}

export interface Submitter {
  /** The client the grant belongs to (grantor_user): they see and revoke it. */
  owner: User;
  /** The broker who submitted for them, when it was not the client themself. */
  indicatedBy?: { id: string; displayName: string };
}

/**
 * The owner of a submission naming `party` at `pointer` (`/grantor`, `/requester`): the client
 * themself, or for a broker the client of the directory the form names. Anyone else: 403.
 */
export function submitterFor(user: User, party: Party, pointer: string, users: Map<string, User>): Submitter {
  if (user.role === 'client') {
    if (names(user, party)) return { owner: user };
    throw notYou(
      pointer,
      `The ${pointer.slice(1)} named in the form is not the signed-in client: a client submits in their own name only.`,
    );
  }
  if (user.role === 'broker') {
    // A client of the broker's own office only (a client of another office is no client of theirs).
    const sameOffice = (u: User) => (u.office ?? DEFAULT_OFFICE) === (user.office ?? DEFAULT_OFFICE);
    const client = [...users.values()].find((u) => sameOffice(u) && names(u, party));
    if (client) return { owner: client, indicatedBy: { id: user.id, displayName: user.displayName } };
    throw notYou(
      pointer,
      `The ${pointer.slice(1)} named in the form is no client of the directory (same e-mail address and names, or enterprise number).`,
    );
  }
  throw forbidden('Only a client, or the broker for a client, submits this form.', 'client-only');
}

const notYou = (pointer: string, detail: string) =>
  new Problem('not-you', detail, [{ pointer, detail: 'is not the signed-in person', code: 'notYou' }]);
