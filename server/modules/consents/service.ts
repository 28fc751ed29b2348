/** The rules of consent: whose consent the caller may record or read, and what a record keeps. */
import { type ConsentRecord } from '../../../src/model/index.js';
import type { Deps } from '../../deps.js';
import { forbidden, invalid } from '../../errors.js';
import { clientTimeIssues, consentReceipt } from '../../proof/receipt.js';
import type { User } from '../../users.js';
import type { NewConsent } from './repository.js';
import { DEFAULT_OFFICE } from '../scope.js';

/**
 * Whose consent the caller may record or read: a client only their own client reference
 * (used when `subject` is absent), the broker anyone's. Others have no subject of their own.
 */
export function subjectFor(user: User, asked: string | undefined): string {
  if (user.role === 'broker') {
    if (!asked)
      throw invalid([
        { path: 'subject', code: 'required', message: 'is required when the broker records or reads consent' },
      ]);
    return asked;
  }
  if (!user.clientRef) throw forbidden('Only a client or the broker records and reads consent.');
  if (asked?.startsWith('prospect:')) throw forbidden('A prospect’s record is read by the broker only.');
  if (asked !== undefined && asked !== user.clientRef)
    throw forbidden('A client records and reads only their own consent.');
  return user.clientRef;
}

/** The server's clock orders and decides; the browser's times are its claim, kept if plausible. */
function checkClientTimes(r: ConsentRecord, receivedAt: Date) {
  const late = clientTimeIssues(
    [
      { path: 'collectedAt', value: r.collectedAt },
      ...r.decisions.map((dec, i) => ({ path: `decisions.${i}.at`, value: dec.at })),
    ],
    receivedAt,
  );
  if (late.length) throw invalid(late);
}

/**
 * A record as it will be kept, its signed receipt and the answer: `user` is who is signed in
 * (undefined for a prospect, whose record is its own reference `prospect:<recordId>`).
 */
export async function prepareConsent(d: Deps, r: ConsentRecord, user: User | undefined) {
  const subject = user ? subjectFor(user, r.subject) : `prospect:${r.recordId}`;
  const receivedAt = d.now();
  checkClientTimes(r, receivedAt);
  const record: ConsentRecord & { subject: string } = { ...r, subject };
  const proof = await consentReceipt(d.proofKey, record, receivedAt);
  const answer = { recordId: record.recordId, receivedAt: receivedAt.toISOString(), receipt: proof.receipt };
  const row: NewConsent = { record, subject, principal: user?.id ?? '', at: receivedAt, proof };
  return { row, answer };
}

/**
 * Whether `subject` is a client of another office than `office`: to this office's staff no
 * subject at all (404, as a grant of another office: server/README.md "Offices").
 */
export function clientOfAnotherOffice(users: Map<string, User>, subject: string, office: string): boolean {
  return [...users.values()].some((u) => u.clientRef === subject && (u.office ?? DEFAULT_OFFICE) !== office);
}
