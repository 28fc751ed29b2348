import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, problemOf, Ctx, BACKENDS } from './helpers.js';
import { at } from '../../test/support/at.js';

suite('health and sessions', (ctx) => {
  test('GET /health names the store', async () => {
    const res = await ctx.fetch('/health');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {
      status: 'ok',
      store: ctx.backend.name === 'pglite' ? 'pglite' : 'pg',
      demo: true,
    });
  });

  test('GET /demo/users lists the eight demo people with stable ids (lucas, pieter and sofie: issue 16 offices)', async () => {
    const res = await ctx.fetch('/demo/users');
    const { users } = (await res.json()) as { users: { id: string; role: string; displayName: string }[] };
    assert.deepEqual(
      users.map((u) => u.id),
      ['anne', 'jan', 'acme', 'bram', 'claire', 'lucas', 'pieter', 'sofie'],
    );
    assert.equal(users.find((u) => u.id === 'claire')?.role, 'broker');
    assert.equal(users.find((u) => u.id === 'acme')?.displayName, 'ACME SA');
  });

  test('POST /session sets an HttpOnly SameSite=Lax cookie that identifies the person', async () => {
    const res = await ctx.post('/session', { user: 'anne', token: true });
    assert.equal(res.status, 201);
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^procura_session=[\w-]+;/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\//);
    const body = (await res.json()) as { user: { id: string }; token: string };
    assert.equal(body.user.id, 'anne');
    const who = await ctx.fetch('/session', { headers: { cookie: at(cookie.split(';'), 0) } });
    assert.equal(((await who.json()) as { user: { id: string } }).user.id, 'anne');
    const viaBearer = await ctx.fetch('/session', { token: body.token });
    assert.equal(((await viaBearer.json()) as { user: { id: string } }).user.id, 'anne');
  });

  test('GET /session tells who the backend knows, by cookie or by token, never cached', async () => {
    const nobody = await ctx.fetch('/session');
    assert.equal(nobody.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await nobody.json(), { user: null });
    const signIn = await ctx.post('/session', { user: 'anne', token: true });
    const cookie = at((signIn.headers.get('set-cookie') ?? '').split(';'), 0);
    const { token } = (await signIn.json()) as { token: string };
    const expected = {
      id: 'anne',
      role: 'client',
      displayName: 'Anne Dupont',
      email: 'anne.dupont@example.com',
      kind: 'natural',
      clientRef: 'C-100231',
      givenName: 'Anne',
      familyName: 'Dupont',
      birthDate: '1968-03-14',
      phone: '+32 470 12 34 56',
    };
    for (const headers of [{ cookie }, { authorization: `Bearer ${token}` }] as Record<string, string>[]) {
      const res = await ctx.fetch('/session', { headers });
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.deepEqual(await res.json(), { user: expected });
    }
    const acme = (await (await ctx.fetch('/session', { token: await ctx.signIn('acme') })).json()) as {
      user: Record<string, unknown>;
    };
    assert.deepEqual(
      [acme.user.kind, acme.user.legalName, acme.user.enterpriseNumber, acme.user.seat, acme.user.representative],
      [
        'legal',
        'ACME SA',
        '0123.456.749',
        'Rue de la Loi 16, 1000 Bruxelles',
        { givenName: 'Marie', familyName: 'Lambert', capacity: 'gérante' },
      ],
    );
  });

  test('birth date and phone are told to the person only, never in the demo users list', async () => {
    const { users } = (await (await ctx.fetch('/demo/users')).json()) as { users: Record<string, unknown>[] };
    const anne = users.find((u) => u.id === 'anne')!;
    assert.equal(anne.email, 'anne.dupont@example.com');
    for (const u of users) assert.deepEqual([u.birthDate, u.phone], [undefined, undefined], String(u.id));
    const { user } = (await (await ctx.fetch('/session', { token: await ctx.signIn('jan') })).json()) as {
      user: Record<string, unknown>;
    };
    assert.equal(user.birthDate, '1991-11-02');
    assert.equal(user.phone, undefined, 'a phone the directory does not know is not invented');
  });

  test('without a configured sign-in address, GET /session names none', async () => {
    assert.equal(((await (await ctx.fetch('/session')).json()) as { signInUrl?: string }).signInUrl, undefined);
  });

  test('the database keeps only a hash of the token', async () => {
    const before = await ctx.count('sessions', "user_id = 'jan'");
    const token = await ctx.signIn('jan');
    assert.equal(await ctx.count('sessions', 'token_hash = $1', [token]), 0);
    assert.equal(await ctx.count('sessions', "user_id = 'jan'"), before + 1);
  });

  test('DELETE /session signs out', async () => {
    const token = await ctx.signIn('bram');
    const res = await ctx.fetch('/session', { method: 'DELETE', token });
    assert.equal(res.status, 204);
    const who = await ctx.fetch('/session', { token });
    assert.deepEqual(await who.json(), { user: null });
    assert.equal((await ctx.fetch('/grants', { token })).status, 401);
  });

  test('an unknown demo user or a malformed body is a 400 problem', async () => {
    const p = await problemOf(await ctx.post('/session', { user: 'mallory' }));
    assert.equal(p.status, 400);
    assert.deepEqual(
      p.errors?.map((e) => e.pointer),
      ['/user'],
    );
    const bad = await ctx.post('/session', '{"user": ');
    assert.equal(bad.status, 400);
    assert.match((await problemOf(bad)).detail ?? '', /not valid JSON/);
  });

  test('an unknown route is a 404 problem', async () => {
    const res = await ctx.fetch('/nothing-here');
    assert.equal(res.status, 404);
    assert.equal((await problemOf(res)).status, 404);
  });

  test('CORS: any localhost origin in demo mode, with credentials; others get no CORS headers', async () => {
    const pre = await ctx.fetch('/consents', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:6006',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'idempotency-key,content-type',
      },
    });
    assert.equal(pre.headers.get('access-control-allow-origin'), 'http://localhost:6006');
    assert.equal(pre.headers.get('access-control-allow-credentials'), 'true');
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    const evil = await ctx.fetch('/session', { headers: { origin: 'https://evil.example' } });
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    assert.match(
      (await ctx.fetch('/session', { headers: { origin: 'http://127.0.0.1:8000' } })).headers.get(
        'access-control-expose-headers',
      ) ?? '',
      /Idempotent-Replayed/i,
    );
  });

  test('a cookie-authenticated POST from a foreign origin is refused (403)', async () => {
    const res = await ctx.post('/session', { user: 'anne' });
    const cookie = at((res.headers.get('set-cookie') ?? '').split(';'), 0);
    const grants = await ctx.fetch('/consents', {
      method: 'POST',
      headers: {
        cookie,
        origin: 'https://evil.example',
        'content-type': 'application/json',
        'idempotency-key': 'k-evil',
      },
      body: '{}',
    });
    assert.equal(grants.status, 403);
  });

  test('the request log holds method, route pattern, status and time, and nothing personal', async () => {
    const token = await ctx.signIn('anne');
    ctx.logs.length = 0;
    await ctx.fetch('/grants?status=active&limit=5', { token });
    await ctx.fetch('/grants/00000000-0000-4000-8000-000000000000', { token });
    assert.match(ctx.logs.join('\n'), /^GET \/api\/grants 200 \d+\.\dms$/m);
    assert.match(ctx.logs.join('\n'), /^GET \/api\/grants\/:id 404 \d+\.\dms$/m);
    const all = ctx.logs.join('\n');
    for (const secret of [token, 'status=active', '00000000-0000-4000', 'anne', '@example.com'])
      assert.ok(!all.includes(secret), `log leaks ${secret}`);
  });
});

