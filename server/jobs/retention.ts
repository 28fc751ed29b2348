/**
 * The retention purge (002, 001): what the server keeps, and how long, for the rules that are its
 * own to apply. Each rule is configurable (`retention` of startServer, or the environment, see
 * `retentionFromEnv`) and `false` turns it off. One run deletes what is past its time in every
 * office (the system scope) and logs counts only.
 *
 * - Prospect consent records: a subject's records go 3 years after the last one received (002:
 *   "3 ans à compter de leur collecte ou du dernier contact émanant du prospect"), unless the
 *   subject is a client: a client reference of the directory, or named as grantor by a grant
 *   pending or active, or by one that ended (revoked, past its validity) within those 3 years
 *   (client data "3 ans à compter de la fin de la relation commerciale"). An opposition recorded
 *   as a refused purpose is thus kept at least 3 years after it was expressed (002, opposition lists).
 * - Cookie oppositions (`oppositions`, audience measurement, no identifier): 13 months (002, CNIL).
 * - Sessions: once expired. Idempotency keys: after 24 hours.
 * - Mail (the outbox, when it exists): sent after 90 days, failed after 30.
 * - Rate-limit buckets (PostgreSQL) idle for a day: they would be full again anyway.
 */
import type { Scope } from '../modules/scope.js';
import type { Job } from './scheduler.js';

export interface Retention {
  /** Years after a prospect's last consent record (3). */
  prospectConsentYears: number | false;
  /** Months a cookie opposition is kept (13). */
  oppositionMonths: number | false;
  /** Days an expired session is kept (0: purged once expired). */
  expiredSessionDays: number | false;
  /** Hours an idempotency key is kept (24). */
  idempotencyHours: number | false;
  /** Days a sent mail is kept (90). */
  sentMailDays: number | false;
  /** Days a mail that could not be sent is kept (30). */
  failedMailDays: number | false;
  /** How often the purge runs, in hours (24). */
  everyHours: number;
}

export const DEFAULT_RETENTION: Retention = {
  prospectConsentYears: 3,
  oppositionMonths: 13,
  expiredSessionDays: 0,
  idempotencyHours: 24,
  sentMailDays: 90,
  failedMailDays: 30,
  everyHours: 24,
};

const ENV: Record<keyof Retention, string> = {
  prospectConsentYears: 'RETENTION_PROSPECT_YEARS',
  oppositionMonths: 'RETENTION_OPPOSITION_MONTHS',
  expiredSessionDays: 'RETENTION_SESSION_DAYS',
  idempotencyHours: 'RETENTION_IDEMPOTENCY_HOURS',
  sentMailDays: 'RETENTION_SENT_MAIL_DAYS',
  failedMailDays: 'RETENTION_FAILED_MAIL_DAYS',
  everyHours: 'RETENTION_EVERY_HOURS',
};

/** `RETENTION_*` (server/README.md "Retention"): a number, or `off` for a rule not applied. */
export function retentionFromEnv(env: Record<string, string | undefined>): Partial<Retention> {
  const out: Partial<Record<keyof Retention, number | false>> = {};
  for (const [k, name] of Object.entries(ENV) as [keyof Retention, string][]) {
    const v = env[name]?.trim();
    if (!v) continue;
    if (v === 'off' && k !== 'everyHours') out[k] = false;
    else if (/^\d+(\.\d+)?$/.test(v) && (k !== 'everyHours' || Number(v) > 0)) out[k] = Number(v);
    else throw new Error(`${name} is a number${k === 'everyHours' ? ' above 0' : ' or off'} (got "${v}").`);
  }
  return out as Partial<Retention>;
}

const DAY = 24 * 3600_000;

