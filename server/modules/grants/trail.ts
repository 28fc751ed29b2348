/**
 * The SQL of the event trail and its signed checkpoints (README "Evidence"): append-only
 * `grant_events`, each event followed by its grant's signed head in `checkpoints`.
 */
import { randomBytes } from 'node:crypto';
import { canonicalJson, dataDigest, eventHash, GENESIS, sha256 } from '../../chain.js';
import {
  CHECKPOINT_SCHEMA,
  CHECKPOINT_TYP,
  grantCheckpoint,
  grantScope,
  type Signer,
} from '../../proof/checkpoints.js';
import { json } from '../../store/sql.js';
import type { Sql } from '../../store/db.js';
import { inOffice, SYSTEM_OFFICE, type Scope } from '../scope.js';

export interface EventRow {
  grant_id: string;
  seq: number;
  type: string;
  at: Date;
  actor: string;
  data: Record<string, unknown> | null;
  prev_hash: string;
  hash: string;
  /** The salt its link covers the data with (migrations/013); null when chained before salts, or erased. */
  salt: string | null;
}

export interface NewEvent {
  type: string;
  actor: string;
  data?: Record<string, unknown> | null;
}

export async function events(s: Scope, grantId: string): Promise<EventRow[]> {
  const params: unknown[] = [grantId];
  return s.tx.query<EventRow>(
    `SELECT grant_id::text AS grant_id, seq, type, at, actor, data, prev_hash, hash, salt FROM grant_events
     WHERE grant_id = $1 AND ${inOffice(s, params)} ORDER BY seq`,
    params,
  );
}

interface CheckpointRow {
  /** The grant's office; `*` for the global checkpoint. */
  office: string;
  scope: string;
  seq: number;
  head: string;
  at: string;
  jws: string;
}

async function insertCheckpoint(tx: Sql, c: CheckpointRow) {
  await tx.query('INSERT INTO checkpoints (scope, seq, head, at, jws, office) VALUES ($1, $2, $3, $4, $5, $6)', [
    c.scope,
    c.seq,
    c.head,
    c.at,
    c.jws,
    c.office,
  ]);
}

/** Links one event to the last of its grant, then signs the new head. The caller holds the grant's row lock. */
export async function appendEvent(s: Scope, grantId: string, e: NewEvent, at: Date) {
  const params: unknown[] = [grantId];
  const [last] = await s.tx.query<{ seq: number; hash: string }>(
    `SELECT seq, hash FROM grant_events WHERE grant_id = $1 AND ${inOffice(s, params)} ORDER BY seq DESC LIMIT 1`,
    params,
  );
  const prevHash = last?.hash ?? GENESIS;
  const seq = (last?.seq ?? 0) + 1;
  const atIso = at.toISOString();
  const data = e.data ?? null;
  // The link covers a salted digest of the data, so that an erasure can remove the data later (chain.ts).
  const salt = randomBytes(16).toString('hex');
  const hash = eventHash(prevHash, { grantId, seq, type: e.type, at: atIso, actor: e.actor, data, salt });
  // The event, and its checkpoint, carry the grant's office (the system scope's sweep writes in every office).
  const [row] = await s.tx.query<{ office: string }>(
    `INSERT INTO grant_events (grant_id, seq, type, at, actor, data, prev_hash, hash, office, salt, data_sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, (SELECT office FROM grants WHERE id = $1), $9, $10) RETURNING office`,
    [grantId, seq, e.type, atIso, e.actor, json(data ?? undefined), prevHash, hash, salt, dataDigest(salt, data)],
  );
  if (!s.signer) return;
  const jws = await s.signer(grantCheckpoint(grantId, seq, hash, atIso), CHECKPOINT_TYP);
  const office = row?.office ?? s.office;
  await insertCheckpoint(s.tx, { office, scope: grantScope(grantId), seq, head: hash, at: atIso, jws });
}

/** Many grants' heads signed and stored in one statement (demo seeding). */
export async function insertGrantCheckpoints(s: Scope, heads: { id: string; seq: number; head: string }[], at: string) {
  const signer = s.signer;
  if (!signer) return;
  const checkpoints = await Promise.all(
    heads.map(async (h) => ({
      scope: grantScope(h.id),
      seq: h.seq,
      head: h.head,
      at,
      jws: await signer(grantCheckpoint(h.id, h.seq, h.head, at), CHECKPOINT_TYP),
    })),
  );
  await s.tx.query(
    `INSERT INTO checkpoints (scope, seq, head, at, jws, office)
     SELECT scope, seq, head, at, jws, $2 FROM json_to_recordset($1::json) AS x(scope text, seq integer, head text, at timestamptz, jws text)`,
    [JSON.stringify(checkpoints), s.office],
  );
}

/** A grant's signed checkpoints, oldest first. */
export async function checkpoints(s: Scope, grantId: string): Promise<string[]> {
  const params: unknown[] = [grantScope(grantId)];
  const rows = await s.tx.query<{ jws: string }>(
    `SELECT jws FROM checkpoints WHERE scope = $1 AND ${inOffice(s, params)} ORDER BY id`,
    params,
  );
  return rows.map((r) => r.jws);
}

/** What the global checkpoint covers: every grant's head, the number of events, the consent records' hashes. */
async function globalState(tx: Sql) {
  const heads = await tx.query<{ grant_id: string; seq: number; hash: string }>(
    `SELECT DISTINCT ON (grant_id) grant_id::text AS grant_id, seq, hash FROM grant_events ORDER BY grant_id, seq DESC`,
  );
  heads.sort((a, b) => (a.grant_id < b.grant_id ? -1 : a.grant_id > b.grant_id ? 1 : 0));
  const [count] = await tx.query<{ n: number }>('SELECT count(*)::integer AS n FROM grant_events');
  const records = await tx.query<{ record_sha256: string | null; body: unknown }>(
    'SELECT record_sha256, body FROM consent_records ORDER BY seq',
  );
  const consentHashes = records.map((r) => r.record_sha256 ?? sha256(canonicalJson(r.body))).join('');
  return {
    grants: heads.length,
    events: count?.n ?? 0,
    digest: sha256(canonicalJson(heads.map((h) => [h.grant_id, h.seq, h.hash]))),
    consents: { count: records.length, digest: sha256(consentHashes) },
  };
}

/**
 * Signs and stores the global head: every grant's last event (`digest` over [grantId, seq, hash]
 * sorted by grant id), the counts, and the consent records' hashes in receipt order; `head`
 * chains each global checkpoint to the one before. Returns the JWS.
 */
export async function globalCheckpoint(tx: Sql, signer: Signer, at: Date): Promise<string> {
  // One global checkpoint at a time (two servers on one database, or a shutdown during the daily one).
  await tx.query('SELECT pg_advisory_xact_lock(7212)');
  const { grants, events: n, digest, consents } = await globalState(tx);
  const [prev] = await tx.query<{ seq: number; head: string }>(
    `SELECT seq, head FROM checkpoints WHERE scope = 'global' ORDER BY id DESC LIMIT 1`,
  );
  const seq = (prev?.seq ?? 0) + 1;
  const head = sha256((prev?.head ?? GENESIS) + canonicalJson({ digest, consents, events: n, grants }));
  const atIso = at.toISOString();
  const payload = {
    schema: CHECKPOINT_SCHEMA,
    scope: 'global',
    seq,
    head,
    at: atIso,
    grants,
    events: n,
    digest,
    consents,
  };
  const jws = await signer(payload, CHECKPOINT_TYP);
  await insertCheckpoint(tx, { office: SYSTEM_OFFICE, scope: 'global', seq, head, at: atIso, jws });
  return jws;
}
