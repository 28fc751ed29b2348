import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { suite, problemOf, pointers } from './helpers.js';
import { at } from '../../test/support/at.js';

/** A browser time `d` days (and `h` hours) before now: recent enough for the server's horizon (31 days). */
const ago = (d: number, h = 0) => new Date(Date.now() - d * 86_400_000 - h * 3_600_000).toISOString();

const record = (
  decisions: { purpose: string; state: string; at: string; basis?: string }[],
  extra: Record<string, unknown> = {},
) => ({
  recordId: randomUUID(),
  indicatedBy: { role: 'subject' },
  noticeVersion: '2025-01',
  noticeSha256: 'a'.repeat(64),
  locale: 'fr-BE',
  decisions: decisions.map((d) => ({ basis: 'consent', ...d })),
  collectedAt: new Date().toISOString(),
  source: 'https://assurances.example.com/mon-espace',
  ...extra,
});

suite('consent records', (ctx) => {
  let anne: string;
  beforeEach(async () => {
    await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
    anne = await ctx.signIn('anne');
  });

  test('a record is stored once per Idempotency-Key; a replay answers the same; another body with that key is a 422', async () => {
    const body = record([{ purpose: 'newsletter', state: 'given', at: ago(9) }]);
    const first = await ctx.post('/consents', body, { token: anne, key: 'consent-key-1' });
    assert.equal(first.status, 201);
    const answer = (await first.json()) as { recordId: string; receivedAt: string; receipt: string };
    assert.deepEqual(Object.keys(answer).sort(), ['receipt', 'receivedAt', 'recordId']);
    assert.equal(answer.recordId, body.recordId);
    const again = await ctx.post('/consents', body, { token: anne, key: 'consent-key-1' });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), answer, 'the replay answers the same receipt');
    assert.equal(await ctx.count('consent_records'), 1);
    assert.equal(await ctx.count('idempotency_keys', "key = 'consent-key-1'"), 1);
    const other = await ctx.post('/consents', { ...body, source: 'elsewhere' }, { token: anne, key: 'consent-key-1' });
    assert.equal(other.status, 422);
    assert.equal(await ctx.count('consent_records'), 1);
  });

  test('the state is derived from every record, in the order received: the last decision received wins, the records stay', async () => {
    await ctx.post(
      '/consents',
      record([
        { purpose: 'newsletter', state: 'given', at: ago(9) },
        { purpose: 'partners', state: 'refused', at: ago(9) },
      ]),
      { token: anne },
    );
    await ctx.post('/consents', record([{ purpose: 'newsletter', state: 'withdrawn', at: ago(8) }]), { token: anne });
    await ctx.post('/consents', record([{ purpose: 'postal', basis: 'opposition', state: 'objected', at: ago(7) }]), {
      token: anne,
    });
    // Received last, though its browser claims an earlier time: the server's receipt order decides (issue 13).
    await ctx.post('/consents', record([{ purpose: 'newsletter', state: 'given', at: ago(10) }]), { token: anne });
    const res = await ctx.fetch('/consents?subject=C-100231', { token: anne });
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      subject: string;
      records: { receivedAt: string; decisions: { at: string }[] }[];
      state: Record<string, { state: string; at: string; clientAt: string; basis: string }>;
    };
    assert.equal(body.subject, 'C-100231');
    assert.equal(body.records.length, 4);
    const received = body.records.map((r) => r.receivedAt);
    assert.ok(
      received.every((t) => !Number.isNaN(Date.parse(t))),
      'every record carries the server’s time of receipt',
    );
    const states = Object.fromEntries(
      Object.entries(body.state).map(([k, v]) => [k, [v.state, v.basis, v.clientAt, v.at]]),
    );
    assert.deepEqual(states, {
      newsletter: ['given', 'consent', at(at(body.records, 3).decisions, 0).at, at(received, 3)],
      partners: ['refused', 'consent', at(at(body.records, 0).decisions, 0).at, at(received, 0)],
      postal: ['objected', 'opposition', at(at(body.records, 2).decisions, 0).at, at(received, 2)],
    });
  });

  test('a client reads and writes only their own subject; the broker any; the mandatary none', async () => {
    const jan = await ctx.signIn('jan');
    assert.equal(
      (
        await ctx.post('/consents', record([{ purpose: 'x', state: 'given', at: ago(20) }], { subject: 'C-100231' }), {
          token: jan,
        })
      ).status,
      403,
    );
    assert.equal((await ctx.fetch('/consents?subject=C-100231', { token: jan })).status, 403);
    assert.equal((await ctx.fetch('/consents?subject=C-100231', { token: await ctx.signIn('bram') })).status, 403);
    const claire = await ctx.signIn('claire');
    assert.equal(
      (
        await ctx.post('/consents', record([{ purpose: 'x', state: 'given', at: ago(20) }], { subject: 'C-100231' }), {
          token: claire,
        })
      ).status,
      201,
    );
    const seen = (await (await ctx.fetch('/consents?subject=C-100231', { token: claire })).json()) as {
      records: unknown[];
    };
    assert.equal(seen.records.length, 1);
    assert.equal((await ctx.fetch('/consents', { token: claire })).status, 422);
    assert.equal((await ctx.fetch('/consents?subject=C-100231')).status, 401);
    assert.equal(await ctx.count('consent_records'), 1);
  });

  test('a prospect who is not signed in records consent without a subject; the record is its own reference, readable by the broker only', async () => {
    const body = record([{ purpose: 'email-prospection', state: 'given', at: ago(6) }]);
    const res = await ctx.post('/consents', body, {});
    assert.equal(res.status, 201);
    assert.equal(((await res.json()) as { recordId: string }).recordId, body.recordId);
    // Naming a client's subject without being signed in is refused: anyone could write in their name.
    assert.equal(
      (
        await ctx.post(
          '/consents',
          record([{ purpose: 'x', state: 'given', at: ago(20) }], { subject: 'C-100231' }),
          {},
        )
      ).status,
      401,
    );
    const claire = await ctx.signIn('claire');
    const seen = (await (
      await ctx.fetch(`/consents?subject=${encodeURIComponent(`prospect:${body.recordId}`)}`, { token: claire })
    ).json()) as { records: unknown[]; state: Record<string, { state: string }> };
    assert.equal(seen.records.length, 1);
    assert.equal(seen.state['email-prospection']?.state, 'given');
    assert.equal(
      (await ctx.fetch(`/consents?subject=${encodeURIComponent(`prospect:${body.recordId}`)}`, { token: anne })).status,
      403,
    );
    assert.equal(await ctx.count('consent_records'), 1);
  });

  test('bad input answers a clear problem and stores nothing', async () => {
    const noKey = await ctx.post('/consents', record([{ purpose: 'x', state: 'given', at: ago(20) }]), {
      token: anne,
      key: false,
    });
    assert.equal(noKey.status, 400);
    assert.match((await problemOf(noKey)).detail ?? '', /Idempotency-Key/);
    const malformed = await ctx.post('/consents', '{"recordId": "x",', { token: anne });
    assert.equal(malformed.status, 400);
    const wrong = await ctx.post(
      '/consents',
      { ...record([{ purpose: 'x', state: 'maybe', at: 'yesterday' }]), recordId: 12, noticeSha256: 'abc' },
      { token: anne },
    );
    assert.equal(wrong.status, 422);
    assert.deepEqual(pointers(await problemOf(wrong)), [
      '/decisions/0/at',
      '/decisions/0/state',
      '/noticeSha256',
      '/recordId',
    ]);
    const big = await ctx.post(
      '/consents',
      record([{ purpose: 'x', state: 'given', at: ago(20) }], { source: 'x'.repeat(300 * 1024) }),
      { token: anne },
    );
    assert.equal(big.status, 413);
    assert.equal((await problemOf(big)).status, 413);
    const text = await ctx.fetch('/consents', {
      method: 'POST',
      body: 'hello',
      headers: { 'content-type': 'text/plain' },
      token: anne,
      key: 'k',
    });
    assert.equal(text.status, 415);
    assert.equal(await ctx.count('consent_records'), 0);
    assert.equal(await ctx.count('idempotency_keys'), 0);
  });

  test('a body sent in chunks without a length is read whole, and refused past the limit or nested too deep', async () => {
    const streamed = (text: string) =>
      ctx.fetch('/consents', {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: new ReadableStream({
          start(controller) {
            const bytes = new TextEncoder().encode(text);
            // Small pieces for a small body (a character may be cut between two), large ones for a large body.
            const size = bytes.length < 10_000 ? 7 : 65_536;
            for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
            controller.close();
          },
        }),
        duplex: 'half',
        token: anne,
        key: randomUUID(),
      } as RequestInit & { duplex: 'half' });
    const one = record([{ purpose: 'x', state: 'given', at: ago(20) }]);
    const stored = await streamed('\uFEFF' + JSON.stringify(one));
    assert.equal(stored.status, 201, await stored.clone().text());
    assert.equal(((await stored.json()) as { recordId: string }).recordId, one.recordId);
    const big = await streamed(
      JSON.stringify(record([{ purpose: 'x', state: 'given', at: ago(20) }], { source: 'x'.repeat(300 * 1024) })),
    );
    assert.equal(big.status, 413);
    assert.equal(big.headers.get('connection'), 'close');
    const deep = await streamed('['.repeat(40) + ']'.repeat(40));
    assert.equal(deep.status, 400);
    assert.equal(await ctx.count('consent_records'), 1);
  });

  test('a recordId is never overwritten: reusing it under a new key is a 409', async () => {
    const body = record([{ purpose: 'x', state: 'given', at: ago(20) }]);
    assert.equal((await ctx.post('/consents', body, { token: anne })).status, 201);
    const dup = await ctx.post(
      '/consents',
      { ...body, decisions: [{ purpose: 'x', basis: 'consent', state: 'withdrawn', at: ago(19) }] },
      { token: anne },
    );
    assert.equal(dup.status, 409);
    assert.deepEqual(pointers(await problemOf(dup)), ['/recordId']);
  });
});

