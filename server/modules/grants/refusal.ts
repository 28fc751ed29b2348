/**
 * A refused grant's refusal (desk-spec §2), read from its `refused` event: `{ code, note?, at }`.
 * Events written before the desk carry `{ reason }`: they read as `{ code: 'other', note: reason }`.
 * One SQL expression for every place a grant is read (getGrant, the list's JSON items, the desk),
 * so that all of them show the same refusal.
 */
import type { Refusal, RefusalCode } from '../../../src/model/index.js';

/** A JSON value (or NULL when the grant was not refused) for the grant whose id is the SQL `idColumn`. */
export function refusalSql(idColumn: string): string {
  return `(SELECT json_strip_nulls(json_build_object(
      'code', coalesce(e.data->>'code', 'other'),
      'note', coalesce(e.data->>'note', e.data->>'reason'),
      'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
    FROM grant_events e WHERE e.grant_id = ${idColumn} AND e.type = 'refused' ORDER BY e.seq DESC LIMIT 1)`;
}

const CODES = new Set<string>(['identity', 'signature', 'same-email', 'incomplete', 'not-client', 'other']);

/** The refusal as the model's `Refusal`, from what `refusalSql` gave (a driver may hand JSON as text). */
export function toRefusal(raw: unknown): Refusal | undefined {
  const v = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  if (v === null || typeof v !== 'object') return undefined;
  const r = v as { code?: unknown; note?: unknown; at?: unknown };
  const code = (typeof r.code === 'string' && CODES.has(r.code) ? r.code : 'other') as RefusalCode;
  return { code, ...(typeof r.note === 'string' && { note: r.note }), at: String(r.at) };
}
