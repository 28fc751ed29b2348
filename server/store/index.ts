/**
 * The reference server's storage: every SQL statement lives here, written once for
 * PGlite and PostgreSQL. Routes never build SQL.
 */
import { openPg, openPglite, type Db, type Sql } from './db.js';
import { migrate } from './migrate.js';
import { canonicalJson, createdData, eventHash, GENESIS, sha256 } from '../chain.js';
import { CHECKPOINT_SCHEMA, CHECKPOINT_TYP, grantCheckpoint, grantScope, type Signer } from '../proof/checkpoints.js';
import { conflict } from '../errors.js';
import type { GrantStatus } from '../../src/model/index.js';
import type { SealedDocument } from '../proof/types.js';
import { insertSealed } from './seals.js';

export type { Db, Sql } from './db.js';

export interface StoreOptions {
  /** PGlite folder, or `memory://`. Ignored when `databaseUrl` is set. */
  dataDir?: string;
  /** A PostgreSQL URL: the same SQL runs through `pg`. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing). */
  schema?: string;
  /**
   * A PostgreSQL URL of the owner role (DATABASE_OWNER_URL): migrations run through it, and the
   * server then works through `databaseUrl`, the app role, which may not alter the tables
   * (scripts/db-roles.sql). Without it, migrations run through `databaseUrl`.
   */
  ownerUrl?: string;
  poolSize?: number;
}

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
}

export interface EventRow {
  grant_id: string;
  seq: number;
  type: string;
  at: Date;
  actor: string;
  data: Record<string, unknown> | null;
  prev_hash: string;
  hash: string;
}

export interface NewMandate {
  /** `access-request`: the requester is grantor and holder at once (mandataryKey = grantorKey). */
  kind?: 'mandate' | 'access-request';
  id: string;
  grantId: string;
  grantorUser: string;
  grantorKey: string;
  grantorDisplay: string;
  mandataryKey: string;
  mandate: { service: string; mandatary: GrantRow['mandatary']; scope: Record<string, unknown>; validUntil?: string };
  body: unknown;
  document: { bytes: Uint8Array; sha256: string; pages: number };
  /** The sealed copy (server/proof/seal.ts), stored in the same transaction. */
  sealed?: SealedDocument;
  /** A broker who submitted for this client (assisted submission): recorded in the trail. */
  indicatedBy?: { id: string; displayName: string };
  at: Date;
}

/** What proves a consent record: the SHA-256 of its canonical JSON and the receipt signed over it. */
export interface ConsentProof {
  sha256: string;
  receipt: string;
}

export type IdempotencyClaim =
  { kind: 'new' } | { kind: 'replay'; status: number; body: string } | { kind: 'busy' } | { kind: 'mismatch' };

/**
 * A claim left unfinished this long may be taken over by a retry. Claims are now committed
 * only with their answer (see once()); an unfinished one is left by an older server, or by
 * claimIdempotency called outside once().
 */
export const STALE_CLAIM_MS = 120_000;

export type OnceResult = { kind: 'done'; status: number; body: string } | Exclude<IdempotencyClaim, { kind: 'new' }>;

class Refused {
  constructor(readonly out: { status: number; body: string }) {}
}