const before = (at: Date, ms: number) => new Date(at.getTime() - ms);
const monthsBefore = (at: Date, months: number) => {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

/**
 * Rows deleted by one statement; `$1` is the office (`*`: all), `$2` the cut-off. In a savepoint:
 * a rule the database role may not apply (the app role may not delete consent records, the
 * evidence: scripts/db-roles.sql) answers `denied` and the other rules still run.
 */
async function deleted(s: Scope, sql: string, cutoff: Date, more: unknown[] = []): Promise<number | 'denied'> {
  await s.tx.query('SAVEPOINT retention_rule');
  try {
    const rows = await s.tx.query(`WITH gone AS (${sql} RETURNING 1) SELECT count(*)::integer AS n FROM gone`, [
      s.office,
      cutoff,
      ...more,
    ]);
    await s.tx.query('RELEASE SAVEPOINT retention_rule');
    return Number((rows[0] as { n?: number } | undefined)?.n ?? 0);
  } catch (err) {
    await s.tx.query('ROLLBACK TO SAVEPOINT retention_rule');
    if ((err as { code?: string }).code === '42501') return 'denied';
    throw err;
  }
}

const IN_OFFICE = `(office = $1 OR $1 = '*')`;

/** Subjects past their time, neither a client of the directory ($3) nor a grantor of a recent or live grant. */
const PROSPECTS = `DELETE FROM consent_records c WHERE ${IN_OFFICE} AND NOT (COALESCE(c.subject, '') = ANY($3::text[]))
  AND NOT EXISTS (SELECT 1 FROM consent_records l
    WHERE l.office = c.office AND l.subject IS NOT DISTINCT FROM c.subject AND l.received_at >= $2)
  AND NOT EXISTS (SELECT 1 FROM grants g JOIN mandates m ON m.id = g.mandate_id
    WHERE g.office = c.office AND m.body->'grantor'->>'clientRef' = c.subject
      AND (g.status IN ('pending', 'active') OR COALESCE(g.revoked_at, g.valid_until::timestamptz, g.created_at) >= $2))`;

async function tableExists(s: Scope, name: string): Promise<boolean> {
  const rows = await s.tx.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [name]);
  return Boolean(rows[0]?.t);
}

/** Mail rows past their time (the outbox of server/modules/mail, when it exists). */
async function mail(s: Scope, r: Retention, at: Date) {
  if (!(await tableExists(s, 'mail_outbox'))) return { sentMail: 0, failedMail: 0 };
  const sql = (status: string, column: string) =>
    `DELETE FROM mail_outbox WHERE ${IN_OFFICE} AND status = '${status}' AND ${column} < $2`;
  return {
    sentMail: r.sentMailDays === false ? 0 : await deleted(s, sql('sent', 'sent_at'), before(at, r.sentMailDays * DAY)),
    failedMail:
      r.failedMailDays === false
        ? 0
        : await deleted(s, sql('failed', 'created_at'), before(at, r.failedMailDays * DAY)),
  };
}

/** One run of every rule; counts per rule. */
export async function applyRetention(s: Scope, r: Retention, at: Date, clients: readonly string[] = []) {
  const off = (v: number | false, run: (v: number) => Promise<number | 'denied'>) => (v === false ? 0 : run(v));
  return {
    prospectConsents: await off(r.prospectConsentYears, (y) =>
      deleted(s, PROSPECTS, monthsBefore(at, y * 12), [[...clients]]),
    ),
    oppositions: await off(r.oppositionMonths, (m) =>
      deleted(s, `DELETE FROM oppositions WHERE ${IN_OFFICE} AND at < $2`, monthsBefore(at, m)),
    ),
    sessions: await off(r.expiredSessionDays, (d) =>
      deleted(s, `DELETE FROM sessions WHERE ${IN_OFFICE} AND expires_at < $2`, before(at, d * DAY)),
    ),
    idempotencyKeys: await off(r.idempotencyHours, (h) =>
      deleted(s, `DELETE FROM idempotency_keys WHERE ${IN_OFFICE} AND created_at < $2`, before(at, h * 3600_000)),
    ),
    ...(await mail(s, r, at)),
    rateBuckets: await deleted(s, `DELETE FROM rate_buckets WHERE ${IN_OFFICE} AND at < $2`, before(at, DAY)),
  };
}

/** The scheduled job; `clients` lists the directory's client references (kept as clients). */
export function retentionJob(opts: Partial<Retention> = {}, clients: () => readonly string[] = () => []): Job {
  const r = { ...DEFAULT_RETENTION, ...opts };
  return {
    name: 'retention',
    everyMs: r.everyHours * 3600_000,
    run: (s, at) => applyRetention(s, r, at, clients()),
  };
}