suite('oppositions and decisions', (ctx) => {
  test('an opposition is stored without any identifier, even from a signed-in person', async () => {
    const anne = await ctx.signIn('anne');
    const res = await ctx.post(
      '/oppositions',
      {
        opposed: true,
        source: 'user',
        at: '2025-05-01T12:00:00Z',
        locale: 'fr',
        site: 'https://assurances.example.com',
      },
      { token: anne },
    );
    assert.equal(res.status, 201);
    assert.deepEqual(await res.json(), { ok: true });
    const cols = await ctx.store.db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'oppositions' AND table_schema = current_schema() ORDER BY ordinal_position",
    );
    assert.deepEqual(
      cols.map((c) => c.column_name),
      // `office`: the broker office whose site received it (migrations/007), nobody's identifier.
      ['opposed', 'source', 'at', 'locale', 'site', 'office'],
    );
    const rows = await ctx.store.db.query<Record<string, unknown>>(
      'SELECT opposed, source, locale, site FROM oppositions',
    );
    assert.deepEqual(rows, [{ opposed: true, source: 'user', locale: 'fr', site: 'https://assurances.example.com' }]);
    const keys = await ctx.store.db.query<{ principal: string }>('SELECT principal FROM idempotency_keys');
    assert.deepEqual(
      keys.map((k) => k.principal),
      [''],
      'the idempotency key is tied to nobody',
    );
  });

  test('an opposition with an identifier (or any extra field) is refused, and one without a key too', async () => {
    const before = await ctx.count('oppositions');
    const res = await ctx.post('/oppositions', {
      opposed: true,
      source: 'gpc',
      at: '2025-05-01T12:00:00Z',
      visitorId: 'abc',
      ip: '10.0.0.1',
    });
    assert.equal(res.status, 422);
    assert.deepEqual(pointers(await problemOf(res)), ['/ip', '/visitorId']);
    assert.equal(
      (await ctx.post('/oppositions', { opposed: true, source: 'gpc', at: '2025-05-01T12:00:00Z' }, { key: false }))
        .status,
      400,
    );
    assert.equal(await ctx.count('oppositions'), before);
  });

  test('POST /decisions keeps a tree outcome once per key', async () => {
    const body = {
      treeId: 'broker-000',
      treeVersion: '1',
      answers: [{ question: 'who', option: 'natural' }],
      outcome: 'mandate-insured',
    };
    const first = await ctx.post('/decisions', body, { key: 'decision-1' });
    assert.equal(first.status, 201);
    const { id } = (await first.json()) as { id: string };
    const replay = await ctx.post('/decisions', body, { key: 'decision-1' });
    assert.deepEqual(await replay.json(), { id });
    assert.equal(await ctx.count('decisions'), 1);
    const bad = await ctx.post('/decisions', { treeId: 'x', answers: 'none' });
    assert.equal(bad.status, 422);
    assert.deepEqual(pointers(await problemOf(bad)), ['/answers', '/outcome', '/treeVersion']);
  });
});

suite('housekeeping', (ctx) => {
  test('idempotency keys older than a day and expired sessions are purged', async () => {
    const anne = await ctx.signIn('anne');
    await ctx.post('/decisions', { treeId: 't', treeVersion: '1', answers: [], outcome: 'o' }, { key: 'old-key' });
    assert.equal(await ctx.count('idempotency_keys', "key = 'old-key'"), 1);
    await ctx.store.purge(new Date(ctx.nowMs + 23 * 3600_000));
    assert.equal(await ctx.count('idempotency_keys', "key = 'old-key'"), 1);
    await ctx.store.purge(new Date(ctx.nowMs + 25 * 3600_000));
    assert.equal(await ctx.count('idempotency_keys', "key = 'old-key'"), 0);
    assert.equal(await ctx.count('sessions'), 0, 'the 8-hour session is gone too');
    assert.ok(anne);
  });
});