const GRANT_COLUMNS = `seq::integer AS seq, id::text AS id, mandate_id::text AS mandate_id, kind, grantor_user, grantor_key,
  grantor_display, mandatary_key, mandatary, service, scope, requested, status, valid_until::text AS valid_until,
  document_sha256, created_at, activated_at, revoked_at, revoked_by`;

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

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === '23505';
const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export class Store {
  private signer?: Signer;

  constructor(readonly db: Db) {}

  static async open(opts: StoreOptions = {}): Promise<Store> {
    if (opts.databaseUrl && opts.ownerUrl) {
      const owner = await openPg({ connectionString: opts.ownerUrl, schema: opts.schema, max: 1 });
      try {
        await migrate(owner);
      } finally {
        await owner.close();
      }
      return new Store(await openPg({ connectionString: opts.databaseUrl, schema: opts.schema, max: opts.poolSize }));
    }
    const db = opts.databaseUrl
      ? await openPg({ connectionString: opts.databaseUrl, schema: opts.schema, max: opts.poolSize })
      : await openPglite(opts.dataDir ?? '.data/pglite');
    await migrate(db);
    return new Store(db);
  }

  /**
   * Gives the store the proof key's signature (ProofKey.sign): from then on each event appended
   * is followed, in the same transaction, by a signed checkpoint of its grant's head.
   */
  setSigner(signer: Signer) {
    this.signer = signer;
  }

  close() {
    return this.db.close();
  }

  // ---- sessions ----------------------------------------------------------------------------

  async createSession(tokenHash: string, userId: string, at: Date, expires: Date) {
    await this.db.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
      tokenHash,
      userId,
      at,
      expires,
    ]);
  }

  async sessionUser(tokenHash: string, at: Date): Promise<string | null> {
    const rows = await this.db.query<{ user_id: string }>(
      'SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > $2',
      [tokenHash, at],
    );
    return rows[0]?.user_id ?? null;
  }

  async deleteSession(tokenHash: string) {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  // ---- idempotency ---------------------------------------------------------------------------

  async claimIdempotency(
    principal: string,
    route: string,
    key: string,
    fingerprint: string,
    at: Date,
  ): Promise<IdempotencyClaim> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = await this.db.query(
        `INSERT INTO idempotency_keys (principal, route, key, fingerprint, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING 1 AS ok`,
        [principal, route, key, fingerprint, at],
      );
      if (inserted.length) return { kind: 'new' };
      const [row] = await this.db.query<{
        fingerprint: string;
        status: number | null;
        body: string | null;
        created_at: Date;
      }>(
        'SELECT fingerprint, status, body, created_at FROM idempotency_keys WHERE principal = $1 AND route = $2 AND key = $3',
        [principal, route, key],
      );
      if (!row) continue; // released meanwhile: try again
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.status !== null) return { kind: 'replay', status: row.status, body: row.body ?? '' };
      if (at.getTime() - new Date(row.created_at).getTime() < STALE_CLAIM_MS) return { kind: 'busy' };
      const taken = await this.db.query(
        `UPDATE idempotency_keys SET created_at = $4 WHERE principal = $1 AND route = $2 AND key = $3
         AND status IS NULL AND created_at = $5 RETURNING 1 AS ok`,
        [principal, route, key, at, row.created_at],
      );
      if (taken.length) return { kind: 'new' };
    }
    return { kind: 'busy' };
  }

  /**
   * Runs `effect` once per (principal, route, key). The claim, the effect and its answer commit
   * in one transaction: a crash leaves either nothing (the retry runs it again) or all three
   * (the retry gets the answer). A concurrent duplicate waits for that commit, then replays.
   * An answer of 300 or more is not kept, and what its effect wrote is rolled back.
   */
  async once(
    principal: string,
    route: string,
    key: string,
    fingerprint: string,
    at: Date,
    effect: () => Promise<{ status: number; body: string }>,
  ): Promise<OnceResult> {
    try {
      return await this.db.transaction(async (): Promise<OnceResult> => {
        const claim = await this.claimIdempotency(principal, route, key, fingerprint, at);
        if (claim.kind !== 'new') return claim;
        const out = await effect();
        if (out.status >= 300) throw new Refused(out);
        await this.completeIdempotency(principal, route, key, out.status, out.body);
        return { kind: 'done', ...out };
      });
    } catch (err) {
      if (err instanceof Refused) return { kind: 'done', ...err.out };
      throw err;
    }
  }

  async completeIdempotency(principal: string, route: string, key: string, status: number, body: string) {
    await this.db.query(
      'UPDATE idempotency_keys SET status = $4, body = $5 WHERE principal = $1 AND route = $2 AND key = $3',
      [principal, route, key, status, body],
    );
  }

  /** Forgets a claim whose request failed on our side, so that a retry runs again. */
  async releaseIdempotency(principal: string, route: string, key: string) {
    await this.db.query(
      'DELETE FROM idempotency_keys WHERE principal = $1 AND route = $2 AND key = $3 AND status IS NULL',
      [principal, route, key],
    );
  }

  /** Housekeeping: idempotency keys are kept a day (the draft's advice), sessions until they expire. */
  async purge(at: Date, keyLifetimeMs = 24 * 3600_000) {
    await this.db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [new Date(at.getTime() - keyLifetimeMs)]);
    await this.db.query('DELETE FROM sessions WHERE expires_at < $1', [at]);
  }

  // ---- mandates, documents, grants ---------------------------------------------------------------

  async createMandate(m: NewMandate): Promise<void> {
    try {
      await this.db.transaction(async (tx) => {
        await tx.query(
          'INSERT INTO mandates (id, grantor_user, service, body, document_sha256, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [m.id, m.grantorUser, m.mandate.service, json(m.body), m.document.sha256, m.at],
        );
        await tx.query(
          'INSERT INTO documents (mandate_id, sha256, content_type, size, pages, bytes) VALUES ($1, $2, $3, $4, $5, $6)',
          [m.id, m.document.sha256, 'application/pdf', m.document.bytes.byteLength, m.document.pages, m.document.bytes],
        );
        await tx.query(
          `INSERT INTO grants (id, mandate_id, grantor_user, grantor_key, grantor_display, mandatary_key, mandatary, service, scope,
             status, valid_until, document_sha256, created_at, kind)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $11, $12, $13)`,
          [
            m.grantId,
            m.id,
            m.grantorUser,
            m.grantorKey,
            m.grantorDisplay,
            m.mandataryKey,
            json(m.mandate.mandatary),
            m.mandate.service,
            json(m.mandate.scope),
            m.mandate.validUntil ?? null,
            m.document.sha256,
            m.at,
            m.kind ?? 'mandate',
          ],
        );
        if (m.sealed) await insertSealed(tx, m.id, m.document.sha256, m.sealed);
        const kind = m.kind ?? 'mandate';
        const data = createdData({
          kind,
          body: m.body,
          documentSha256: m.document.sha256,
          sealed: m.sealed,
          grantorKey: m.grantorKey,
          grantorDisplay: m.grantorDisplay,
          mandataryKey: m.mandataryKey,
          mandatary: m.mandate.mandatary,
          service: m.mandate.service,
          scope: m.mandate.scope,
          validUntil: m.mandate.validUntil ?? null,
          indicatedBy: m.indicatedBy,
        });
        await this.appendEvent(tx, m.grantId, 'created', 'grantor', data, m.at);
      });
    } catch (err) {
      if (isUniqueViolation(err) && m.kind === 'access-request')
        throw conflict(
          'A pending or active access request already exists for this person and this service: one request per service.',
          [{ pointer: '/service', detail: 'already has a pending or active access request', code: 'duplicate' }],
          'access-request-exists',
        );
      if (isUniqueViolation(err))
        throw conflict(
          'A pending or active mandate already exists for this mandatary and this service: one form per mandatary and per service.',
          [
            {
              pointer: '/mandatary/email',
              detail: 'already holds a pending or active mandate for this service',
              code: 'duplicate',
            },
          ],
          'mandate-exists',
        );
      throw err;
    }
  }

  async getGrant(id: string, tx: Sql = this.db, lock = false): Promise<GrantRow | null> {
    const rows = await tx.query<GrantRow>(
      `SELECT ${GRANT_COLUMNS} FROM grants WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * A page of the grants a person gave or holds (the broker: all), newest first, already as
   * the JSON items of the `Grant` shape: PostgreSQL builds them, so a page of 1,000 costs
   * the server one string instead of 1,000 parsed rows. Two index scans merged rather than
   * one `OR`, so that the first page costs the same with 10 grants or 100,000.
   * Keep in step with toGrant (grant-view.ts); a test compares both.
   */
  async listGrantsJson(q: {
    userId: string;
    mailbox: string;
    all: boolean;
    status?: GrantStatus;
    before?: number;
    limit: number;
    basePath: string;
  }) {
    const params: unknown[] = [q.limit + 1, q.limit, q.userId, q.mailbox, q.basePath];
    const cond: string[] = [];
    if (q.status) cond.push(`status = $${params.push(q.status)}`);
    if (q.before !== undefined) cond.push(`seq < $${params.push(q.before)}`);
    const extra = cond.map((c) => ` AND ${c}`).join('');
    const source = q.all
      ? `SELECT * FROM grants WHERE true${extra} ORDER BY seq DESC LIMIT $1`
      : `SELECT * FROM (
           (SELECT * FROM grants WHERE grantor_user = $3${extra} ORDER BY seq DESC LIMIT $1)
           UNION ALL
           (SELECT * FROM grants WHERE mandatary_key = $4 AND grantor_user <> $3${extra} ORDER BY seq DESC LIMIT $1)
         ) g ORDER BY seq DESC LIMIT $1`;
    const ts = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    const [row] = await this.db.query<{ items: string | null; n: number; last_seq: number | null }>(
      `WITH page AS (SELECT p.*, row_number() OVER (ORDER BY seq DESC) AS rn FROM (${source}) p)
       SELECT string_agg(json_strip_nulls(json_build_object(
           'id', id, 'mandateId', mandate_id, 'kind', kind,
           'direction', CASE WHEN grantor_user = $3 THEN 'given' WHEN mandatary_key = $4 THEN 'held' END,
           'grantor', json_build_object('displayName', grantor_display),
           'mandatary', mandatary, 'relation', mandatary->>'relation',
           'service', service, 'scope', scope, 'requested', requested, 'status', status,
           'createdAt', ${ts('created_at')}, 'activatedAt', ${ts('activated_at')}, 'revokedAt', ${ts('revoked_at')},
           'revokedBy', revoked_by, 'validUntil', valid_until::text,
           'documentUrl', $5 || '/grants/' || id || '/document', 'documentSha256', document_sha256
         ))::text, ',' ORDER BY seq DESC) FILTER (WHERE rn <= $2) AS items,
         count(*)::integer AS n,
         (min(seq) FILTER (WHERE rn <= $2))::integer AS last_seq
       FROM page`,
      params,
    );
    return { json: `[${row?.items ?? ''}]`, more: (row?.n ?? 0) > q.limit, lastSeq: row?.last_seq ?? null };
  }

  async events(grantId: string): Promise<EventRow[]> {
    return this.db.query<EventRow>(
      'SELECT grant_id::text AS grant_id, seq, type, at, actor, data, prev_hash, hash FROM grant_events WHERE grant_id = $1 ORDER BY seq',
      [grantId],
    );
  }

  async document(mandateId: string): Promise<{ bytes: Buffer; sha256: string } | null> {
    const rows = await this.db.query<{ bytes: Uint8Array; sha256: string }>(
      'SELECT bytes, sha256 FROM documents WHERE mandate_id = $1',
      [mandateId],
    );
    const row = rows[0];
    return row
      ? { bytes: Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength), sha256: row.sha256 }
      : null;
  }

  /** Links one event to the last of its grant. The caller holds the grant's row lock. */
  private async appendEvent(
    tx: Sql,
    grantId: string,
    type: string,
    actor: string,
    data: Record<string, unknown> | null,
    at: Date,
  ) {
    const [last] = await tx.query<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM grant_events WHERE grant_id = $1 ORDER BY seq DESC LIMIT 1',
      [grantId],
    );
    const prevHash = last?.hash ?? GENESIS;
    const seq = (last?.seq ?? 0) + 1;
    const atIso = at.toISOString();
    const hash = eventHash(prevHash, { grantId, seq, type, at: atIso, actor, data });
    await tx.query(
      'INSERT INTO grant_events (grant_id, seq, type, at, actor, data, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [grantId, seq, type, atIso, actor, json(data ?? undefined), prevHash, hash],
    );
    if (this.signer)
      await this.insertCheckpoint(
        tx,
        grantScope(grantId),
        seq,
        hash,
        atIso,
        await this.signer(grantCheckpoint(grantId, seq, hash, atIso), CHECKPOINT_TYP),
      );
  }

  private async insertCheckpoint(tx: Sql, scope: string, seq: number, head: string, at: string, jws: string) {
    await tx.query('INSERT INTO checkpoints (scope, seq, head, at, jws) VALUES ($1, $2, $3, $4, $5)', [
      scope,
      seq,
      head,
      at,
      jws,
    ]);
  }

  /** A grant's signed checkpoints, oldest first. */
  async checkpoints(grantId: string): Promise<string[]> {
    const rows = await this.db.query<{ jws: string }>('SELECT jws FROM checkpoints WHERE scope = $1 ORDER BY id', [
      grantScope(grantId),
    ]);
    return rows.map((r) => r.jws);
  }

  /** The signed mandate or access-request body as stored (its canonical JSON's SHA-256 is in the `created` event). */
  async mandateBody(mandateId: string): Promise<unknown | null> {
    const [row] = await this.db.query<{ body: unknown }>('SELECT body FROM mandates WHERE id = $1', [mandateId]);
    return row ? row.body : null;
  }

  /**
   * Signs and stores the global head: every grant's last event (`digest` over [grantId, seq, hash]
   * sorted by grant id), the counts, and the consent records' hashes in receipt order; `head`
   * chains each global checkpoint to the one before. Returns the JWS (null without a signer).
   */
  async globalCheckpoint(at: Date): Promise<string | null> {
    const signer = this.signer;
    if (!signer) return null;
    return this.db.transaction(async (tx) => {
      // One global checkpoint at a time (two servers on one database, or a shutdown during the daily one).
      await tx.query('SELECT pg_advisory_xact_lock(7212)');
      const heads = await tx.query<{ grant_id: string; seq: number; hash: string }>(
        `SELECT DISTINCT ON (grant_id) grant_id::text AS grant_id, seq, hash FROM grant_events ORDER BY grant_id, seq DESC`,
      );
      heads.sort((a, b) => (a.grant_id < b.grant_id ? -1 : a.grant_id > b.grant_id ? 1 : 0));
      const [{ n: events }] = await tx.query<{ n: number }>('SELECT count(*)::integer AS n FROM grant_events');
      const records = await tx.query<{ record_sha256: string | null; body: unknown }>(
        'SELECT record_sha256, body FROM consent_records ORDER BY seq',
      );
      const consentHashes = records.map((r) => r.record_sha256 ?? sha256(canonicalJson(r.body))).join('');
      const [prev] = await tx.query<{ seq: number; head: string }>(
        `SELECT seq, head FROM checkpoints WHERE scope = 'global' ORDER BY id DESC LIMIT 1`,
      );
      const digest = sha256(canonicalJson(heads.map((h) => [h.grant_id, h.seq, h.hash])));
      const consents = { count: records.length, digest: sha256(consentHashes) };
      const seq = (prev?.seq ?? 0) + 1;
      const head = sha256((prev?.head ?? GENESIS) + canonicalJson({ digest, consents, events, grants: heads.length }));
      const atIso = at.toISOString();
      const jws = await signer(
        {
          schema: CHECKPOINT_SCHEMA,
          scope: 'global',
          seq,
          head,
          at: atIso,
          grants: heads.length,
          events,
          digest,
          consents,
        },
        CHECKPOINT_TYP,
      );
      await this.insertCheckpoint(tx, 'global', seq, head, atIso, jws);
      return jws;
    });
  }

  /**
   * Changes one grant under its row lock: `decide` sees the current row and returns the
   * columns to set and the event to append, or throws a problem (409...).
   */
  async transition(
    grantId: string,
    at: Date,
    decide: (g: GrantRow) => {
      set: Record<string, unknown>;
      event: { type: string; actor: string; data?: Record<string, unknown> };
    },
  ): Promise<GrantRow | null> {
    return this.db.transaction(async (tx) => {
      const current = await this.getGrant(grantId, tx, true);
      if (!current) return null;
      const { set, event } = decide(current);
      const cols = Object.keys(set);
      for (const c of cols) if (!UPDATABLE.has(c)) throw new Error(`column ${c} is not updatable`);
      const values = cols.map((c) =>
        set[c] !== null && typeof set[c] === 'object' && !(set[c] instanceof Date) ? json(set[c]) : set[c],
      );
      await tx.query(`UPDATE grants SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [
        grantId,
        ...values,
      ]);
      await this.appendEvent(tx, grantId, event.type, event.actor, event.data ?? null, at);
      return this.getGrant(grantId, tx);
    });
  }

  /**
   * Marks grants whose last valid day has passed as expired, with one `expired` event each.
   * The cheap check first: almost always nothing is due.
   */
  async expireDue(today: string, at: Date): Promise<number> {
    const due = await this.db.query(
      `SELECT 1 AS due FROM grants WHERE status IN ('pending', 'active') AND valid_until < $1 LIMIT 1`,
      [today],
    );
    if (!due.length) return 0;
    return this.db.transaction(async (tx) => {
      // The row locks taken by UPDATE make a concurrent sweep skip these rows: one event each.
      const rows = await tx.query<{ id: string }>(
        `UPDATE grants SET status = 'expired' WHERE status IN ('pending', 'active') AND valid_until < $1 RETURNING id::text AS id`,
        [today],
      );
      for (const r of rows) await this.appendEvent(tx, r.id, 'expired', 'system', null, at);
      return rows.length;
    });
  }

  // ---- consent, opposition, decisions ------------------------------------------------------------

  /** `proof`: the record's SHA-256 and its signed receipt (proof/receipt.ts), kept with it. */
  async insertConsent(
    record: { recordId: string; collectedAt: string },
    subject: string | null,
    principal: string,
    at: Date,
    proof?: ConsentProof,
  ) {
    try {
      await this.db.query(
        'INSERT INTO consent_records (record_id, subject, principal, body, collected_at, received_at, record_sha256, receipt) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          record.recordId,
          subject,
          principal,
          json(record),
          record.collectedAt,
          at,
          proof?.sha256 ?? null,
          proof?.receipt ?? null,
        ],
      );
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('A consent record with this recordId is already stored; records are never overwritten.', [
          { pointer: '/recordId', detail: 'is already used by another record', code: 'duplicate' },
        ]);
      throw err;
    }
  }

  /**
   * The hot path of POST /consents: the record and its completed idempotency key in one
   * statement (one round trip, one commit, and atomic). Returns false when the key exists
   * already; the caller then replays, refuses or waits as the general path does.
   */
  async insertConsentOnce(
    record: { recordId: string; collectedAt: string },
    subject: string | null,
    principal: string,
    at: Date,
    idem: { route: string; key: string; fingerprint: string; status: number; body: string },
    proof?: ConsentProof,
  ): Promise<boolean> {
    try {
      const rows = await this.db.query(
        `WITH claim AS (
           INSERT INTO idempotency_keys (principal, route, key, fingerprint, status, body, created_at)
           VALUES ($3, $7, $8, $9, $10, $11, $6) ON CONFLICT DO NOTHING RETURNING 1
         )
         INSERT INTO consent_records (record_id, subject, principal, body, collected_at, received_at, record_sha256, receipt)
         SELECT $1, $2, $3, $4, $5, $6, $12, $13 FROM claim RETURNING 1 AS ok`,
        [
          record.recordId,
          subject,
          principal,
          json(record),
          record.collectedAt,
          at,
          idem.route,
          idem.key,
          idem.fingerprint,
          idem.status,
          idem.body,
          proof?.sha256 ?? null,
          proof?.receipt ?? null,
        ],
      );
      return rows.length > 0;
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('A consent record with this recordId is already stored; records are never overwritten.', [
          { pointer: '/recordId', detail: 'is already used by another record', code: 'duplicate' },
        ]);
      throw err;
    }
  }

  /** A subject's records in the order the server received them (the order that decides), each with its receipt time. */
  async consents(subject: string): Promise<{ body: unknown; receivedAt: Date }[]> {
    const rows = await this.db.query<{ body: unknown; received_at: Date }>(
      'SELECT body, received_at FROM consent_records WHERE subject = $1 ORDER BY seq',
      [subject],
    );
    return rows.map((r) => ({ body: r.body, receivedAt: new Date(r.received_at) }));
  }

  /** One record's subject and signed receipt (null for a record kept before receipts existed). */
  async consentReceipt(recordId: string): Promise<{ subject: string | null; receipt: string | null } | null> {
    const [row] = await this.db.query<{ subject: string | null; receipt: string | null }>(
      'SELECT subject, receipt FROM consent_records WHERE record_id = $1',
      [recordId],
    );
    return row ?? null;
  }

  async insertOpposition(o: { opposed: boolean; source: string; at: string; locale?: string; site?: string }) {
    await this.db.query('INSERT INTO oppositions (opposed, source, at, locale, site) VALUES ($1, $2, $3, $4, $5)', [
      o.opposed,
      o.source,
      o.at,
      o.locale ?? null,
      o.site ?? null,
    ]);
  }

  async insertDecision(
    id: string,
    d: { treeId: string; treeVersion: string; outcome: string; answers: unknown },
    principal: string | null,
    at: Date,
  ) {
    await this.db.query(
      'INSERT INTO decisions (id, tree_id, tree_version, outcome, answers, principal, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, d.treeId, d.treeVersion, d.outcome, json(d.answers), principal, at],
    );
  }

  // ---- demo ------------------------------------------------------------------------------------------

  /**
   * Demo and benchmark data: `count` grants given by one user, all pointing at one seed mandate
   * and its PDF, each with a valid `created` (and, when active, `activated`) event.
   */
  async seedGrants(s: {
    grantorUser: string;
    grantorKey: string;
    grantorDisplay: string;
    count: number;
    document: { bytes: Uint8Array; sha256: string; pages: number };
    at: Date;
    ids: () => string;
  }): Promise<number> {
    const mandateId = s.ids();
    const at = s.at.toISOString();
    const seedBody = { seeded: true };
    const CHUNK = 2000;
    await this.db.transaction(async (tx) => {
      await tx.query(
        'INSERT INTO mandates (id, grantor_user, service, body, document_sha256, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [mandateId, s.grantorUser, 'Espace client', json(seedBody), s.document.sha256, s.at],
      );
      await tx.query(
        'INSERT INTO documents (mandate_id, sha256, content_type, size, pages, bytes) VALUES ($1, $2, $3, $4, $5, $6)',
        [
          mandateId,
          s.document.sha256,
          'application/pdf',
          s.document.bytes.byteLength,
          s.document.pages,
          s.document.bytes,
        ],
      );
      for (let start = 0; start < s.count; start += CHUNK) {
        const grants: Record<string, unknown>[] = [];
        const events: Record<string, unknown>[] = [];
        const heads: { id: string; seq: number; head: string }[] = [];
        for (let i = start; i < Math.min(s.count, start + CHUNK); i++) {
          const id = s.ids();
          const active = i % 10 !== 0;
          const tag = `${mandateId.slice(0, 8)}-${i + 1}`;
          grants.push({
            id,
            mandate_id: mandateId,
            grantor_user: s.grantorUser,
            grantor_key: s.grantorKey,
            grantor_display: s.grantorDisplay,
            mandatary_key: `mandataire.${tag}@example.com`,
            mandatary: {
              givenName: 'Mandataire',
              familyName: `N° ${i + 1}`,
              email: `mandataire.${tag}@example.com`,
              relation: 'collaborateur',
            },
            service: 'Espace client',
            scope: { contracts: 'all', includeFuture: true },
            status: active ? 'active' : 'pending',
            document_sha256: s.document.sha256,
            created_at: at,
            activated_at: active ? at : null,
          });
          const g = grants[grants.length - 1] as {
            mandatary_key: string;
            mandatary: Record<string, unknown>;
            scope: Record<string, unknown>;
          };
          const created = createdData({
            kind: 'mandate',
            body: seedBody,
            documentSha256: s.document.sha256,
            grantorKey: s.grantorKey,
            grantorDisplay: s.grantorDisplay,
            mandataryKey: g.mandatary_key,
            mandatary: g.mandatary,
            service: 'Espace client',
            scope: g.scope,
            validUntil: null,
          });
          let prev = GENESIS;
          for (const [k, type] of (active ? ['created', 'activated'] : ['created']).entries()) {
            const actor = type === 'created' ? 'grantor' : 'broker';
            const data = type === 'created' ? created : undefined;
            const hash = eventHash(prev, { grantId: id, seq: k + 1, type, at, actor, data });
            events.push({ grant_id: id, seq: k + 1, type, at, actor, data: data ?? null, prev_hash: prev, hash });
            prev = hash;
          }
          heads.push({ id, seq: active ? 2 : 1, head: prev });
        }
        await tx.query(
          `INSERT INTO grants (id, mandate_id, grantor_user, grantor_key, grantor_display, mandatary_key, mandatary, service, scope,
             status, document_sha256, created_at, activated_at)
           SELECT id, mandate_id, grantor_user, grantor_key, grantor_display, mandatary_key, mandatary, service, scope,
             status, document_sha256, created_at, activated_at
           FROM json_to_recordset($1::json) AS x(id uuid, mandate_id uuid, grantor_user text, grantor_key text, grantor_display text,
             mandatary_key text, mandatary jsonb, service text, scope jsonb, status text, document_sha256 text,
             created_at timestamptz, activated_at timestamptz)`,
          [JSON.stringify(grants)],
        );
        await tx.query(
          `INSERT INTO grant_events (grant_id, seq, type, at, actor, data, prev_hash, hash)
           SELECT grant_id, seq, type, at, actor, data, prev_hash, hash
           FROM json_to_recordset($1::json) AS x(grant_id uuid, seq integer, type text, at timestamptz, actor text, data jsonb, prev_hash text, hash text)`,
          [JSON.stringify(events)],
        );
        // Each seeded grant gets its signed head, as one made through the routes does.
        const signer = this.signer;
        if (signer) {
          const checkpoints = await Promise.all(
            heads.map(async (h) => ({
              scope: grantScope(h.id),
              seq: h.seq,
              head: h.head,
              at,
              jws: await signer(grantCheckpoint(h.id, h.seq, h.head, at), CHECKPOINT_TYP),
            })),
          );
          await tx.query(
            `INSERT INTO checkpoints (scope, seq, head, at, jws)
             SELECT scope, seq, head, at, jws FROM json_to_recordset($1::json) AS x(scope text, seq integer, head text, at timestamptz, jws text)`,
            [JSON.stringify(checkpoints)],
          );
        }
      }
    });
    // Fresh statistics, or the planner keeps guessing an empty table and scans instead of walking the index.
    await this.db.query('ANALYZE grants');
    await this.db.query('ANALYZE grant_events');
    return s.count;
  }

  /**
   * Demo only: empties the demo's data (sessions stay, so the switcher keeps its user).
   * TRUNCATE is the one way the event trail is ever emptied, and only this demo route runs it.
   */
  async resetDemo() {
    await this.db.query(
      'TRUNCATE grant_events, checkpoints, grant_receipts, grants, sealed_documents, documents, mandates, consent_records, oppositions, decisions, idempotency_keys',
    );
  }
}
