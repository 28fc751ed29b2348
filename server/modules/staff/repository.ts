/**
 * The SQL of staff accounts (migrations/011_people.sql): the office's staff with their last
 * activity and open sessions, the disabled mark, and each account's hash-chained trail
 * (`staff_events`, linked like a grant's with `grantId` = `staff:<id>`, server/chain.ts).
 */
import type { StaffAccount } from '../../../src/model/rights.js';
import { GENESIS, eventHash, type ChainedEvent } from '../../chain.js';
import { PERSON_COLUMNS, toPersonRow, type PersonRow } from '../../people.js';
import { json } from '../../store/sql.js';
import { inOffice, type Scope } from '../scope.js';

type Raw = Parameters<typeof toPersonRow>[0] & { open_sessions: number | string };

export function toStaffAccount(p: PersonRow, openSessions: number): StaffAccount {
  return {
    id: p.id,
    displayName: p.data.displayName,
    email: p.data.email,
    staffRole: p.data.staffRole ?? 'reviewer',
    ...(p.disabledAt && { disabledAt: p.disabledAt }),
    ...(p.disabledBy && { disabledBy: p.disabledBy }),
    ...(p.lastSeenAt && { lastSeenAt: p.lastSeenAt }),
    openSessions,
  };
}

const STAFF_SELECT = (office: string) => `SELECT ${PERSON_COLUMNS.split(', ')
  .map((c) => `p.${c}`)
  .join(', ')},
  (SELECT count(*) FROM sessions x WHERE x.office = p.office AND x.user_id = p.id AND x.expires_at > $1)::integer AS open_sessions
  FROM people p WHERE p.data->>'role' = 'broker' AND p.erased_at IS NULL AND ${office}`;

/** The office's staff accounts (brokers), by name; `at` decides which sessions are still open. */
export async function staffAccounts(s: Scope, at: Date): Promise<StaffAccount[]> {
  const params: unknown[] = [at];
  const rows = await s.tx.query<Raw>(
    `${STAFF_SELECT(inOffice(s, params, 'p.office'))} ORDER BY p.data->>'displayName', p.id`,
    params,
  );
  return rows.map((r) => toStaffAccount(toPersonRow(r), Number(r.open_sessions)));
}

/** One staff account of the office, its row locked until the transaction ends (disable/enable run one at a time). */
export async function lockStaff(s: Scope, id: string, at: Date): Promise<StaffAccount | null> {
  const params: unknown[] = [at, id];
  const rows = await s.tx.query<Raw>(
    `${STAFF_SELECT(inOffice(s, params, 'p.office'))} AND p.id = $2 FOR UPDATE OF p`,
    params,
  );
  const r = rows[0];
  return r ? toStaffAccount(toPersonRow(r), Number(r.open_sessions)) : null;
}

/** Marks the account disabled (`at`, `by`) or enabled again (both null). */
export async function setDisabled(s: Scope, id: string, at: Date | null, by: string | null): Promise<void> {
  const params: unknown[] = [id, at, by];
  await s.tx.query(
    `UPDATE people SET disabled_at = $2, disabled_by = $3 WHERE id = $1 AND ${inOffice(s, params)}`,
    params,
  );
}

/** Ends every session of the person (a disabled account: their next request answers 401); how many. */
export async function deleteSessionsOf(s: Scope, id: string): Promise<number> {
  const params: unknown[] = [id];
  const rows = await s.tx.query<{ token_hash: string }>(
    `DELETE FROM sessions WHERE user_id = $1 AND ${inOffice(s, params)} RETURNING token_hash`,
    params,
  );
  return rows.length;
}

export type StaffEvent = ChainedEvent & { prevHash: string; hash: string };

interface EventRaw {
  person_id: string;
  seq: number;
  type: string;
  at: Date | string;
  actor: string;
  data: Record<string, unknown> | string | null;
  prev_hash: string;
  hash: string;
}

/** The account's trail, oldest first, as `verifyChain` reads it. */
export async function staffEvents(s: Scope, personId: string): Promise<StaffEvent[]> {
  const params: unknown[] = [personId];
  const rows = await s.tx.query<EventRaw>(
    `SELECT person_id, seq, type, at, actor, data, prev_hash, hash FROM staff_events
      WHERE person_id = $1 AND ${inOffice(s, params)} ORDER BY seq`,
    params,
  );
  return rows.map((r) => ({
    grantId: `staff:${r.person_id}`,
    seq: r.seq,
    type: r.type,
    at: new Date(r.at).toISOString(),
    actor: r.actor,
    data: typeof r.data === 'string' ? (JSON.parse(r.data) as Record<string, unknown>) : r.data,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/** Appends one event to the account's trail (the caller holds the person's row lock: no two appends race). */
export async function appendStaffEvent(
  s: Scope,
  personId: string,
  e: { type: 'disabled' | 'enabled'; at: Date; actor: string; data?: Record<string, unknown> },
): Promise<StaffEvent> {
  const trail = await staffEvents(s, personId);
  const last = trail.at(-1);
  const event: ChainedEvent = {
    grantId: `staff:${personId}`,
    seq: (last?.seq ?? 0) + 1,
    type: e.type,
    at: e.at.toISOString(),
    actor: e.actor,
    data: e.data ?? null,
  };
  const prevHash = last?.hash ?? GENESIS;
  const hash = eventHash(prevHash, event);
  await s.tx.query(
    `INSERT INTO staff_events (office, person_id, seq, type, at, actor, data, prev_hash, hash)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [s.office, personId, event.seq, event.type, e.at, event.actor, json(event.data ?? undefined), prevHash, hash],
  );
  return { ...event, prevHash, hash };
}
