import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from './helpers.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'procura-static-'));
  await mkdir(join(dir, 'docs'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  await writeFile(join(dir, 'docs', 'index.html'), '<!doctype html><title>docs</title>');
  await writeFile(join(dir, 'app.js'), 'export const x = 1;');
  await writeFile(join(dir, 'style.css'), 'body{}');
});
after(() => rm(dir, { recursive: true, force: true }));

suite(
  'static site and the analytics stand-in',
  (ctx) => {
    test('STATIC_DIR: index.html for folders, content types, no-cache for html, no escape from the folder', async () => {
      const home = await fetch(`${ctx.url}/`);
      assert.equal(home.status, 200);
      assert.equal(home.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(home.headers.get('cache-control'), 'no-cache');
      assert.match(await home.text(), /<title>home/);
      assert.match(await (await fetch(`${ctx.url}/docs/`)).text(), /<title>docs/);
      const redirect = await fetch(`${ctx.url}/docs`, { redirect: 'manual' });
      assert.equal(redirect.status, 301);
      assert.equal(redirect.headers.get('location'), '/docs/');
      const js = await fetch(`${ctx.url}/app.js`);
      assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.notEqual(js.headers.get('cache-control'), 'no-cache');
      assert.equal((await fetch(`${ctx.url}/style.css`)).headers.get('content-type'), 'text/css; charset=utf-8');
      assert.equal((await fetch(`${ctx.url}/%2e%2e/%2e%2e/etc/passwd`)).status, 404);
      assert.equal((await fetch(`${ctx.url}/missing.js`)).status, 404);
      assert.equal((await ctx.fetch('/health')).status, 200, 'the API still answers under /api');
    });

    test('the tracker script is served, and hits are counted, listed (path only) and cleared', async () => {
      const js = await fetch(`${ctx.url}/analytics/tracker.js`);
      assert.equal(js.status, 200);
      assert.match(js.headers.get('content-type') ?? '', /javascript/);
      const code = await js.text();
      for (const word of ['_paq', 'trackPageView', 'optUserOut', 'sendBeacon', '_pk_id'])
        assert.ok(code.includes(word), word);
      await fetch(`${ctx.url}/analytics/hits`, { method: 'DELETE' });
      const get = await fetch(
        `${ctx.url}/analytics/collect?idsite=1&rec=1&url=${encodeURIComponent('https://site.example/contact?email=x')}`,
      );
      assert.equal(get.status, 204);
      const beacon = await fetch(`${ctx.url}/analytics/collect`, {
        method: 'POST',
        body: 'idsite=1&rec=1&url=https%3A%2F%2Fsite.example%2Fa',
        headers: { 'content-type': 'text/plain' },
      });
      assert.equal(beacon.status, 204);
      const hits = (await (await fetch(`${ctx.url}/analytics/hits`)).json()) as {
        count: number;
        hits: { at: string; path: string }[];
      };
      assert.equal(hits.count, 2);
      assert.deepEqual(
        hits.hits.map((h) => h.path),
        ['/contact', '/a'],
      );
      assert.equal((await fetch(`${ctx.url}/analytics/hits`, { method: 'DELETE' })).status, 204);
      assert.equal(((await (await fetch(`${ctx.url}/analytics/hits`)).json()) as { count: number }).count, 0);
    });
  },
  {
    get staticDir() {
      return dir;
    },
  },
);
