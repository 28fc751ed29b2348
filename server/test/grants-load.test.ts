/**
 * The grants list under load (issue 19): ETag and 304 for an unchanged page and document, the
 * keyset cursor walking 2,500 grants while others are added, and the indexes the list queries use.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './helpers.js';

interface Page {
  grants: { id: string }[];
  nextCursor?: string;
}

suite('grants list under load', (ctx) => {
  let anne: string, jan: string, claire: string;
  let grantId: string;
  before(async () => {
    claire = await ctx.signIn('claire');
    await ctx.post('/demo/reset', {}, { token: claire });
    [anne, jan] = await Promise.all([ctx.signIn('anne'), ctx.signIn('jan')]);
    ({ grantId } = await ctx.makeGrant(anne));
  });
  const get = (path: string, token: string, etag?: string) =>
    ctx.fetch(path, { token, headers: etag ? { 'if-none-match': etag } : {} });

  test('an unchanged list answers 304 to its ETag; a change, another person or another page gives another', async () => {
    const first = await get('/grants', anne);
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag') ?? '';
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(first.headers.get('cache-control'), 'private, no-cache');
    const ids = ((await first.json()) as Page).grants.map((g) => g.id);
    assert.deepEqual(ids, [grantId]);

    const again = await get('/grants', anne, etag);
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    assert.equal((await get('/grants', anne, `W/${etag}, "other"`)).status, 304, 'a weak or listed tag matches too');

    const otherPage = await get('/grants?limit=1', anne, etag);
    assert.equal(otherPage.status, 200, 'another query is another page');
    await otherPage.text();
    const bram = await ctx.signIn('bram');
    const held = await get('/grants', bram, etag);
    assert.equal(held.status, 200, "the mandatary's list is not the grantor's");
    await held.text();

    assert.equal((await ctx.post(`/grants/${grantId}/revoke`, {}, { token: anne })).status, 200);
    const changed = await get('/grants', anne, etag);
    assert.equal(changed.status, 200, 'a revoked grant changes the list');
    assert.notEqual(changed.headers.get('etag'), etag);
    const [after] = ((await changed.json()) as { grants: { status: string }[] }).grants;
    assert.equal(after?.status, 'revoked');
    assert.equal((await get('/grants', anne, changed.headers.get('etag') ?? '')).status, 304);
  });

  test('a page goes out whole, with its length and the CORS headers, not copied into a stream', async () => {
    const res = await ctx.fetch('/grants', {
      token: anne,
      headers: { origin: 'http://localhost:5173', 'accept-encoding': 'identity' },
    });
    assert.equal(res.status, 200);
    const body = await res.arrayBuffer();
    assert.equal(res.headers.get('content-length'), String(body.byteLength));
    assert.equal(res.headers.get('transfer-encoding'), null);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /ETag|X-Request-Id/i);
    assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/);
    assert.match(res.headers.get('vary') ?? '', /Origin/);
    const preflight = await ctx.fetch('/grants', {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.equal(preflight.headers.get('access-control-max-age'), '600');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
  });

  test('a document answers 304 to its ETag (the SHA-256 of the bytes served)', async () => {
    const res = await get(`/grants/${grantId}/document`, anne);
    assert.equal(res.status, 200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const etag = res.headers.get('etag') ?? '';
    assert.equal(etag, `"${res.headers.get('x-content-sha256')}"`);
    assert.equal(bytes.byteLength, Number(res.headers.get('content-length')));
    const again = await get(`/grants/${grantId}/document`, anne, etag);
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const stale = await get(`/grants/${grantId}/document`, anne, `"${'0'.repeat(64)}"`);
    assert.equal(stale.status, 200);
    assert.deepEqual(new Uint8Array(await stale.arrayBuffer()), bytes);
    assert.equal((await get(`/grants/${grantId}/document`, jan, etag)).status, 404, 'an ETag opens nothing');
  });

  test('the cursor walks 2,500 grants with no duplicate and no gap while more are added', async () => {
    assert.equal((await ctx.post('/demo/seed-grants', { count: 2500, user: 'jan' }, { token: claire })).status, 201);
    const all = ((await (await get('/grants?limit=10000', jan)).json()) as Page).grants.map((g) => g.id);
    assert.equal(all.length, 2500);
    const walked: string[] = [];
    const walk = async () => {
      let cursor: string | undefined = '';
      while (cursor !== undefined) {
        const res = await get(`/grants?limit=1000${cursor ? `&cursor=${cursor}` : ''}`, jan);
        const page = (await res.json()) as Page;
        walked.push(...page.grants.map((g) => g.id));
        cursor = page.nextCursor;
      }
    };
    const insert = async () => {
      for (let i = 0; i < 3; i++)
        assert.equal((await ctx.post('/demo/seed-grants', { count: 20, user: 'jan' }, { token: claire })).status, 201);
    };
    await Promise.all([walk(), insert()]);
    assert.equal(new Set(walked).size, walked.length, 'no grant twice');
    const seen = new Set(walked);
    assert.deepEqual(
      all.filter((id) => !seen.has(id)),
      [],
      'every grant there at the start is seen',
    );
    const now = ((await (await get('/grants?limit=10000', jan)).json()) as Page).grants.map((g) => g.id);
    assert.equal(now.length, 2560);
    assert.ok(
      walked.every((id) => now.includes(id)),
      'nothing but grants',
    );
  });

  test('each list query and ETag lookup has its index (PostgreSQL: EXPLAIN shows an index scan)', async () => {
    const indexes = await ctx.store.db.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'grants' AND schemaname = current_schema()`,
    );
    const names = indexes.map((i) => i.indexname);
    for (const name of [
      'grants_given',
      'grants_held',
      'grants_given_status',
      'grants_held_status',
      'grants_status',
      'grants_given_version',
      'grants_held_version',
      'grants_version',
    ])
      assert.ok(names.includes(name), name);
    if (ctx.backend.name !== 'postgres') return;
    await ctx.store.db.query('ANALYZE grants');
    // As list.ts asks them: within the office ($1, migrations/007 leads each index with it).
    const queries: [string, unknown[]][] = [
      ['SELECT id FROM grants WHERE office = $1 AND grantor_user = $2 ORDER BY seq DESC LIMIT 1001', ['main', 'jan']],
      [
        'SELECT id FROM grants WHERE office = $1 AND mandatary_key = $2 AND grantor_user <> $3 ORDER BY seq DESC LIMIT 1001',
        ['main', 'x', 'jan'],
      ],
      [
        'SELECT id FROM grants WHERE office = $1 AND grantor_user = $2 AND status = $3 ORDER BY seq DESC LIMIT 1001',
        ['main', 'jan', 'active'],
      ],
      [
        'SELECT id FROM grants WHERE office = $1 AND status = $2 AND seq < $3 ORDER BY seq DESC LIMIT 1001',
        ['main', 'active', 100],
      ],
      ['SELECT id FROM grants WHERE office = $1 AND seq < $2 ORDER BY seq DESC LIMIT 1001', ['main', 2000]],
      ['SELECT max(version) FROM grants WHERE office = $1 AND grantor_user = $2', ['main', 'jan']],
      ['SELECT max(version) FROM grants WHERE office = $1 AND mandatary_key = $2', ['main', 'x']],
      ['SELECT max(version) FROM grants WHERE office = $1', ['main']],
    ];
    for (const [sql, params] of queries) {
      const plan = (await ctx.store.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params))
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      assert.match(plan, /Index (Only )?Scan/, `${sql}\n${plan}`);
      assert.doesNotMatch(plan, /Seq Scan/, `${sql}\n${plan}`);
    }
  });
});
