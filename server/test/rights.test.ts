import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  DeskRightsItem,
  DeskRightsPage,
  DeskRightsRequest,
  MyData,
  RightsReceipts,
  RightsRequest,
} from '../../src/model/rights.js';
import { verifyJws } from '../proof/keys.js';
import { addMonths } from '../modules/rights/service.js';
import { DEMO_OFFICES } from '../users.js';
import { makePdf, pointers, problemOf, sha256, suite } from './helpers.js';

type Jwk = Parameters<typeof verifyJws>[1][number];

suite(
  'rights: the summary sheet, requests, the desk’s queue and answers',
  (ctx) => {
    let anne: string, jan: string, acme: string, claire: string, lucas: string, pieter: string;
    let keys: Jwk[];
    const json = async <T>(res: Response, status = 200): Promise<T> => {
      assert.equal(res.status, status, await res.clone().text());
      return (await res.json()) as T;
    };
    const ask = (token: string, body: unknown) => ctx.post('/requests', body, { token });
    const desk = (path: string, token = lucas) => ctx.fetch(`/desk/rights${path}`, { token });

    before(async () => {
      [anne, jan, acme, claire, lucas, pieter] = await Promise.all(
        ['anne', 'jan', 'acme', 'claire', 'lucas', 'pieter'].map((u) => ctx.signIn(u)),
      );
      keys = (await json<{ keys: Jwk[] }>(await ctx.fetch('/proof/keys'))).keys;
    });

    test('GET /me/data: the sheet of the signed-in person, their grants, consents and decisions; 401 signed out', async () => {
      await ctx.makeGrant(anne);
      const decision = { treeId: 'who-signs', treeVersion: '1', outcome: 'mandate', answers: [] };
      assert.equal((await ctx.post('/decisions', decision, { token: anne })).status, 201);
      const data = await json<MyData>(await ctx.fetch('/me/data', { token: anne }));
      assert.equal(data.person.id, 'anne');
      assert.equal(data.person.email, 'anne.dupont@example.com');
      assert.equal(data.person.birthDate, '1968-03-14');
      assert.equal(data.person.clientRef, 'C-100231');
      assert.deepEqual(data.office, { id: 'main', name: 'Cabinet principal' });
      assert.deepEqual(data.oppositions, { linkable: false });
      assert.equal(data.grantsGiven.length, 1);
      assert.equal(data.grantsGiven[0]?.mandatary?.email, 'bram.janssens@example.com');
      assert.match(data.grantsGiven[0]?.document?.sha256 ?? '', /^[0-9a-f]{64}$/);
      assert.deepEqual(
        data.decisions.map((d) => d.outcome),
        ['mandate'],
      );
      assert.equal(data.consents.subject, 'C-100231');
      assert.ok(data.sessions.open >= 1);
      // Bram holds the grant Anne gave.
      const bram = await ctx.signIn('bram');
      const held = await json<MyData>(await ctx.fetch('/me/data', { token: bram }));
      assert.equal(held.grantsHeld.length, 1);
      assert.equal(held.grantsGiven.length, 0);
      assert.equal((await ctx.fetch('/me/data')).status, 401);
    });

    test('POST /requests: a rectification with a proof file, its signed receipt, then GET /requests lists it', async () => {
      const pdf = await makePdf(1);
      const body = {
        kind: 'rectification',
        field: 'phone',
        value: '+32 470 99 88 77',
        note: 'Nouveau numéro.',
        attachment: {
          filename: 'preuve.pdf',
          mediaType: 'application/pdf',
          base64: Buffer.from(pdf).toString('base64'),
        },
      };
      const key = crypto.randomUUID();
      const created = await json<RightsRequest>(await ctx.post('/requests', body, { token: anne, key }), 201);
      assert.equal(created.kind, 'rectification');
      assert.equal(created.status, 'received');
      assert.equal(created.reference, created.id.replace(/-/g, '').slice(0, 8).toUpperCase());
      assert.equal(created.attachment?.sha256, sha256(pdf));
      assert.equal(created.dueAt, addMonths(new Date(created.receivedAt), 1).toISOString());
      // The same key again: the same answer, one row.
      const again = await ctx.post('/requests', body, { token: anne, key });
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(((await again.json()) as RightsRequest).id, created.id);
      const list = await json<{ items: RightsRequest[] }>(await ctx.fetch('/requests', { token: anne }));
      assert.deepEqual(
        list.items.map((r) => r.id),
        [created.id],
      );
      const receipts = await json<RightsReceipts>(await ctx.fetch(`/requests/${created.id}/receipt`, { token: anne }));
      const check = await verifyJws<Record<string, unknown>>(receipts.request, keys);
      assert.ok(check.ok);
      assert.equal(check.ok && check.typ, 'procura-rights-receipt+jws');
      const p = check.ok ? check.payload : {};
      assert.equal(p.schema, 'procura.rights-receipt/1');
      assert.equal(p.requestId, created.id);
      assert.equal(p.dueAt, created.dueAt);
      assert.equal(p.attachmentSha256, sha256(pdf));
      assert.deepEqual(p.asked, { field: 'phone', value: '+32 470 99 88 77', note: 'Nouveau numéro.' });
      // The proof file: the person and the staff; another person 404, signed out 401.
      const file = await ctx.fetch(`/requests/${created.id}/attachment`, { token: anne });
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'application/pdf');
      assert.equal(sha256(new Uint8Array(await file.arrayBuffer())), sha256(pdf));
      assert.equal((await ctx.fetch(`/requests/${created.id}/attachment`, { token: lucas })).status, 200);
      assert.equal((await ctx.fetch(`/requests/${created.id}/attachment`, { token: jan })).status, 404);
      assert.equal((await ctx.fetch(`/requests/${created.id}/receipt`, { token: jan })).status, 404);
      assert.equal((await ctx.fetch(`/requests/${created.id}/receipt`, { token: pieter })).status, 404);
      assert.equal((await json<{ items: unknown[] }>(await ctx.fetch('/requests', { token: jan }))).items.length, 0);
      // The sheet lists it too.
      const data = await json<MyData>(await ctx.fetch('/me/data', { token: anne }));
      assert.ok(data.requests.some((r) => r.id === created.id));
    });

    test('POST /requests refuses with per-field codes', async () => {
      const codes = async (body: unknown) => {
        const res = await ask(anne, body);
        assert.equal(res.status, 422);
        const p = await problemOf(res);
        return (p.errors ?? []).map((e) => `${e.pointer} ${e.code}`).sort();
      };
      assert.deepEqual(await codes({ kind: 'nothing' }), ['/kind kind-invalid']);
      assert.deepEqual(await codes({ kind: 'rectification' }), ['/field field-required', '/value value-required']);
      assert.deepEqual(await codes({ kind: 'rectification', field: 'email', value: 'pas un courriel' }), [
        '/value value-invalid',
      ]);
      assert.deepEqual(await codes({ kind: 'rectification', field: 'birthDate', value: '1968-02-30' }), [
        '/value value-invalid',
      ]);
      assert.deepEqual(await codes({ kind: 'erasure', note: 'x'.repeat(2001) }), ['/note note-invalid']);
      const big = Buffer.alloc(2 * 1024 * 1024 + 1, 0x25).toString('base64');
      assert.deepEqual(
        await codes({ kind: 'access', attachment: { filename: 'a.pdf', mediaType: 'application/pdf', base64: big } }),
        ['/attachment attachment-too-large'],
      );
      const png = Buffer.from('not a png at all').toString('base64');
      assert.deepEqual(
        await codes({ kind: 'access', attachment: { filename: 'a.png', mediaType: 'image/png', base64: png } }),
        ['/attachment/base64 attachment-type'],
      );
      const noKey = await ctx.post('/requests', { kind: 'access' }, { token: anne, key: false });
      assert.equal(noKey.status, 400);
      assert.equal((await ctx.post('/requests', { kind: 'access' })).status, 401);
      assert.deepEqual(pointers({ errors: [] }), []);
    });
  },
  { offices: [...DEMO_OFFICES] },
);
