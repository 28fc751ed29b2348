/**
 * The SQL of mail: the outbox (migrations/008) and the invitations' one-time tokens.
 *
 * `enqueueMail` is called inside the transaction that changes a grant (notify.ts): the mail
 * commits with the change or not at all. The sender (sender.ts) then works in three steps that
 * are safe with any number of processes on one database (engineer D's two-process test and
 * retention reuse them):
 * 1. `claimDue(s, at, n)`: one short transaction takes up to `n` due rows with
 *    `FOR UPDATE SKIP LOCKED`, counts the attempt and pushes `next_attempt_at` past a lease
 *    (`CLAIM_LEASE_MS`): another process skips them while locked, and finds them not due after.
 * 2. the message goes out (outside any transaction: an SMTP exchange never holds a row lock);
 * 3. `markSent(s, id, at)` or `markFailed(s, row, at, error)` (backoff: 1 min × 2^attempts,
 *    `failed` after `MAX_ATTEMPTS`). A process that dies between 1 and 3 leaves the row to be
 *    claimed again when the lease ends: at-least-once only across a crash, exactly once otherwise.
 */
import { json } from '../../store/sql.js';
import { inOffice, type Scope } from '../scope.js';
import type { Lang } from '../../i18n.js';
import type { MailTemplate } from './templates.js';

export interface NewMail {
  to: string;
  lang: Lang;
  template: MailTemplate;
  params: Record<string, string>;
}

export interface MailRow {
  id: string;
  office: string;
  to_address: string;
  lang: Lang;
  template: MailTemplate;
  params: Record<string, string>;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  created_at: Date;
  sent_at: Date | null;
}

/** Tries before a message is given up (`failed`): the last retry comes ~4 hours after the first try. */
export const MAX_ATTEMPTS = 8;
/** How long a claimed row stays with its claimer before another process may take it again. */
export const CLAIM_LEASE_MS = 5 * 60_000;
/** The wait before the next try after `attempts` tries: 1 min × 2^attempts. */
export const backoffMs = (attempts: number) => 60_000 * 2 ** attempts;

const COLUMNS = `id::text AS id, office, to_address, lang, template, params, status, attempts::integer AS attempts,
  created_at, sent_at`;

/** Queues one message in the scope's office, due at once. Call inside the transaction of the change it tells. */
export async function enqueueMail(s: Scope, m: NewMail, id: string, at: Date): Promise<void> {
  await s.tx.query(
    `INSERT INTO mail_outbox (id, office, to_address, lang, template, params, status, attempts, next_attempt_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'queued', 0, $7, $7)`,
    [id, s.office, m.to, m.lang, m.template, json(m.params), at],
  );
}

/**
 * Claims up to `limit` due messages of the scope (the sender uses `store.systemScope()`: every
 * office) for one sending round; see the file's comment. Runs its own transaction on `s.tx`'s pool.
 */
export async function claimDue(s: Scope, at: Date, limit: number): Promise<MailRow[]> {
  const params: unknown[] = [at, limit, new Date(at.getTime() + CLAIM_LEASE_MS)];
  return s.tx.query<MailRow>(
    `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $3
     WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= $1 AND ${inOffice(s, params)}
                  ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING ${COLUMNS}`,
    params,
  );
}

/**
 * The message went out. `forget` names params dropped once sent (the invitation's link: its
 * token then lives nowhere in clear); the demo mailbox keeps them to show the message whole.
 */
export async function markSent(s: Scope, id: string, at: Date, forget: string[] = []): Promise<void> {
  await s.tx.query(
    `UPDATE mail_outbox SET status = 'sent', sent_at = $2, last_error = NULL, params = params - $3::text[]
     WHERE id = $1 AND status = 'queued'`,
    [id, at, forget],
  );
}

/** The try failed: due again after the backoff, or `failed` for good after MAX_ATTEMPTS. `error` names no person. */
export async function markFailed(s: Scope, row: MailRow, at: Date, error: string): Promise<'queued' | 'failed'> {
  const status = row.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued';
  await s.tx.query(
    `UPDATE mail_outbox SET status = $2, next_attempt_at = $3, last_error = $4 WHERE id = $1 AND status = 'queued'`,
    [row.id, status, new Date(at.getTime() + backoffMs(row.attempts)), error.slice(0, 200)],
  );
  return status;
}

/** The office's sent messages, newest first (the demo mailbox). */
export async function sentMail(s: Scope, limit = 200): Promise<MailRow[]> {
  const params: unknown[] = [limit];
  return s.tx.query<MailRow>(
    `SELECT ${COLUMNS} FROM mail_outbox WHERE status = 'sent' AND ${inOffice(s, params)}
     ORDER BY sent_at DESC, created_at DESC LIMIT $1`,
    params,
  );
}

export interface NewInvitation {
  tokenSha256: string;
  grantId: string;
  mailboxKey: string;
  expiresAt: Date;
}

/** Records an invitation's token (its SHA-256 only), in the transaction that activates the grant. */
export async function insertInvitation(s: Scope, i: NewInvitation): Promise<void> {
  await s.tx.query(
    'INSERT INTO invitations (token_sha256, office, grant_id, mailbox_key, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [i.tokenSha256, s.office, i.grantId, i.mailboxKey, i.expiresAt],
  );
}

/** Uses the invitation once: its grant id, or null when unknown, used, expired or of another office. */
export async function useInvitation(s: Scope, tokenSha256: string, at: Date): Promise<string | null> {
  const params: unknown[] = [tokenSha256, at];
  const rows = await s.tx.query<{ grant_id: string }>(
    `UPDATE invitations SET used_at = $2
     WHERE token_sha256 = $1 AND used_at IS NULL AND expires_at > $2 AND ${inOffice(s, params)}
     RETURNING grant_id::text AS grant_id`,
    params,
  );
  return rows[0]?.grant_id ?? null;
}

/** A revoked grant's unused invitations end with it. */
export async function endInvitations(s: Scope, grantId: string, at: Date): Promise<void> {
  const params: unknown[] = [grantId, at];
  await s.tx.query(
    `UPDATE invitations SET expires_at = $2 WHERE grant_id = $1 AND used_at IS NULL AND expires_at > $2 AND ${inOffice(s, params)}`,
    params,
  );
}
