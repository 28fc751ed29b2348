import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** The CLI as a person runs it (async: the server lives in this process). */
const verify = (args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, ['bin/procura.js', 'verify', ...args], { encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );

suite(
  'rights: the summary sheet, requests, the desk’s queue and answers',
  (ctx) => {
    let anne: string, jan: string, acme: string, claire: string, lucas: string, pieter: string;
    let keys: Jwk[];
    let keysText: string;
    const json = async <T>(res: Response, status = 200): Promise<T> => {
      assert.equal(res.status, status, await res.clone().text());
      return (await res.json()) as T;
    };
    const ask = (token: string, body: unknown) => ctx.post('/requests', body, { token });
    const desk = (path: string, token = lucas) => ctx.fetch(`/desk/rights${path}`, { token });

    before(async () => {
      const [a, j, ac, c, l, p] = await Promise.all(
        ['anne', 'jan', 'acme', 'claire', 'lucas', 'pieter'].map((u) => ctx.signIn(u)),
      );
      [anne, jan, acme, claire, lucas, pieter] = [a!, j!, ac!, c!, l!, p!];
      keysText = await (await ctx.fetch('/proof/keys')).text();
      keys = (JSON.parse(keysText) as { keys: Jwk[] }).keys;
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

    test('a 1.5 MB proof file passes (this route reads 4 MB of JSON); a body over 4 MB is 413', async () => {
      const png = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(1_500_000, 7),
      ]);
      const attachment = { filename: 'carte.png', mediaType: 'image/png', base64: png.toString('base64') };
      const ok = await json<RightsRequest>(await ask(jan, { kind: 'restriction', attachment }), 201);
      assert.equal(ok.attachment?.size, png.length);
      assert.equal(ok.attachment?.sha256, sha256(png));
      const huge = { kind: 'access', note: 'x', pad: 'y'.repeat(4 * 1024 * 1024 + 1) };
      assert.equal((await ask(jan, huge)).status, 413);
    });

    test('the clock: one calendar month from receipt (31 Jan → 29 Feb), three once extended, with a reason, once', async () => {
      assert.equal(addMonths(new Date('2027-01-31T10:00:00Z'), 1).toISOString(), '2027-02-28T10:00:00.000Z');
      assert.equal(addMonths(new Date('2026-12-15T08:30:00Z'), 1).toISOString(), '2027-01-15T08:30:00.000Z');
      const real = ctx.nowMs;
      ctx.nowMs = Date.parse('2024-01-31T10:00:00Z');
      let created: RightsRequest;
      try {
        created = await json<RightsRequest>(
          await ask(acme, { kind: 'access', note: 'Une copie, s’il vous plaît.' }),
          201,
        );
      } finally {
        ctx.nowMs = real;
      }
      assert.equal(created.dueAt, '2024-02-29T10:00:00.000Z');
      const page = await json<DeskRightsPage>(await desk(''));
      assert.equal(page.items[0]?.id, created.id, 'the oldest due comes first');
      assert.ok(page.counts.overdue >= 1);
      const noReason = await ctx.post(`/desk/rights/${created.id}/extend`, {}, { token: lucas });
      assert.deepEqual(pointers(await problemOf(noReason)), ['/reason']);
      const extended = await json<DeskRightsItem>(
        await ctx.post(`/desk/rights/${created.id}/extend`, { reason: 'Archives à rechercher.' }, { token: lucas }),
      );
      assert.equal(extended.status, 'extended');
      assert.equal(extended.dueAt, '2024-04-30T10:00:00.000Z');
      assert.equal(extended.extension?.reason, 'Archives à rechercher.');
      assert.equal(extended.extension?.by, 'lucas');
      const twice = await ctx.post(`/desk/rights/${created.id}/extend`, { reason: 'Encore.' }, { token: lucas });
      assert.equal(twice.status, 409);
      const mine = await json<{ items: RightsRequest[] }>(await ctx.fetch('/requests', { token: acme }));
      assert.equal(mine.items[0]?.dueAt, '2024-04-30T10:00:00.000Z');
    });

    test('the desk: staff only, another office 404, the request with the person’s data beside it, search', async () => {
      assert.equal((await desk('', anne)).status, 403);
      assert.equal((await ctx.fetch('/desk/rights')).status, 401);
      const page = await json<DeskRightsPage>(await desk('?status=open&q=dupont', claire));
      assert.ok(page.items.length >= 1);
      assert.ok(page.items.every((i) => i.person.id === 'anne' && i.person.displayName === 'Anne Dupont'));
      const id = page.items[0]!.id;
      const one = await json<DeskRightsRequest>(await desk(`/${id}`));
      assert.equal(one.request.id, id);
      assert.equal(one.data.person.id, 'anne');
      assert.equal(one.data.person.phone, '+32 470 12 34 56');
      assert.equal((await desk(`/${id}`, pieter)).status, 404);
      assert.equal((await json<DeskRightsPage>(await desk('', pieter))).items.length, 0);
      assert.equal((await desk('?status=late')).status, 400);
    });

    test('answers: a rectification done corrects the person (before/after, signed), a refusal needs a code', async () => {
      const asked = await json<RightsRequest>(
        await ask(anne, { kind: 'rectification', field: 'email', value: 'anne.d@example.org' }),
        201,
      );
      const objection = await json<RightsRequest>(await ask(anne, { kind: 'objection', note: 'Publicité.' }), 201);
      const noCode = await ctx.post(`/desk/rights/${objection.id}/answer`, { outcome: 'refused' }, { token: lucas });
      assert.equal(noCode.status, 422);
      assert.deepEqual(
        ((await problemOf(noCode)).errors ?? []).map((e) => e.code),
        ['code-required'],
      );
      const refused = await json<DeskRightsItem>(
        await ctx.post(
          `/desk/rights/${objection.id}/answer`,
          { outcome: 'refused', code: 'legal-hold-contract', note: 'Le contrat est en cours.' },
          { token: lucas },
        ),
      );
      assert.equal(refused.status, 'refused');
      assert.equal(refused.answer?.code, 'legal-hold-contract');
      const done = await json<DeskRightsItem>(
        await ctx.post(`/desk/rights/${asked.id}/answer`, { outcome: 'done', note: 'Corrigé.' }, { token: lucas }),
      );
      assert.equal(done.status, 'done');
      assert.deepEqual(done.answer?.changes, [
        { field: 'email', before: 'anne.dupont@example.com', after: 'anne.d@example.org' },
      ]);
      const data = await json<MyData>(await ctx.fetch('/me/data', { token: anne }));
      assert.equal(data.person.email, 'anne.d@example.org');
      const again = await ctx.post(`/desk/rights/${asked.id}/answer`, { outcome: 'done' }, { token: lucas });
      assert.equal(again.status, 409);
      const receipts = await json<RightsReceipts>(await ctx.fetch(`/requests/${asked.id}/receipt`, { token: anne }));
      const check = await verifyJws<Record<string, unknown>>(receipts.answer ?? '', keys);
      assert.ok(check.ok);
      const p = check.ok ? check.payload : {};
      assert.equal(p.part, 'answer');
      assert.equal(p.outcome, 'done');
      assert.deepEqual(p.changes, done.answer?.changes);
      const mine = await json<{ items: RightsRequest[] }>(await ctx.fetch('/requests', { token: anne }));
      const seen = mine.items.find((r) => r.id === objection.id);
      assert.equal(seen?.answer?.note, 'Le contrat est en cours.');
      // Changes belong to a rectification only.
      const access = await json<RightsRequest>(await ask(anne, { kind: 'access' }), 201);
      const wrong = await ctx.post(
        `/desk/rights/${access.id}/answer`,
        { outcome: 'done', changes: [{ field: 'phone', after: '+32 2 000 00 00' }] },
        { token: lucas },
      );
      assert.equal(wrong.status, 400);
    });

    test('an erasure answered done runs the erasure and is answered', async () => {
      const asked = await json<RightsRequest>(await ask(jan, { kind: 'erasure' }), 201);
      const done = await json<DeskRightsItem>(
        await ctx.post(
          `/desk/rights/${asked.id}/answer`,
          { outcome: 'done' },
          { token: claire, key: crypto.randomUUID() },
        ),
      );
      assert.equal(done.status, 'done');
      const one = await json<DeskRightsRequest>(await desk(`/${asked.id}`));
      assert.equal(one.request.status, 'done');
      assert.equal(one.data.person.id, 'jan');
      // Jan is no longer held: his session is nobody; the staff still read the request and its signed answer.
      assert.equal((await ctx.fetch('/me/data', { token: jan })).status, 401);
      const receipts = await json<RightsReceipts>(await ctx.fetch(`/requests/${asked.id}/receipt`, { token: claire }));
      const check = await verifyJws<Record<string, unknown>>(receipts.answer ?? '', keys);
      assert.ok(check.ok && check.payload.outcome === 'done' && check.payload.kind === 'erasure');
    });

    test('procura verify accepts both receipts (each JWS, and the receipts file as downloaded), in plain words; one character changed, not', async () => {
      const asked = await json<RightsRequest>(
        await ask(acme, { kind: 'rectification', field: 'seat', value: 'Rue Neuve 1, 1000 Bruxelles' }),
        201,
      );
      await json(await ctx.post(`/desk/rights/${asked.id}/answer`, { outcome: 'done' }, { token: claire }));
      const r = await json<RightsReceipts>(await ctx.fetch(`/requests/${asked.id}/receipt`, { token: acme }));
      const dir = mkdtempSync(join(tmpdir(), 'procura-rights-'));
      try {
        const keysFile = join(dir, 'keys.json');
        writeFileSync(keysFile, keysText);
        const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
        const request = await verify([file('request.jws', r.request), '--keys', keysFile]);
        assert.equal(request.status, 0, request.stderr);
        assert.match(request.stdout, /a rights request \(rectification, reference [0-9A-F]{8}/);
        assert.match(request.stdout, /Rue Neuve 1, 1000 Bruxelles/);
        const answer = await verify([file('answer.jws', r.answer ?? ''), '--keys', keysFile]);
        assert.equal(answer.status, 0, answer.stderr);
        assert.match(
          answer.stdout,
          /the answer to rights request .*: done; changed: seat "Rue de la Loi 16, 1000 Bruxelles" → "Rue Neuve 1, 1000 Bruxelles"/,
        );
        // The receipts as the element downloads them (GET /requests/{id}/receipt saved as is): both checked.
        const both = await verify([file('receipts.json', JSON.stringify(r)), '--keys', keysFile]);
        assert.equal(both.status, 0, both.stderr);
        assert.match(both.stdout, /a rights request \(rectification/);
        assert.match(both.stdout, /the answer to rights request/);
        const last = r.request.at(-2) === 'A' ? 'B' : 'A';
        const bad = await verify([
          file('bad.jws', r.request.slice(0, -2) + last + r.request.slice(-1)),
          '--keys',
          keysFile,
        ]);
        assert.notEqual(bad.status, 0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
  { offices: [...DEMO_OFFICES] },
);
