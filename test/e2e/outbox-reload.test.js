// The outbox across page loads: a submission made while the backend is down is
// delivered after a reload, exactly once, even with two tabs open.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveSources } from './support.js';
import { startControlServer } from '../support/control-server.js';

let browser, site, backend;
before(async () => {
  [browser, site, backend] = await Promise.all([launch(), serveSources(), startControlServer()]);
});
after(async () => {
  await browser?.close();
  await site?.close();
  await backend?.close();
});
beforeEach(() => fetch(`${backend.url}/_control/reset`, { method: 'POST' }));

const control = (cmd) => fetch(`${backend.url}/_control/${cmd}`, { method: 'POST' });
const received = async (path) =>
  (await fetch(`${backend.url}/_control/received?path=${path}`, { method: 'POST' })).json();
const stored = async (path) => (await fetch(`${backend.url}/_control/stored?path=${path}`, { method: 'POST' })).json();

/** Polls the page until its outbox is empty (waitForFunction does not await promises). */
async function drained(page, ms = 15_000) {
  const end = Date.now() + ms;
  while ((await page.evaluate(() => window.kit.outbox.pending().then((p) => p.length))) > 0) {
    if (Date.now() > end) throw new Error('the outbox did not empty');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openPage(context) {
  const page = await context.newPage();
  await page.goto(`${site.url}/test/e2e/pages/outbox.html`);
  await page.waitForFunction(() => window.kitReady === true);
  return page;
}

test('a queued submission is delivered after a reload, exactly once', async () => {
  const context = await browser.newContext();
  const page = await openPage(context);
  await control('down');
  const result = await page.evaluate(
    (endpoint) =>
      window.kit.outbox.submit({
        kind: 'consent',
        source: 'e2e',
        endpoint,
        path: '/consents',
        json: { purpose: 'newsletter' },
      }),
    backend.url,
  );
  assert.equal(result.status, 'queued');
  await page.reload();
  await page.waitForFunction(() => window.kitReady === true);
  const waiting = await page.evaluate(() =>
    window.kit.outbox.pending().then((p) => p.map((r) => `${r.id} ${r.kind} ${r.attempts}`)),
  );
  assert.equal(waiting.length, 1, `still waiting after the reload, once: ${waiting.join(' | ')}`);
  await control('up');
  await page.reload(); // the next page load delivers it
  await drained(page);
  // A page that unloads right after the backend answered may not have crossed the submission
  // off: the next page sends it again, with the same Idempotency-Key, and the backend keeps
  // it once. Delivery is at least once on the wire and exactly once in effect.
  const got = await received('/consents');
  assert.ok(got.length >= 1 && got.length <= 2, `${got.length} requests`);
  assert.ok(got.every((r) => r.headers['idempotency-key'] === result.id && r.body === '{"purpose":"newsletter"}'));
  assert.deepEqual(await stored('/consents'), [result.id]);
  await context.close();
});

test('two tabs coming back online deliver once between them', async () => {
  const context = await browser.newContext();
  const [a, b] = [await openPage(context), await openPage(context)];
  await control('down');
  const result = await a.evaluate(
    (endpoint) =>
      window.kit.outbox.submit({ kind: 'consent', source: 'e2e', endpoint, path: '/consents', json: { n: 2 } }),
    backend.url,
  );
  assert.equal(result.status, 'queued');
  await control('up');
  await Promise.all([a.evaluate(() => window.kit.outbox.flush()), b.evaluate(() => window.kit.outbox.flush())]);
  await drained(a);
  await drained(b);
  assert.equal((await received('/consents')).length, 1);
  assert.deepEqual(await stored('/consents'), [result.id]);
  await context.close();
});
