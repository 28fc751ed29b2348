/** The SQL of consent records: written once, never overwritten, read in the order received. */
import { DomainError } from '../domain-error.js';
import { inOffice, type Scope } from '../scope.js';
import { json, uniqueOr } from '../../store/sql.js';

/** What proves a consent record: the SHA-256 of its canonical JSON and the receipt signed over it. */
export interface ConsentProof {
  sha256: string;
  receipt: string;
}

/** One record as received: the body, whose it is, who sent it, when, and its proof. */
export interface NewConsent {
  record: { recordId: string; collectedAt: string };
  subject: string | null;
  principal: string;
  at: Date;
  proof?: ConsentProof;
}

/** The completed idempotency key stored with the record on the hot path. */
export interface KeptAnswer {
  route: string;
  key: string;
  fingerprint: string;
  status: number;
  body: string;
}

const duplicate = () => new DomainError('record-exists', '/recordId');

const columns = (c: NewConsent) => [
  c.record.recordId,
  c.subject,
  c.principal,
  json(c.record),
  c.record.collectedAt,
  c.at,
  c.proof?.sha256 ?? null,
  c.proof?.receipt ?? null,
];

export async function insertConsent(s: Scope, c: NewConsent) {
  await uniqueOr(
    () =>
      s.tx.query(
        'INSERT INTO consent_records (record_id, subject, principal, body, collected_at, received_at, record_sha256, receipt, office) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [...columns(c), s.office],
      ),
    duplicate,
  );
}

/**
 * The hot path of POST /consents: the record and its completed idempotency key in one
 * statement (one round trip, one commit, and atomic). Returns false when the key exists
 * already; the caller then replays, refuses or waits as the general path does.
 */
export async function insertConsentOnce(s: Scope, c: NewConsent, idem: KeptAnswer): Promise<boolean> {
  const rows = await uniqueOr(
    () =>
      s.tx.query(
        `WITH claim AS (
           INSERT INTO idempotency_keys (principal, route, key, fingerprint, status, body, created_at, office)
           VALUES ($3, $9, $10, $11, $12, $13, $6, $14) ON CONFLICT DO NOTHING RETURNING 1
         )
         INSERT INTO consent_records (record_id, subject, principal, body, collected_at, received_at, record_sha256, receipt, office)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $14 FROM claim RETURNING 1 AS ok`,
        [...columns(c), idem.route, idem.key, idem.fingerprint, idem.status, idem.body, s.office],
      ),
    duplicate,
  );
  return rows.length > 0;
}

/**
 * Several records of POST /consents in one statement (batch.ts): each claims its idempotency key
 * and is stored only if the claim took; they get their `seq` in the order given. Returns, for
 * each, whether it was stored (false: its key existed). Keys must be distinct within one call.
 * Any unique violation fails the whole statement (the caller then stores them one by one).
 */
export async function insertConsents(s: Scope, rows: { row: NewConsent; idem: KeptAnswer }[]): Promise<boolean[]> {
  const cols: unknown[][] = Array.from({ length: 13 }, () => []);
  for (const { row, idem } of rows) {
    const values = [...columns(row), idem.route, idem.key, idem.fingerprint, idem.status, idem.body];
    values.forEach((v, i) => cols[i]?.push(v instanceof Date ? v.toISOString() : v));
  }
  const stored = await s.tx.query<{ record_id: string }>(
    `WITH input AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[], $6::timestamptz[],
         $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::integer[], $13::text[])
         WITH ORDINALITY AS t(record_id, subject, principal, body, collected_at, received_at, record_sha256, receipt,
           route, key, fingerprint, status, answer, ord)
     ),
     claim AS (
       INSERT INTO idempotency_keys (principal, route, key, fingerprint, status, body, created_at, office)
       SELECT principal, route, key, fingerprint, status, answer, received_at, $14 FROM input ORDER BY ord
       ON CONFLICT DO NOTHING RETURNING principal, route, key
     )
     INSERT INTO consent_records (record_id, subject, principal, body, collected_at, received_at, record_sha256, receipt, office)
     SELECT record_id, subject, principal, body, collected_at, received_at, record_sha256, receipt, $14
     FROM input JOIN claim USING (principal, route, key) ORDER BY ord
     RETURNING record_id::text AS record_id`,
    [...cols, s.office],
  );
  const ids = new Set(stored.map((r) => r.record_id));
  return rows.map(({ row }) => ids.has(row.record.recordId));
}

/** A subject's records in the order the server received them (the order that decides), each with its receipt time. */
export async function consents(s: Scope, subject: string): Promise<{ body: unknown; receivedAt: Date }[]> {
  const params: unknown[] = [subject];
  const rows = await s.tx.query<{ body: unknown; received_at: Date }>(
    `SELECT body, received_at FROM consent_records WHERE ${inOffice(s, params)} AND subject = $1 ORDER BY seq`,
    params,
  );
  return rows.map((r) => ({ body: r.body, receivedAt: new Date(r.received_at) }));
}

/** One record's subject and signed receipt (null for a record kept before receipts existed). */
export async function consentReceipt(
  s: Scope,
  recordId: string,
): Promise<{ subject: string | null; receipt: string | null } | null> {
  const params: unknown[] = [recordId];
  const [row] = await s.tx.query<{ subject: string | null; receipt: string | null }>(
    `SELECT subject, receipt FROM consent_records WHERE record_id = $1 AND ${inOffice(s, params)}`,
    params,
  );
  return row ?? null;
}
