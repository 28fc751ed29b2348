/** The SQL of grants: reading them, one page as JSON, a change under the row lock, the expiry sweep. */
import type { GrantStatus } from '../../../src/model/index.js';
import { json } from '../../store/sql.js';
import { inOffice, type Scope } from '../scope.js';
import { appendEvent, type NewEvent } from './trail.js';
import { refusalSql } from './refusal.js';

export interface GrantRow {
  seq: number;
  id: string;
  mandate_id: string;
  kind: 'mandate' | 'access-request';
  grantor_user: string;
  grantor_key: string;
  grantor_display: string;
  mandatary_key: string;
  mandatary: { givenName: string; familyName: string; email: string; relation?: string };
  service: string;
  scope: Record<string, unknown>;
  requested: Record<string, unknown> | null;
  status: GrantStatus;
  valid_until: string | null;
  document_sha256: string;
  created_at: Date;
  activated_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  /** The broker office the grant belongs to. */
  office: string;
  /** The refused event's `{ code, note?, at }` (refusal.ts), on a refused grant. */
  refusal?: unknown;
}

/** A change of one grant: the columns to set and the event that records it. */
export interface Change {
  set: Record<string, unknown>;
  event: NewEvent;
}

const GRANT_COLUMNS = `seq::integer AS seq, id::text AS id, mandate_id::text AS mandate_id, kind, grantor_user, grantor_key,
  grantor_display, mandatary_key, mandatary, service, scope, requested, status, valid_until::text AS valid_until,
  document_sha256, created_at, activated_at, revoked_at, revoked_by, office, ${refusalSql('grants.id')} AS refusal`;

const UPDATABLE = new Set([
  'status',
  'activated_at',
  'revoked_at',
  'revoked_by',
  'scope',
  'service',
  'valid_until',
  'requested',
]);

/**
 * The lock the grants' version trigger takes (migrations/006), taken before any grant row lock
 * so that two writers always lock in the same order.
 */
async function lockVersions(s: Scope): Promise<void> {
  await s.tx.query('SELECT pg_advisory_xact_lock(7213)');
}

export async function getGrant(s: Scope, id: string, lock = false): Promise<GrantRow | null> {
  const params: unknown[] = [id];
  const rows = await s.tx.query<GrantRow>(
    `SELECT ${GRANT_COLUMNS} FROM grants WHERE id = $1 AND ${inOffice(s, params)}${lock ? ' FOR UPDATE' : ''}`,
    params,
  );
  return rows[0] ?? null;
}

/**
 * Changes one grant under its row lock: `decide` sees the current row and returns the
 * columns to set and the event to append, or throws (a DomainError `state`...).
 */
export async function transition(
  s: Scope,
  grantId: string,
  at: Date,
  decide: (g: GrantRow) => Change,
): Promise<GrantRow | null> {
  await lockVersions(s);
  const current = await getGrant(s, grantId, true);
  if (!current) return null;
  const { set, event } = decide(current);
  const cols = Object.keys(set);
  for (const c of cols) if (!UPDATABLE.has(c)) throw new Error(`column ${c} is not updatable`);
  const values = cols.map((c) =>
    set[c] !== null && typeof set[c] === 'object' && !(set[c] instanceof Date) ? json(set[c]) : set[c],
  );
  const params: unknown[] = [grantId, ...values];
  const where = `id = $1 AND ${inOffice(s, params)}`;
  await s.tx.query(`UPDATE grants SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE ${where}`, params);
  await appendEvent(s, grantId, event, at);
  return getGrant(s, grantId);
}

/**
 * Whether any grant's last valid day has passed: the cheap check before the sweep. The earliest
 * last day of the live grants (the first entry of the partial index grants_due, migrations/015),
 * compared with `today` outside the scan: so that a plan made once for any `today` (a prepared
 * statement's generic plan) still reads one index entry, where `valid_until < $1` made it read
 * every live grant (5 ms of the database's time per request with 10,000 grants).
 */
export async function anyDue(s: Scope, today: string): Promise<boolean> {
  const params: unknown[] = [today];
  const [row] = await s.tx.query<{ due: boolean | null }>(
    `SELECT (SELECT min(valid_until) FROM grants WHERE status IN ('pending', 'active') AND ${inOffice(s, params)}) < $1 AS due`,
    params,
  );
  return row?.due === true;
}

/** Marks the grants past their last valid day as expired, one `expired` event each. Call inside a transaction. */
export async function expireDue(s: Scope, today: string, at: Date): Promise<number> {
  // The row locks taken by UPDATE make a concurrent sweep skip these rows: one event each.
  await lockVersions(s);
  const params: unknown[] = [today];
  const rows = await s.tx.query<{ id: string }>(
    `UPDATE grants SET status = 'expired' WHERE status IN ('pending', 'active') AND valid_until < $1 AND ${inOffice(s, params)}
     RETURNING id::text AS id`,
    params,
  );
  for (const r of rows) await appendEvent(s, r.id, { type: 'expired', actor: 'system' }, at);
  return rows.length;
}
