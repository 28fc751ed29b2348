/**
 * A page of the grants a person gave or holds (the broker: all), newest first, already as
 * the JSON items of the `Grant` shape: PostgreSQL builds them, so a page of 1,000 costs
 * the server one string instead of 1,000 parsed rows. Two index scans merged rather than
 * one `OR`, so that the first page costs the same with 10 grants or 100,000.
 * Only the columns the items are made of are read. Keep in step with toGrant (grant-view.ts);
 * a test compares both.
 *
 * A page's ETag (`listEtag`) costs one or two index lookups, not the page: the highest `version`
 * among the grants the person sees (migrations/006: every insert and update of a grant takes the
 * next version, in commit order), hashed with who asks and what they asked.
 */
import { createHash } from 'node:crypto';
import type { GrantStatus } from '../../../src/model/index.js';
import { inOffice, type Scope } from '../scope.js';
import { refusalSql } from './refusal.js';

export interface ListQuery {
  userId: string;
  mailbox: string;
  all: boolean;
  status?: GrantStatus;
  before?: number;
  limit: number;
  basePath: string;
}

const ts = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const ITEM = `json_strip_nulls(json_build_object(
    'id', id, 'mandateId', mandate_id, 'kind', kind,
    'direction', CASE WHEN grantor_user = $3 THEN 'given' WHEN mandatary_key = $4 THEN 'held' END,
    'grantor', json_build_object('displayName', grantor_display),
    'mandatary', mandatary, 'relation', mandatary->>'relation',
    'service', service, 'scope', scope, 'requested', requested, 'status', status,
    'createdAt', ${ts('created_at')}, 'activatedAt', ${ts('activated_at')}, 'revokedAt', ${ts('revoked_at')},
    'revokedBy', revoked_by, 'validUntil', valid_until::text,
    'documentUrl', $5 || '/grants/' || id || '/document', 'documentSha256', document_sha256,
    'refusal', CASE WHEN status = 'refused' THEN ${refusalSql('page.id')} END
  ))::text`;

const COLUMNS = `seq, id, mandate_id, kind, grantor_user, grantor_display, mandatary_key, mandatary, service, scope,
  requested, status, created_at, activated_at, revoked_at, revoked_by, valid_until, document_sha256`;

/** The rows the page is cut from ($1 the limit plus one, $3 the user, $4 the mailbox). */
function sourceOf(s: Scope, q: ListQuery, params: unknown[]): string {
  const cond: string[] = [inOffice(s, params)];
  if (q.status) cond.push(`status = $${params.push(q.status)}`);
  if (q.before !== undefined) cond.push(`seq < $${params.push(q.before)}`);
  const extra = cond.map((c) => ` AND ${c}`).join('');
  return q.all
    ? `SELECT ${COLUMNS} FROM grants WHERE true${extra} ORDER BY seq DESC LIMIT $1`
    : `SELECT * FROM (
         (SELECT ${COLUMNS} FROM grants WHERE grantor_user = $3${extra} ORDER BY seq DESC LIMIT $1)
         UNION ALL
         (SELECT ${COLUMNS} FROM grants WHERE mandatary_key = $4 AND grantor_user <> $3${extra} ORDER BY seq DESC LIMIT $1)
       ) g ORDER BY seq DESC LIMIT $1`;
}

/**
 * The highest version among the grants `q` sees (all of them, whatever the filter and the page);
 * given `today`, in the same round trip, whether a grant of the office is past its last valid day
 * (the expiry sweep's cheap check, service.ts `sweep`).
 */
async function listVersion(s: Scope, q: ListQuery, today?: string): Promise<{ v: string; due: boolean }> {
  const params: unknown[] = q.all ? [] : [q.userId, q.mailbox];
  const office = inOffice(s, params);
  const version = q.all
    ? `(SELECT max(version) FROM grants WHERE ${office})`
    : `greatest((SELECT max(version) FROM grants WHERE ${office} AND grantor_user = $1),
                (SELECT max(version) FROM grants WHERE ${office} AND mandatary_key = $2))`;
  const due =
    today === undefined
      ? 'false'
      : `coalesce((SELECT min(valid_until) FROM grants WHERE status IN ('pending', 'active') AND ${office}) < $${params.push(today)}, false)`;
  const [row] = await s.tx.query<{ v: string | null; due: boolean }>(
    `SELECT ${version}::text AS v, ${due} AS due`,
    params,
  );
  return { v: row?.v ?? '0', due: row?.due === true };
}

/**
 * The page's strong ETag: the same rows seen by the same person with the same query give the same bytes.
 * With `today`, also whether a grant of the office is due to expire (then sweep, and ask again).
 */
export async function listEtag(s: Scope, q: ListQuery, today?: string): Promise<{ etag: string; due: boolean }> {
  const { v, due } = await listVersion(s, q, today);
  const what = [v, s.office, q.userId, q.mailbox, q.all, q.status ?? null, q.before ?? null, q.limit, q.basePath];
  return { etag: `"g${createHash('sha256').update(JSON.stringify(what)).digest('base64url').slice(0, 27)}"`, due };
}

/**
 * The page and its ETag read in one snapshot (REPEATABLE READ), so that the tag names exactly
 * these bytes even while a grant changes meanwhile.
 */
export async function listPage(
  store: { transaction: <T>(fn: (s: Scope) => Promise<T>, office?: string) => Promise<T> },
  q: ListQuery,
  office: string,
) {
  return store.transaction(async (s) => {
    await s.tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const { etag } = await listEtag(s, q);
    return { etag, ...(await listGrantsJson(s, q)) };
  }, office);
}

export async function listGrantsJson(s: Scope, q: ListQuery) {
  const params: unknown[] = [q.limit + 1, q.limit, q.userId, q.mailbox, q.basePath];
  const source = sourceOf(s, q, params);
  const [row] = await s.tx.query<{ items: string | null; n: number; last_seq: number | null }>(
    `WITH page AS (SELECT p.*, row_number() OVER (ORDER BY seq DESC) AS rn FROM (${source}) p)
     SELECT string_agg(${ITEM}, ',' ORDER BY seq DESC) FILTER (WHERE rn <= $2) AS items,
       count(*)::integer AS n,
       (min(seq) FILTER (WHERE rn <= $2))::integer AS last_seq
     FROM page`,
    params,
  );
  return { json: `[${row?.items ?? ''}]`, more: (row?.n ?? 0) > q.limit, lastSeq: row?.last_seq ?? null };
}
