/**
 * Issue 13, "a chain that covers content": the creation event records what was signed, later
 * events what changed, and verification recomputes everything from the stored bytes and the
 * signed checkpoints. The attack battery: each insider edit reproduced with `store.db.query`
 * (the database's own rights: on PGlite and on PostgreSQL the owner's), and shown detected.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../src/model/canonical.js';
import { makePdf, sha256, suite } from './helpers.js';
import { at } from '../../test/support/at.js';

type Verification = {
  valid: boolean;
  chain: string;
  content: string;
  document: string;
  checkpoint: string;
  problems: { code: string }[];
};
/** An event's data as the trail stores it: the creation's fields this test reads, and whatever else the event holds. */
type EventData = { mandatary?: { email: string }; clientSignedAt?: unknown[]; [field: string]: unknown };
type Detail = {
  mandateId: string;
  events: { type: string; actor: string; data?: EventData; hash: string }[];
  chain: { valid: boolean };
  verification: Verification;
};

suite('proof: the trail covers content; insiders are detected', (ctx) => {
  let anne: string, claire: string;
  const grant = async () => {
    [anne, claire] = await Promise.all([ctx.signIn('anne'), ctx.signIn('claire')]);
    const email = `m.${randomUUID().slice(0, 8)}@example.com`;
    const { grantId, id } = await ctx.makeGrant(anne, {
      mandatary: { givenName: 'Bram', familyName: 'Janssens', email, relation: 'fils' },
    });
    return { grantId, mandateId: id, email };
  };
  const detail = async (grantId: string) =>
    (await (await ctx.fetch(`/grants/${grantId}`, { token: claire })).json()) as Detail;
  const codes = (v: Verification) => v.problems.map((p) => p.code);
  /** As someone with the tables' owner rights: the guard off, one statement, the guard on. */
  const asOwner = async (sql: string, params: unknown[]) => {
    await ctx.store.db.query('ALTER TABLE grant_events DISABLE TRIGGER grant_events_append_only');
    try {
      await ctx.store.db.query(sql, params);
    } finally {
      await ctx.store.db.query('ALTER TABLE grant_events ENABLE TRIGGER grant_events_append_only');
    }
  };

  test('the created event records the body hash, the original document hash, the parties, service, scope and validity; it all verifies', async () => {
    const { grantId, mandateId, email } = await grant();
    const d = await detail(grantId);
    assert.deepEqual(d.verification, {
      valid: true,
      chain: 'valid',
      content: 'matches',
      document: 'matches',
      checkpoint: 'matches',
      problems: [],
    });
    const created = at(d.events, 0).data!;
    const [stored] = await ctx.store.db.query<{ body: unknown; bytes: Uint8Array }>(
      'SELECT m.body, d.bytes FROM mandates m JOIN documents d ON d.mandate_id = m.id WHERE m.id = $1',
      [mandateId],
    );
    assert.ok(stored, 'the mandate and its document are stored');
    assert.equal(created.mandateSha256, sha256(canonicalJson(stored.body)));
    assert.equal(created.documentSha256, sha256(stored.bytes));
    assert.equal(created.kind, 'mandate');
    assert.deepEqual(created.grantor, { key: 'anne.dupont@example.com', display: 'Anne Dupont' });
    assert.equal(created.mandatary?.email, email);
    assert.equal(created.service, 'Espace client');
    assert.deepEqual(created.scope, { contracts: 'all', includeFuture: true });
    assert.equal(created.validUntil, null);
    assert.equal(created.clientSignedAt?.length, 2);
  });

  test('changed and revoked carry before and after; the trail still verifies', async () => {
    const { grantId } = await grant();
    await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    await ctx.post(
      `/grants/${grantId}/scope`,
      { scope: { contracts: 'listed', contractIds: ['P-1'] }, service: 'Sinistres', validUntil: '2099-01-31' },
      { token: claire },
    );
    await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: anne });
    const d = await detail(grantId);
    assert.deepEqual(
      d.events.map((e) => e.type),
      ['created', 'activated', 'changed', 'revoked'],
    );
    assert.deepEqual(at(d.events, 2).data, {
      before: { service: 'Espace client', scope: { contracts: 'all', includeFuture: true }, validUntil: null },
      after: { service: 'Sinistres', scope: { contracts: 'listed', contractIds: ['P-1'] }, validUntil: '2099-01-31' },
      staff: 'claire',
    });
    assert.deepEqual(at(d.events, 3).data, {
      by: 'grantor',
      before: { status: 'active' },
      after: { status: 'revoked' },
    });
    assert.equal(d.verification.valid, true, JSON.stringify(d.verification));
  });

  test('attack: the grant row edited (scope, then mandatary) is detected as content that differs', async () => {
    const { grantId } = await grant();
    await ctx.store.db.query(
      `UPDATE grants SET scope = '{"contracts":"all","includeFuture":true,"extra":"everything"}' WHERE id = $1`,
      [grantId],
    );
    let v = (await detail(grantId)).verification;
    assert.equal(v.valid, false);
    assert.equal(v.content, 'differs');
    assert.equal(v.chain, 'valid'); // the links alone could not see it
    const other = await grant();
    await ctx.store.db.query(
      `UPDATE grants SET mandatary = jsonb_set(mandatary, '{email}', '"mallory@example.com"'), mandatary_key = 'mallory@example.com' WHERE id = $1`,
      [other.grantId],
    );
    v = (await detail(other.grantId)).verification;
    assert.equal(v.valid, false);
    assert.equal(v.content, 'differs');
    assert.ok(codes(v).includes('content-differs'));
  });

  test('attack: the stored PDF swapped with both SHA-256 columns rewritten is detected from the bytes', async () => {
    const { grantId, mandateId } = await grant();
    const forged = await makePdf(2);
    const hash = sha256(forged);
    await ctx.store.db.query('UPDATE documents SET bytes = $2, sha256 = $3, size = $4 WHERE mandate_id = $1', [
      mandateId,
      forged,
      hash,
      forged.byteLength,
    ]);
    await ctx.store.db.query('UPDATE grants SET document_sha256 = $2 WHERE id = $1', [grantId, hash]);
    await ctx.store.db.query('UPDATE mandates SET document_sha256 = $2 WHERE id = $1', [mandateId, hash]);
    const v = (await detail(grantId)).verification;
    assert.equal(v.valid, false);
    assert.equal(v.document, 'differs');
    const evidence = (await (await ctx.fetch(`/grants/${grantId}/evidence`, { token: anne })).json()) as {
      document: Record<string, string>;
    };
    assert.equal(evidence.document.recomputedOriginalSha256, hash);
    assert.notEqual(evidence.document.originalSha256, hash);
  });

  test('attack: the trigger disabled (as owner) and an event edited is detected as a broken chain', async () => {
    const { grantId } = await grant();
    await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    await asOwner(`UPDATE grant_events SET actor = 'grantor' WHERE grant_id = $1 AND seq = 2`, [grantId]);
    const v = (await detail(grantId)).verification;
    assert.equal(v.valid, false);
    assert.equal(v.chain, 'broken');
    assert.ok(codes(v).includes('chain-broken'));
  });

  test('attack: the log truncated (as owner) is detected: no trail, and checkpoints naming events that are gone', async () => {
    const { grantId } = await grant();
    await ctx.store.db.query('TRUNCATE grant_events');
    const v = (await detail(grantId)).verification;
    assert.equal(v.valid, false);
    assert.equal(v.chain, 'broken');
    assert.equal(v.content, 'differs');
    assert.equal(v.checkpoint, 'differs');
  });

  test('attack: an edit followed by every hash recomputed with plain SHA-256 passes the links and the content, and fails the signed checkpoint', async () => {
    const { grantId } = await grant();
    await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    const scope = { contracts: 'all', includeFuture: true, extra: 'everything' };
    await ctx.store.db.query('UPDATE grants SET scope = $2 WHERE id = $1', [grantId, JSON.stringify(scope)]);
    // The insider's 15 lines: rewrite the creation data, then every hash from the first (dropping
    // each event's salt, so that the link covers the data itself again, as before migrations/013).
    const rows = await ctx.store.db.query<{
      seq: number;
      type: string;
      at: Date;
      actor: string;
      data: Record<string, unknown> | null;
    }>('SELECT seq, type, at, actor, data FROM grant_events WHERE grant_id = $1 ORDER BY seq', [grantId]);
    at(rows, 0).data = { ...at(rows, 0).data, scope };
    let prev = '0'.repeat(64);
    for (const r of rows) {
      const at = new Date(r.at).toISOString();
      const hash = createHash('sha256')
        .update(
          prev + canonicalJson({ grantId, seq: r.seq, type: r.type, at, actor: r.actor, data: r.data ?? undefined }),
        )
        .digest('hex');
      await asOwner(
        'UPDATE grant_events SET data = $3, prev_hash = $4, hash = $5, salt = NULL WHERE grant_id = $1 AND seq = $2',
        [grantId, r.seq, JSON.stringify(r.data), prev, hash],
      );
      prev = hash;
    }
    const d = await detail(grantId);
    assert.equal(d.chain.valid, true);
    assert.equal(d.verification.chain, 'valid');
    assert.equal(d.verification.content, 'matches');
    assert.equal(d.verification.checkpoint, 'differs');
    assert.equal(d.verification.valid, false);
    assert.ok(codes(d.verification).includes('checkpoint-head'));
  });

  test('attack: an event appended and a checkpoint forged without the key are detected', async () => {
    const { grantId } = await grant();
    const [last] = await ctx.store.db.query<{ hash: string }>(
      'SELECT hash FROM grant_events WHERE grant_id = $1 ORDER BY seq DESC LIMIT 1',
      [grantId],
    );
    assert.ok(last, 'the grant has a last event');
    const at = new Date(ctx.nowMs).toISOString();
    const hash = createHash('sha256')
      .update(last.hash + canonicalJson({ grantId, seq: 2, type: 'activated', at, actor: 'broker' }))
      .digest('hex');
    await ctx.store.db.query(
      `INSERT INTO grant_events (grant_id, seq, type, at, actor, prev_hash, hash) VALUES ($1, 2, 'activated', $2, 'broker', $3, $4)`,
      [grantId, at, last.hash, hash],
    );
    let v = (await detail(grantId)).verification;
    assert.equal(v.chain, 'valid');
    assert.equal(v.checkpoint, 'differs');
    assert.ok(codes(v).includes('checkpoint-length'));
    const payload = Buffer.from(
      canonicalJson({ schema: 'procura.checkpoint/1', scope: `grant:${grantId}`, seq: 2, head: hash, at }),
    ).toString('base64url');
    const header = Buffer.from(JSON.stringify({ alg: 'ES256', kid: 'forged', typ: 'procura-checkpoint+jws' })).toString(
      'base64url',
    );
    await ctx.store.db.query(`INSERT INTO checkpoints (scope, seq, head, at, jws) VALUES ($1, 2, $2, $3, $4)`, [
      `grant:${grantId}`,
      hash,
      at,
      `${header}.${payload}.${'A'.repeat(86)}`,
    ]);
    v = (await detail(grantId)).verification;
    assert.equal(v.valid, false);
    assert.ok(codes(v).includes('checkpoint-signature'));
  });
});
