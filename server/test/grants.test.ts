import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { suite, problemOf } from './helpers.js';
import { at } from '../../test/support/at.js';
import { dataDigest } from '../chain.js';

interface G {
  id: string;
  status: string;
  direction?: string;
  documentUrl: string;
  documentSha256: string;
  service: string;
  scope: { contracts: string; contractIds?: string[] };
  requested?: { service: string; scope: { contracts: string } };
  revokedBy?: string;
  activatedAt?: string;
  events?: { type: string; actor: string; data?: Record<string, unknown> }[];
  chain?: { valid: boolean; length: number };
}

suite('grants and who may touch them', (ctx) => {
  let anne: string, jan: string, bram: string, claire: string;
  let grantId: string;
  beforeEach(async () => {
    await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
    [anne, jan, bram, claire] = await Promise.all([
      ctx.signIn('anne'),
      ctx.signIn('jan'),
      ctx.signIn('bram'),
      ctx.signIn('claire'),
    ]);
    ({ grantId } = await ctx.makeGrant(anne));
  });
  const list = async (token: string, query = '') =>
    (await (await ctx.fetch(`/grants${query}`, { token })).json()) as { grants: G[]; nextCursor?: string };

  test('the grantor sees it as given, the mandatary named by e-mail as held, with an absolute document URL', async () => {
    const given = (await list(anne)).grants;
    assert.deepEqual(
      given.map((g) => [g.id, g.direction, g.status]),
      [[grantId, 'given', 'pending']],
    );
    assert.equal(at(given, 0).documentUrl, `/api/grants/${grantId}/document`);
    assert.match(at(given, 0).documentSha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(
      (await list(bram)).grants.map((g) => [g.id, g.direction]),
      [[grantId, 'held']],
    );
    assert.equal((await ctx.fetch(`/grants/${grantId}/document`, { token: bram })).status, 200);
  });

  test('a signed form is served as a PDF a browser shows but never runs or sniffs: nosniff, framed by our pages only, no sandbox', async () => {
    const res = await ctx.fetch(`/grants/${grantId}/document`, { token: anne });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-disposition') ?? '', /^inline; filename="mandate-[\w-]+\.pdf"$/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors 'self'/);
    // Chromium's PDF viewer is blocked by either of these: the person could no longer read the form.
    assert.doesNotMatch(csp, /sandbox|default-src 'none'|object-src 'none'/);
    await res.arrayBuffer();
  });

  test("another client cannot see, read or revoke someone else's grant: 404 everywhere", async () => {
    assert.deepEqual((await list(jan)).grants, []);
    for (const [method, path] of [
      ['GET', `/grants/${grantId}`],
      ['GET', `/grants/${grantId}/document`],
      ['POST', `/grants/${grantId}/revoke`],
    ] as const) {
      const res = await ctx.fetch(path, { method, token: jan });
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.equal((await problemOf(res)).status, 404);
    }
    assert.equal((await ctx.fetch('/grants/not-a-uuid', { token: jan })).status, 404);
    assert.equal((await ctx.fetch(`/grants/${grantId}`)).status, 401);
    assert.equal((await ctx.fetch(`/grants/${grantId}/document`)).status, 401);
  });

  test('the mandatary may not revoke (403), nor activate; a client may not activate (403)', async () => {
    assert.equal((await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: bram })).status, 403);
    assert.equal((await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: bram })).status, 403);
    assert.equal((await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: anne })).status, 403);
    assert.equal((await ctx.post(`/grants/${grantId}/refuse`, { reason: 'non' }, { token: anne })).status, 403);
    assert.equal(at((await list(anne)).grants, 0).status, 'pending');
  });

  test('the grantor revokes once; a second revoke is a 409', async () => {
    const res = await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: anne });
    assert.equal(res.status, 200);
    const g = (await res.json()) as G;
    assert.equal(g.status, 'revoked');
    assert.equal(g.revokedBy, 'grantor');
    const again = await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: anne });
    assert.equal(again.status, 409);
    assert.equal(at((await list(bram)).grants, 0).status, 'revoked');
  });

  test('the broker lists all, activates, changes the access in force (requested vs granted) and revokes', async () => {
    const { grantId: other } = await ctx.makeGrant(jan, {
      grantor: { kind: 'natural', givenName: 'Jan', familyName: 'Peeters', email: 'jan.peeters@example.com' },
    });
    assert.deepEqual((await list(claire)).grants.map((g) => g.id).sort(), [grantId, other].sort());
    const act = await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    assert.equal(act.status, 200);
    assert.ok(((await act.json()) as G).activatedAt);
    assert.equal((await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire })).status, 409);
    const bad = await ctx.post(`/grants/${grantId}/scope`, { scope: { contracts: 'listed' } }, { token: claire });
    assert.equal(bad.status, 422);
    assert.deepEqual(
      (await problemOf(bad)).errors?.map((e) => e.pointer),
      ['/scope/contractIds'],
    );
    const changed = await ctx.post(
      `/grants/${grantId}/scope`,
      { scope: { contracts: 'one', contractIds: ['P-1'] }, validUntil: '2099-12-31', note: 'Seul le contrat P-1.' },
      { token: claire },
    );
    assert.equal(changed.status, 200);
    const seen = at((await list(anne)).grants, 0);
    assert.deepEqual(seen.scope, { contracts: 'one', contractIds: ['P-1'] });
    assert.deepEqual(seen.requested?.scope, { contracts: 'all', includeFuture: true });
    const detail = (await (await ctx.fetch(`/grants/${grantId}`, { token: anne })).json()) as G;
    assert.deepEqual(
      detail.events?.map((e) => [e.type, e.actor, e.data?.staff]),
      [
        ['created', 'grantor', undefined],
        ['activated', 'broker', 'claire'],
        ['changed', 'broker', 'claire'],
      ],
      'each broker action names the staff member who did it',
    );
    assert.deepEqual(detail.chain, { valid: true, length: 3 });
    assert.equal(detail.events?.at(-1)?.data?.note, 'Seul le contrat P-1.', 'the broker’s reason, in the trail');
    const rev = (await (await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: claire })).json()) as G;
    assert.equal(rev.revokedBy, 'broker');
    const revoked = (await (await ctx.fetch(`/grants/${grantId}`, { token: anne })).json()) as G;
    assert.deepEqual(revoked.events?.at(-1)?.data, {
      by: 'broker',
      before: { status: 'active' },
      after: { status: 'revoked' },
      staff: 'claire',
    });
  });

  test('the broker refuses a pending mandate with a reason, kept in the trail', async () => {
    assert.equal((await ctx.post(`/grants/${grantId}/refuse`, {}, { token: claire })).status, 422);
    const res = await ctx.post(`/grants/${grantId}/refuse`, { reason: 'Signature illisible' }, { token: claire });
    assert.equal(res.status, 200);
    const detail = (await (await ctx.fetch(`/grants/${grantId}`, { token: anne })).json()) as G;
    assert.equal(detail.status, 'refused');
    // The first form { reason } is kept as the desk's { code: 'other', note } (desk-spec §2); the staff member is named.
    assert.deepEqual(detail.events?.at(-1)?.data, { code: 'other', note: 'Signature illisible', staff: 'claire' });
    assert.equal((await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: anne })).status, 409);
  });

  test('revoke honours Idempotency-Key: a retry replays the first answer instead of a 409', async () => {
    const first = await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: anne, key: 'revoke-1' });
    const retry = await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: anne, key: 'revoke-1' });
    assert.equal(first.status, 200);
    assert.equal(retry.status, 200);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(await ctx.count('grant_events', "type = 'revoked'"), 1);
  });

  test('status filter, limit and cursor; bad values are 400 problems', async () => {
    await ctx.makeGrant(anne, { service: 'Sinistres' });
    await ctx.makeGrant(anne, { service: 'Pensions' });
    await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    assert.deepEqual(
      (await list(anne, '?status=active')).grants.map((g) => g.id),
      [grantId],
    );
    const page1 = await list(anne, '?limit=2');
    assert.deepEqual(
      page1.grants.map((g) => g.service),
      ['Pensions', 'Sinistres'],
    );
    assert.ok(page1.nextCursor);
    const page2 = await list(anne, `?limit=2&cursor=${page1.nextCursor}`);
    assert.deepEqual(
      page2.grants.map((g) => g.id),
      [grantId],
    );
    assert.equal(page2.nextCursor, undefined);
    for (const q of ['?status=lost', '?limit=0', '?limit=10001', '?limit=abc', '?cursor=zzz'])
      assert.equal((await ctx.fetch(`/grants${q}`, { token: anne })).status, 400, q);
  });

  test('a grant in the list is the same object as GET /grants/{id} gives (for the grantor, the mandatary, the broker)', async () => {
    await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    await ctx.post(
      `/grants/${grantId}/scope`,
      { scope: { contracts: 'listed', contractIds: ['P-1', 'P-2'] }, service: 'Sinistres', validUntil: '2099-01-31' },
      { token: claire },
    );
    await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: anne });
    for (const token of [anne, bram, claire]) {
      const [listed] = (await list(token)).grants;
      const single = (await (await ctx.fetch(`/grants/${grantId}`, { token })).json()) as G & Record<string, unknown>;
      delete single.events;
      delete single.chain;
      delete single.verification;
      assert.deepEqual(listed, single);
    }
    const asAnne = at((await list(anne)).grants as (G & Record<string, unknown>)[], 0);
    for (const field of [
      'activatedAt',
      'revokedAt',
      'revokedBy',
      'validUntil',
      'requested',
      'relation',
      'grantor',
      'createdAt',
    ])
      assert.ok(field in asAnne, field);
    assert.equal(asAnne.direction, 'given');
    assert.equal('direction' in at((await list(claire)).grants, 0), false);
  });

  test('10,000 seeded grants: the default page holds 1000, the cursor walks them all', async () => {
    const seeded = await ctx.post('/demo/seed-grants', { count: 10_000, user: 'jan' }, { token: claire });
    assert.equal(seeded.status, 201);
    const first = await list(jan);
    assert.equal(first.grants.length, 1000);
    assert.ok(first.grants.every((g) => g.direction === 'given'));
    let seen = first.grants.length;
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await list(jan, `?limit=5000&cursor=${cursor}`);
      seen += page.grants.length;
      cursor = page.nextCursor;
    }
    assert.equal(seen, 10_000);
    assert.equal((await list(jan, '?limit=10000')).grants.length, 10_000);
    const one = at(first.grants, 0);
    const detail = (await (await ctx.fetch(`/grants/${one.id}`, { token: jan })).json()) as G;
    assert.equal(detail.chain?.valid, true);
    assert.deepEqual(
      (await list(anne)).grants.map((g) => g.id),
      [grantId],
      "jan's grants stay his",
    );
  });

  test('seeded grants are chained like the routes’ ones: each event salted, its digest kept, the trail verifies', async () => {
    assert.equal((await ctx.post('/demo/seed-grants', { count: 10, user: 'jan' }, { token: claire })).status, 201);
    const rows = await ctx.store.db.query<{
      salt: string | null;
      data: Record<string, unknown> | null;
      data_sha256: string | null;
    }>(
      `SELECT e.salt, e.data, e.data_sha256 FROM grant_events e JOIN grants g ON g.id = e.grant_id WHERE g.grantor_user = 'jan'`,
    );
    assert.equal(rows.length, 19, 'ten created, nine activated');
    for (const r of rows) {
      assert.match(r.salt ?? '', /^[0-9a-f]{32}$/, 'a salt of its own');
      assert.equal(r.data_sha256, dataDigest(r.salt!, r.data), 'the digest an erasure would keep');
    }
    assert.equal(new Set(rows.map((r) => r.salt)).size, rows.length, 'no two events share a salt');
    for (const g of (await list(jan)).grants) {
      const detail = (await (await ctx.fetch(`/grants/${g.id}`, { token: jan })).json()) as G;
      assert.equal(detail.chain?.valid, true, g.id);
    }
  });
});