suite(
  'GET /session with a sign-in address',
  (ctx) => {
    test('it names where to sign in, whether or not someone is', async () => {
      assert.deepEqual(await (await ctx.fetch('/session')).json(), {
        user: null,
        signInUrl: 'https://example.com/login?next=%2Fespace',
      });
      const who = (await (await ctx.fetch('/session', { token: await ctx.signIn('bram') })).json()) as {
        user: { id: string };
        signInUrl: string;
      };
      assert.equal(who.user.id, 'bram');
      assert.equal(who.signInUrl, 'https://example.com/login?next=%2Fespace');
    });
  },
  { signInUrl: 'https://example.com/login?next=%2Fespace' },
);

// Outside demo mode the demo door is shut.
for (const backend of BACKENDS.slice(0, 1)) {
  const ctx = new Ctx(backend, { demo: false });
  test('without demo mode, /session sign-in, /demo/* and the analytics stand-in answer 404', async (t) => {
    await ctx.start();
    t.after(() => ctx.stop());
    assert.equal((await ctx.post('/session', { user: 'anne' })).status, 404);
    assert.equal((await ctx.fetch('/demo/users')).status, 404);
    assert.equal((await ctx.post('/demo/reset', {})).status, 404);
    assert.equal((await fetch(`${ctx.url}/analytics/tracker.js`)).status, 404);
    assert.equal((await ctx.fetch('/grants')).status, 401);
  });
}
