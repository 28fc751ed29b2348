/**
 * Security headers, the session cookie and token, and rate limits (issue 14, items 8 and 11).
 * Each test names the attack it shows refused.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, type Ctx } from './helpers.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; frame-src blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'";

const dir = mkdtempSync(join(tmpdir(), 'procura-headers-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>client space</title>');
writeFileSync(join(dir, 'app.js'), 'export const x = 1;');
after(() => rmSync(dir, { recursive: true, force: true }));

const oppositionBody = JSON.stringify({
  opposed: true,
  source: 'user',
  at: '2025-05-01T12:00:00Z',
  locale: 'fr',
  site: 'https://assurances.example.com',
});

/** A request from another loopback address (127.0.0.x), through a socket of its own. */
function fromAddress(
  ctx: Ctx,
  localAddress: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${ctx.url.replace('localhost', '127.0.0.1')}${path}`,
      { localAddress, headers, agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function assertRateLimited(res: Response) {
  assert.equal(res.status, 429);
  const retryAfter = Number(res.headers.get('retry-after'));
  assert.ok(
    Number.isInteger(retryAfter) && retryAfter >= 1,
    `Retry-After in whole seconds, got ${res.headers.get('retry-after')}`,
  );
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(((await res.json()) as { code: string }).code, 'rate-limited');
}

suite(
  'security: headers, session cookie and token',
  (ctx) => {
    test('a page on another site frames the client space: every page and API answer forbids framing', async () => {
      for (const path of ['/', '/app.js', '/api/session', '/api/grants', '/no-such-page', '/analytics/tracker.js']) {
        const res = await fetch(`${ctx.url}${path}`);
        await res.arrayBuffer();
        assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
        assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
      }
    });

    test('a script injected into a page cannot run or load from elsewhere: strict CSP with Trusted Types, and the other policy headers', async () => {
      for (const path of ['/', '/api/session']) {
        const res = await fetch(`${ctx.url}${path}`);
        await res.arrayBuffer();
        assert.equal(res.headers.get('content-security-policy'), CSP, path);
        assert.equal(res.headers.get('referrer-policy'), 'same-origin', path);
        assert.equal(
          res.headers.get('permissions-policy'),
          'camera=(), microphone=(), geolocation=(), payment=()',
          path,
        );
        assert.equal(res.headers.get('cross-origin-opener-policy'), 'same-origin', path);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      }
    });

    test('a script on the page reads the sign-in answer: no token in it unless a bearer token is asked for', async () => {
      const plain = await ctx.post('/session', { user: 'anne' });
      assert.equal(plain.status, 201);
      assert.match(plain.headers.get('set-cookie') ?? '', /HttpOnly/);
      const body = (await plain.json()) as { user: { id: string }; token?: string };
      assert.equal(body.user.id, 'anne');
      assert.equal(body.token, undefined);
      const asked = (await (await ctx.post('/session', { user: 'anne', token: true })).json()) as { token?: string };
      assert.match(asked.token ?? '', /^[\w-]{40,}$/);
      const byQuery = (await (await ctx.post('/session?token=1', { user: 'anne' })).json()) as { token?: string };
      assert.match(byQuery.token ?? '', /^[\w-]{40,}$/);
      const who = await ctx.fetch('/session', { token: asked.token });
      assert.equal(((await who.json()) as { user: { id: string } }).user.id, 'anne');
    });

    test('a forged X-Forwarded-Proto without TRUST_PROXY changes nothing: the cookie over plain HTTP is not claimed Secure', async () => {
      const res = await ctx.fetch('/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ user: 'anne' }),
      });
      assert.equal(res.status, 201);
      assert.doesNotMatch(res.headers.get('set-cookie') ?? '', /Secure/i);
    });

    test('the analytics stand-in is sent a huge body: 413 before it is read, whether announced or streamed', async () => {
      const big = 'x'.repeat(1024 * 1024);
      const announced = await fetch(`${ctx.url}/analytics/collect`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: big,
      });
      assert.equal(announced.status, 413);
      assert.equal(((await announced.json()) as { code: string }).code, 'too-large');
      const chunk = new TextEncoder().encode(big);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ >= 4) return controller.close();
          controller.enqueue(chunk);
        },
      });
      const streamed = await fetch(`${ctx.url}/analytics/collect`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      assert.equal(streamed.status, 413);
      const small = await fetch(`${ctx.url}/analytics/collect`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'url=http%3A%2F%2Fx%2Fpage',
      });
      assert.equal(small.status, 204);
    });
  },
  { staticDir: dir },
);

suite(
  'security: behind a TLS proxy (TRUST_PROXY)',
  (ctx) => {
    test('a session cookie behind a TLS proxy is Secure, so the browser never sends it over plain HTTP', async () => {
      const res = await ctx.fetch('/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.1' },
        body: JSON.stringify({ user: 'anne' }),
      });
      assert.equal(res.status, 201);
      assert.match(res.headers.get('set-cookie') ?? '', /;\s*Secure/i);
      const plain = await ctx.fetch('/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'http', 'x-forwarded-for': '203.0.113.2' },
        body: JSON.stringify({ user: 'anne' }),
      });
      assert.doesNotMatch(plain.headers.get('set-cookie') ?? '', /Secure/i);
    });

    test('a burst from one client behind the proxy gets 429; another client behind the same proxy is not affected', async () => {
      const as = (ip: string) => ({ headers: { 'x-forwarded-for': `198.51.100.9, ${ip}` } });
      for (let i = 0; i < 3; i++) assert.equal((await ctx.fetch('/session', as('203.0.113.50'))).status, 200);
      await assertRateLimited(await ctx.fetch('/session', as('203.0.113.50')));
      assert.equal((await ctx.fetch('/session', as('203.0.113.51'))).status, 200);
    });
  },
  { trustProxy: true, rateLimits: { perAddress: { burst: 3, perSecond: 0.01 }, perSession: false } },
);

suite(
  'security: rate limit per address',
  (ctx) => {
    test('a burst of anonymous writes from one address gets 429 with Retry-After and a rate-limited problem; another address is not affected', async () => {
      const oppose = () => ctx.post('/oppositions', oppositionBody);
      for (let i = 0; i < 4; i++) assert.equal((await oppose()).status, 201);
      await assertRateLimited(await oppose());
      // Rotating X-Forwarded-For does not make a new client when no proxy is trusted.
      for (const ip of ['203.0.113.7', '203.0.113.8'])
        await assertRateLimited(await ctx.fetch('/session', { headers: { 'x-forwarded-for': ip } }));
      const other = await fromAddress(ctx, '127.0.0.2', '/api/session');
      assert.equal(other.status, 200);
      // The 429 stays readable by the elements on another allowed origin (Retry-After exposed).
      const cross = await ctx.fetch('/session', { headers: { origin: 'http://localhost:5173' } });
      assert.equal(cross.status, 429);
      assert.equal(cross.headers.get('access-control-allow-origin'), 'http://localhost:5173');
      assert.match(cross.headers.get('access-control-expose-headers') ?? '', /Retry-After/i);
    });
  },
  { rateLimits: { perAddress: { burst: 4, perSecond: 0.01 }, perSession: false } },
);

suite(
  'security: rate limit per session',
  (ctx) => {
    test('a burst from one session gets 429 with Retry-After; another session from the same address is not affected', async () => {
      const anne = await ctx.signIn('anne');
      const jan = await ctx.signIn('jan');
      for (let i = 0; i < 3; i++) assert.equal((await ctx.fetch('/grants', { token: anne })).status, 200);
      await assertRateLimited(await ctx.fetch('/grants', { token: anne }));
      assert.equal((await ctx.fetch('/grants', { token: jan })).status, 200);
      assert.equal((await ctx.fetch('/session')).status, 200, 'nor is a visitor with no session');
    });
  },
  { rateLimits: { perSession: { burst: 3, perSecond: 0.01 } } },
);
