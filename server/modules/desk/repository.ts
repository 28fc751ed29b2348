/**
 * The SQL of the broker's desk (desk-spec §2): the inbox page and its counts, one request with
 * its mandate, a subject's consent records with their receipts, and the audit's rows. Every
 * query names the office (`s.office`); on PostgreSQL row-level security filters again.
 */
import type { DeskCounts, GrantStatus } from '../../../src/model/index.js';
import { refusalSql } from '../grants/refusal.js';
import type { Scope } from '../scope.js';

export interface DeskFilter {
  status?: GrantStatus;
  kind?: 'mandate' | 'access-request';
  /** Already folded (foldText): lower case, no accents. */
  q?: string;
}

export interface DeskRow {
  seq: number;
  id: string;
  mandate_id: string;
  kind: 'mandate' | 'access-request';
  status: GrantStatus;
  service: string;
  scope: Record<string, unknown>;
  valid_until: string | null;
  grantor_display: string;
  client_ref: string | null;
  mandatary: { givenName: string; familyName: string; email: string };
  created_at: Date;
  activated_at: Date | null;
  refusal: unknown;
}

const ACCENTED = 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ';
const PLAIN = 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOoooooUUUUuuuuYyy';
if (ACCENTED.length !== PLAIN.length) throw new Error('desk: the accent table is uneven');

/** What `q` is matched against, folded in SQL as foldText folds the query. */
const HAYSTACK = `lower(translate(concat_ws(' ', g.grantor_display, m.body->'grantor'->>'clientRef',
  g.mandatary->>'givenName', g.mandatary->>'familyName', g.mandatary->>'email', g.service,
  upper(left(g.id::text, 8))), '${ACCENTED}', '${PLAIN}'))`;

/** Lower case without accents, as HAYSTACK is. */
export const foldText = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const COLUMNS = `g.seq::integer AS seq, g.id::text AS id, g.mandate_id::text AS mandate_id, g.kind, g.status, g.service,
  g.scope, g.valid_until::text AS valid_until, g.grantor_display, m.body->'grantor'->>'clientRef' AS client_ref,
  g.mandatary, g.created_at, g.activated_at,
  CASE WHEN g.status = 'refused' THEN ${refusalSql('g.id')} END AS refusal`;

/** The WHERE of a filter ($1 is the office); `withStatus` false for the counts, which ignore it. */
function where(f: DeskFilter, params: unknown[], withStatus: boolean): string {
  const cond = ['g.office = $1'];
  if (withStatus && f.status) cond.push(`g.status = $${params.push(f.status)}`);
  if (f.kind) cond.push(`g.kind = $${params.push(f.kind)}`);
  if (f.q) cond.push(`${HAYSTACK} LIKE $${params.push(`%${f.q.replace(/[!%_]/g, '!$&')}%`)} ESCAPE '!'`);
  return cond.join(' AND ');
}

/** One page, newest first, after `before` (a seq); `limit + 1` rows are read to know whether more follow. */
export async function deskPage(s: Scope, f: DeskFilter, before: number | undefined, limit: number) {
  const params: unknown[] = [s.office];
  let cond = where(f, params, true);
  if (before !== undefined) cond += ` AND g.seq < $${params.push(before)}`;
  const rows = await s.tx.query<DeskRow>(
    `SELECT ${COLUMNS} FROM grants g JOIN mandates m ON m.id = g.mandate_id
     WHERE ${cond} ORDER BY g.seq DESC LIMIT $${params.push(limit + 1)}`,
    params,
  );
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

export async function deskCounts(s: Scope, f: DeskFilter): Promise<DeskCounts> {
  const params: unknown[] = [s.office];
  const rows = await s.tx.query<{ status: GrantStatus; n: number }>(
    `SELECT g.status, count(*)::integer AS n FROM grants g JOIN mandates m ON m.id = g.mandate_id
     WHERE ${where(f, params, false)} GROUP BY g.status`,
    params,
  );
  const counts: DeskCounts = { pending: 0, active: 0, refused: 0, revoked: 0, expired: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/**
 * A search's page and counts from one scan: the folded text is computed once per grant of the
 * office (not once for the page and again for the counts), then the page is read by `seq`.
 */
export async function deskSearch(s: Scope, f: DeskFilter, before: number | undefined, limit: number) {
  const params: unknown[] = [s.office];
  const hits = where(f, params, false);
  const pick = [
    f.status && `status = $${params.push(f.status)}`,
    before !== undefined && `seq < $${params.push(before)}`,
  ]
    .filter(Boolean)
    .join(' AND ');
  const rows = await s.tx.query<DeskRow & { counts: Record<string, number> | null }>(
    `WITH hits AS MATERIALIZED (
       SELECT g.seq, g.status FROM grants g JOIN mandates m ON m.id = g.mandate_id WHERE ${hits}),
     counted AS (SELECT json_object_agg(status, n) AS counts
       FROM (SELECT status, count(*)::integer AS n FROM hits GROUP BY status) c),
     picked AS (SELECT seq FROM hits${pick ? ` WHERE ${pick}` : ''} ORDER BY seq DESC LIMIT $${params.push(limit + 1)})
     SELECT counted.counts, p.* FROM counted LEFT JOIN LATERAL (
       SELECT ${COLUMNS} FROM grants g JOIN mandates m ON m.id = g.mandate_id
       WHERE g.office = $1 AND g.seq IN (SELECT seq FROM picked)) p ON true
     ORDER BY p.seq DESC`,
    params,
  );
  const counts: DeskCounts = { pending: 0, active: 0, refused: 0, revoked: 0, expired: 0 };
  const found = rows[0]?.counts ?? {};
  for (const k of Object.keys(counts) as (keyof DeskCounts)[]) counts[k] = found[k] ?? 0;
  const page = rows.filter((r) => r.id !== null);
  return { rows: page.slice(0, limit), more: page.length > limit, counts };
}

/** One request of the office with the mandate as submitted, or null (another office's is null too). */
export async function deskRequestRow(s: Scope, id: string): Promise<(DeskRow & { body: unknown }) | null> {
  const [row] = await s.tx.query<DeskRow & { body: unknown }>(
    `SELECT ${COLUMNS}, m.body FROM grants g JOIN mandates m ON m.id = g.mandate_id WHERE g.office = $1 AND g.id = $2`,
    [s.office, id],
  );
  return row ?? null;
}

export interface ConsentRow {
  record_id: string;
  body: Record<string, unknown>;
  received_at: Date;
  record_sha256: string | null;
  receipt: string | null;
}

/** A subject's consent records in the order received, each with its hash and signed receipt. */
export async function subjectRecords(s: Scope, subject: string): Promise<ConsentRow[]> {
  return s.tx.query<ConsentRow>(
    `SELECT record_id::text AS record_id, body, received_at, record_sha256, receipt FROM consent_records
     WHERE office = $1 AND subject = $2 ORDER BY seq`,
    [s.office, subject],
  );
}
