/**
 * The audit export (desk-spec §2, 002): one line per grant event and per consent record of the
 * office between two days, as CSV (RFC 4180, a header row) or JSON lines. Parties are named
 * (the supervisor asks who); no e-mail address, no birth date.
 */
import type { Scope } from '../scope.js';

export const AUDIT_COLUMNS = [
  'line',
  'id',
  'reference',
  'kind',
  'service',
  'client',
  'mandatary',
  'event',
  'at',
  'actor',
  'subject',
  'purposes',
  'hash',
  'prevHash',
] as const;

export type AuditLine = Partial<Record<(typeof AUDIT_COLUMNS)[number], string>>;

interface EventLine {
  grant_id: string;
  kind: string;
  service: string;
  client: string;
  mandatary: string | null;
  type: string;
  at: Date;
  actor: string;
  hash: string;
  prev_hash: string;
}

interface RecordLine {
  record_id: string;
  subject: string | null;
  decisions: { purpose?: string; state?: string }[] | null;
  received_at: Date;
  record_sha256: string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** The office's lines from the first moment of `from` to the end of `to` (UTC days), oldest first. */
export async function auditLines(s: Scope, from: string, to: string): Promise<AuditLine[]> {
  const range = [s.office, `${from}T00:00:00Z`, `${to}T00:00:00Z`];
  const events = await s.tx.query<EventLine>(
    `SELECT e.grant_id::text AS grant_id, g.kind, g.service, g.grantor_display AS client,
       CASE WHEN g.kind = 'mandate' THEN concat_ws(' ', g.mandatary->>'givenName', g.mandatary->>'familyName') END AS mandatary,
       e.type, e.at, e.actor, e.hash, e.prev_hash
     FROM grant_events e JOIN grants g ON g.id = e.grant_id
     WHERE g.office = $1 AND e.at >= $2::timestamptz AND e.at < $3::timestamptz + interval '1 day'
     ORDER BY e.at, e.grant_id, e.seq`,
    range,
  );
  const records = await s.tx.query<RecordLine>(
    `SELECT record_id::text AS record_id, subject, body->'decisions' AS decisions, received_at, record_sha256
     FROM consent_records
     WHERE office = $1 AND received_at >= $2::timestamptz AND received_at < $3::timestamptz + interval '1 day'
     ORDER BY seq`,
    range,
  );
  return [...events.map(eventLine), ...records.map(recordLine)];
}

const eventLine = (e: EventLine): AuditLine => ({
  line: 'grant-event',
  id: e.grant_id,
  reference: e.grant_id.slice(0, 8).toUpperCase(),
  kind: e.kind,
  service: e.service,
  client: e.client,
  ...(e.mandatary && { mandatary: e.mandatary }),
  event: e.type,
  at: iso(e.at),
  actor: e.actor,
  hash: e.hash,
  prevHash: e.prev_hash,
});

const recordLine = (r: RecordLine): AuditLine => ({
  line: 'consent-record',
  id: r.record_id,
  ...(r.subject && { subject: r.subject }),
  purposes: (r.decisions ?? []).map((d) => `${d.purpose ?? '?'}=${d.state ?? '?'}`).join(' '),
  at: iso(r.received_at),
  ...(r.record_sha256 && { hash: r.record_sha256 }),
});

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote or a line break. A cell a spreadsheet
 * would run as a formula (= + - @ first) gets a leading apostrophe (OWASP "CSV injection").
 */
export function csvField(v: string | undefined): string {
  const safe = v !== undefined && /^[=+\-@\t\r]/.test(v) ? `'${v}` : (v ?? '');
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(lines: AuditLine[]): string {
  const rows = [AUDIT_COLUMNS.join(','), ...lines.map((l) => AUDIT_COLUMNS.map((c) => csvField(l[c])).join(','))];
  return rows.map((r) => `${r}\r\n`).join('');
}

export const toJsonLines = (lines: AuditLine[]) => lines.map((l) => `${JSON.stringify(l)}\n`).join('');
