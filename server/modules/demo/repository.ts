/** The SQL of demo data: bulk seeding (the 10,000-grant tests and benchmarks) and the reset. */
import { randomBytes } from 'node:crypto';
import { createdData, dataDigest, eventHash, GENESIS } from '../../chain.js';
import { insertGrantCheckpoints } from '../grants/trail.js';
import { insertMandateAndDocument, type StoredDocument } from '../mandates/repository.js';
import { DEFAULT_OFFICE, type Scope } from '../scope.js';
import { json } from '../../store/sql.js';
import type { User } from '../../users.js';

export interface Seed {
  grantorUser: string;
  grantorKey: string;
  grantorDisplay: string;
  count: number;
  document: StoredDocument;
  at: Date;
  ids: () => string;
}

const SERVICE = 'Espace client';
const SEED_BODY = { seeded: true };
const CHUNK = 2000;

type Row = Record<string, unknown>;
interface Batch {
  grants: Row[];
  events: Row[];
  heads: { id: string; seq: number; head: string }[];
}

/** Seeded grant number `i` (every tenth pending, the others active) as a grants row. */
function grantRow(s: Seed, mandateId: string, i: number, id: string): Row {
  const active = i % 10 !== 0;
  const tag = `${mandateId.slice(0, 8)}-${i + 1}`;
  const at = s.at.toISOString();
  return {
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
    service: SERVICE,
    scope: { contracts: 'all', includeFuture: true },
    status: active ? 'active' : 'pending',
    document_sha256: s.document.sha256,
    created_at: at,
    activated_at: active ? at : null,
  };
}

/** The grant's `created` (and, when active, `activated`) events, linked from the genesis hash. */
function eventsOf(s: Seed, g: Row, b: Batch) {
  const id = g.id as string;
  const at = s.at.toISOString();
  const created = createdData({
    kind: 'mandate',
    body: SEED_BODY,
    documentSha256: s.document.sha256,
    grantorKey: s.grantorKey,
    grantorDisplay: s.grantorDisplay,
    mandataryKey: g.mandatary_key as string,
    mandatary: g.mandatary as Record<string, unknown>,
    service: SERVICE,
    scope: g.scope as Record<string, unknown>,
    validUntil: null,
  });
  let prev = GENESIS;
  const types = g.status === 'active' ? ['created', 'activated'] : ['created'];
  for (const [k, type] of types.entries()) {
    const actor = type === 'created' ? 'grantor' : 'broker';
    const data = type === 'created' ? created : undefined;
    // Salted like an event of the routes (grants/trail.ts, migrations/013): an erasure can redact it later.
    const salt = randomBytes(16).toString('hex');
    const hash = eventHash(prev, { grantId: id, seq: k + 1, type, at, actor, data, salt });
    const sealed = { salt, data_sha256: dataDigest(salt, data) };
    b.events.push({ grant_id: id, seq: k + 1, type, at, actor, data: data ?? null, prev_hash: prev, hash, ...sealed });
    prev = hash;
  }
  b.heads.push({ id, seq: types.length, head: prev });
}

async function insertBatch(s: Scope, b: Batch) {
  await s.tx.query(
    `INSERT INTO grants (id, mandate_id, grantor_user, grantor_key, grantor_display, mandatary_key, mandatary, service, scope,
       status, document_sha256, created_at, activated_at)
     SELECT id, mandate_id, grantor_user, grantor_key, grantor_display, mandatary_key, mandatary, service, scope,
       status, document_sha256, created_at, activated_at
     FROM json_to_recordset($1::json) AS x(id uuid, mandate_id uuid, grantor_user text, grantor_key text, grantor_display text,
       mandatary_key text, mandatary jsonb, service text, scope jsonb, status text, document_sha256 text,
       created_at timestamptz, activated_at timestamptz)`,
    [JSON.stringify(b.grants)],
  );
  await s.tx.query(
    `INSERT INTO grant_events (grant_id, seq, type, at, actor, data, prev_hash, hash, salt, data_sha256)
     SELECT grant_id, seq, type, at, actor, data, prev_hash, hash, salt, data_sha256
     FROM json_to_recordset($1::json) AS x(grant_id uuid, seq integer, type text, at timestamptz, actor text, data jsonb,
       prev_hash text, hash text, salt text, data_sha256 text)`,
    [JSON.stringify(b.events)],
  );
}

/**
 * Demo and benchmark data: `count` grants given by one user, all pointing at one seed mandate
 * and its PDF, each with a valid `created` (and, when active, `activated`) event and, as one
 * made through the routes, its signed head. Call inside a transaction.
 */
export async function seedGrants(s: Scope, seed: Seed): Promise<number> {
  const mandateId = seed.ids();
  await insertMandateAndDocument(s, {
    id: mandateId,
    grantorUser: seed.grantorUser,
    service: SERVICE,
    body: SEED_BODY,
    document: seed.document,
    at: seed.at,
  });
  for (let start = 0; start < seed.count; start += CHUNK) {
    const b: Batch = { grants: [], events: [], heads: [] };
    for (let i = start; i < Math.min(seed.count, start + CHUNK); i++) {
      const g = grantRow(seed, mandateId, i, seed.ids());
      b.grants.push(g);
      eventsOf(seed, g, b);
    }
    await insertBatch(s, b);
    await insertGrantCheckpoints(s, b.heads, seed.at.toISOString());
  }
  return seed.count;
}

/** Fresh statistics, or the planner keeps guessing an empty table and scans instead of walking the index. */
export async function analyzeGrants(s: Scope) {
  await s.tx.query('ANALYZE grants');
  await s.tx.query('ANALYZE grant_events');
}

/**
 * Demo only: empties the demo's data (sessions stay, so the switcher keeps its user) and puts the
 * people back as the directory has them (`directory`: corrections undone, no one disabled or erased;
 * their last activity stays, as their sessions do, and server/people.ts's `touch` remembers it).
 * TRUNCATE is the one way the event trail is ever emptied, and only this demo route runs it.
 */
export async function resetDemo(s: Scope, directory: readonly User[]) {
  await s.tx.query(
    'TRUNCATE grant_events, checkpoints, grant_receipts, grants, sealed_documents, documents, mandates, consent_records, oppositions, decisions, idempotency_keys, mail_outbox, invitations, rights_requests, legal_holds, staff_events',
  );
  const rows = directory.map((u) => ({ office: u.office ?? DEFAULT_OFFICE, id: u.id, data: u }));
  await s.tx.query(
    `INSERT INTO people (office, id, data)
      SELECT x->>'office', x->>'id', x->'data' FROM jsonb_array_elements($1::jsonb) AS x
      ON CONFLICT (office, id) DO UPDATE SET data = EXCLUDED.data, disabled_at = NULL, disabled_by = NULL, erased_at = NULL`,
    [json(rows)],
  );
}
