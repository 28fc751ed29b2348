/**
 * Issue 13, "checkpoints an insider cannot rewrite": after each event a JWS of its grant's head,
 * and a global head at start and at shutdown, each checked here with the published key alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JWK } from 'jose';
import { canonicalJson } from '../../src/model/canonical.js';
import { verifyJws } from '../proof/keys.js';
import { startServer } from '../start.js';
import { Store } from '../store/store.js';
import { makePdf, sha256, suite, validMandate } from './helpers.js';
import { at } from '../../test/support/at.js';

type Checkpoint = {
  schema: string;
  scope: string;
  seq: number;
  head: string;
  at: string;
  grants?: number;
  events?: number;
  digest?: string;
  consents?: { count: number; digest: string };
};
type Evidence = {
  schema: string;
  grantId: string;
  events: { seq: number; type: string; at: string; hash: string; prevHash: string; attests: string }[];
  checkpoints: string[];
  document: Record<string, string | null>;
  verification: { valid: boolean; checkpoint: string };
};

suite('proof: signed checkpoints and the evidence export', (ctx) => {
  test('each event is followed by a checkpoint of its head, signed by the key GET /proof/keys publishes', async () => {
    const [anne, claire] = await Promise.all([ctx.signIn('anne'), ctx.signIn('claire')]);
    const { grantId } = await ctx.makeGrant(anne);
    await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    const keys = ((await (await ctx.fetch('/proof/keys')).json()) as { keys: JWK[] }).keys;
    const ev = (await (await ctx.fetch(`/grants/${grantId}/evidence`, { token: anne })).json()) as Evidence;
    assert.equal(ev.schema, 'procura.evidence/1');
    assert.equal(ev.checkpoints.length, 2);
    for (const [i, jws] of ev.checkpoints.entries()) {
      const r = await verifyJws<Checkpoint>(jws, keys);
      assert.ok(r.ok, r.ok ? '' : r.reason);
      assert.equal(r.typ, 'procura-checkpoint+jws');
      assert.deepEqual(r.payload, {
        schema: 'procura.checkpoint/1',
        scope: `grant:${grantId}`,
        seq: i + 1,
        head: at(ev.events, i).hash,
        at: at(ev.events, i).at,
      });
    }
    assert.equal(ev.verification.valid, true);
    assert.equal(ev.document.recomputedOriginalSha256, ev.document.originalSha256);
  });

  test('the checkpoints table refuses UPDATE and DELETE', async () => {
    const anne = await ctx.signIn('anne');
    await ctx.makeGrant(anne, { mandatary: { givenName: 'Eva', familyName: 'Maes', email: 'eva.maes@example.com' } });
    await assert.rejects(ctx.store.db.query(`UPDATE checkpoints SET head = 'x'`), /append-only/);
    await assert.rejects(ctx.store.db.query('DELETE FROM checkpoints'), /append-only/);
  });

  test('the export says what each event attests in the language asked for (fr, nl, en, de)', async () => {
    const [anne, claire] = await Promise.all([ctx.signIn('anne'), ctx.signIn('claire')]);
    const { grantId } = await ctx.makeGrant(anne, {
      mandatary: { givenName: 'Tom', familyName: 'Claes', email: 'tom.claes@example.com' },
    });
    await ctx.post(`/grants/${grantId}/refuse`, { reason: 'Signature illisible' }, { token: claire });
    const attests = async (lang: string) =>
      (
        (await (
          await ctx.fetch(`/grants/${grantId}/evidence`, { token: anne, headers: { 'accept-language': lang } })
        ).json()) as Evidence
      ).events.map((e) => e.attests);
    const fr = await attests('fr-BE');
    assert.match(
      at(fr, 0),
      /^Le .* le serveur a reçu le mandat signé par Anne Dupont pour Tom Claes, service « Espace client »/,
    );
    assert.match(
      at(fr, 1),
      /le courtier a refusé la demande, pour ce motif : « Signature illisible »\. Acte posé par le membre du personnel claire\.$/,
    );
    assert.match(
      at(await attests('nl'), 0),
      /ontving de server het mandaat, ondertekend door Anne Dupont voor Tom Claes/,
    );
    assert.match(
      at(await attests('en'), 1),
      /the broker refused it, for this reason: "Signature illisible"\. Done by staff member claire\.$/,
    );
    assert.match(
      at(await attests('de'), 0),
      /hat der Server die von Anne Dupont für Tom Claes unterzeichnete Vollmacht erhalten/,
    );
  });

  test('a revocation attests who revoked and the status before, in words of the language asked for', async () => {
    const [anne, claire] = await Promise.all([ctx.signIn('anne'), ctx.signIn('claire')]);
    const { grantId } = await ctx.makeGrant(anne, {
      mandatary: { givenName: 'Nora', familyName: 'Smet', email: 'nora.smet@example.com' },
    });
    await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: anne });
    const ev = (await (
      await ctx.fetch(`/grants/${grantId}/evidence`, { token: anne, headers: { 'accept-language': 'fr' } })
    ).json()) as Evidence;
    assert.match(
      at(ev.events, 2).attests,
      /la personne qui l’avait donné a révoqué l’accès \(statut avant : actif\)\.$/,
    );
  });

  test('someone who may not see the grant gets 404 for its evidence', async () => {
    const [anne, jan] = await Promise.all([ctx.signIn('anne'), ctx.signIn('jan')]);
    const { grantId } = await ctx.makeGrant(anne, {
      mandatary: { givenName: 'Lena', familyName: 'Wouters', email: 'lena.wouters@example.com' },
    });
    assert.equal((await ctx.fetch(`/grants/${grantId}/evidence`, { token: jan })).status, 404);
    assert.equal((await ctx.fetch(`/grants/${grantId}/evidence`)).status, 401);
  });
});

test('a global checkpoint is signed at start and at shutdown, over every grant head and every consent record', async () => {
  const store = await Store.open({ dataDir: 'memory://' });
  const logs: string[] = [];
  try {
    const server = await startServer({ port: 0, demo: true, store, log: (l) => logs.push(l) });
    const api = `${server.url}/api`;
    const keys = ((await (await fetch(`${api}/proof/keys`)).json()) as { keys: JWK[] }).keys;
    const token = (
      (await (
        await fetch(`${api}/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user: 'anne', token: true }),
        })
      ).json()) as { token: string }
    ).token;
    const pdf = await makePdf(1);
    const form = new FormData();
    form.set('mandate', JSON.stringify(validMandate(sha256(pdf))));
    form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'mandate.pdf');
    const res = await fetch(`${api}/mandates`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': crypto.randomUUID() },
    });
    assert.equal(res.status, 201);
    const { grantId } = (await res.json()) as { grantId: string };
    await server.close();

    const rows = await store.db.query<{ jws: string }>(
      `SELECT jws FROM checkpoints WHERE scope = 'global' ORDER BY id`,
    );
    assert.equal(rows.length, 2, 'one at start, one at shutdown');
    const [atStart, atShutdown] = await Promise.all(rows.map((r) => verifyJws<Checkpoint>(r.jws, keys)));
    assert.ok(atStart && atShutdown, 'a checkpoint at start and one at shutdown');
    assert.ok(atStart.ok && atShutdown.ok);
    assert.equal(atStart.payload.seq, 1);
    assert.equal(atStart.payload.grants, 0);
    const [head] = await store.db.query<{ hash: string }>('SELECT hash FROM grant_events WHERE grant_id = $1', [
      grantId,
    ]);
    assert.ok(head, 'the grant has an event');
    assert.deepEqual(
      { ...atShutdown.payload, at: undefined, head: undefined },
      {
        schema: 'procura.checkpoint/1',
        scope: 'global',
        seq: 2,
        grants: 1,
        events: 1,
        digest: sha256(canonicalJson([[grantId, 1, head.hash]])),
        consents: { count: 0, digest: sha256('') },
        at: undefined,
        head: undefined,
      },
    );
    assert.equal(
      atShutdown.payload.head,
      sha256(
        atStart.payload.head +
          canonicalJson({
            consents: atShutdown.payload.consents,
            digest: atShutdown.payload.digest,
            events: 1,
            grants: 1,
          }),
      ),
    );
    // A copy outside the database, for whoever keeps the logs.
    assert.ok(logs.some((l) => l === `checkpoint shutdown ${at(rows, 1).jws}`));
  } finally {
    await store.close();
  }
});
