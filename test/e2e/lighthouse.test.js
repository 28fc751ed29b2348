// What Lighthouse judges on each demo page (issue 19), without Lighthouse (a minute a page):
// the page as `npm start` serves it, at a phone's size, loads with no layout shift (each
// element's room is kept before its code arrives), logs no error in the console (Chromium
// logs a refused request, a 401 or a 404, as one: best practices), sends its text compressed
// and its hashed chunks cacheable for a year, and loads the code of no element it does not show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startDemo, DEMO_PAGES } from './support.js';

let browser, demo;
before(async () => {
  [browser, demo] = await Promise.all([launch(), startDemo()]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** Lighthouse's phone (a Moto G Power): its screen, its pixel ratio, touch. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** The elements each page shows (signed out, as Lighthouse sees it): no other element is loaded. */
const TAGS = [
  'delegation-tree',
  'mandate-form',
  'signature-pad',
  'consent',
  'cookie-opposition',
  'access-grants',
  'my-data',
  'broker-desk',
  'studio',
].map((t) => `procura-${t}`);
const SHOWN = {
  'index.html': ['cookie-opposition'],
  // The form draws the parties' signature pads inside its own first screen.
  'mandate.html': ['cookie-opposition', 'delegation-tree', 'mandate-form', 'signature-pad'],
  'quote.html': ['cookie-opposition', 'consent'],
  'client-space.html': ['cookie-opposition'],
  'desk.html': ['cookie-opposition'],
  'privacy.html': ['cookie-opposition'],
  'cms.html': ['cookie-opposition', 'delegation-tree', 'consent', 'signature-pad'],
};

/** Loads `path` on a fresh phone, waits until every element on it has drawn, and reports what Lighthouse would see. */
async function visit(path) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(() => {
    // The procura elements not yet defined or not yet drawn (their shadow root still empty).
    window.notDrawn = () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('procura-'))
        .filter((el) => !(customElements.get(el.localName) && el.shadowRoot?.childElementCount > 0))
        .map((el) => el.localName);
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (!e.hadRecentInput)
          window.__shifts.push({
            value: e.value,
            nodes: e.sources.map((s) => s.node?.localName ?? s.node?.nodeName ?? '?').join(' '),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  const responses = [];
  page.on('response', (r) => {
    if (new URL(r.url()).origin === demo.url)
      responses.push(
        r.allHeaders().then((headers) => ({ path: new URL(r.url()).pathname, status: r.status(), headers })),
      );
  });
  await page.goto(`${demo.url}/${path}`);
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => notDrawn().length === 0, undefined, { timeout: 90_000 })
    .catch(async () => {
      assert.fail(
        `not drawn on ${path}: ${await page.evaluate(() => notDrawn())} (errors: ${errors.join('; ')}; shifts: ${JSON.stringify(await page.evaluate(() => window.__shifts))})`,
      );
    });
  // Two frames: a shift caused by the last render is reported after it is painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await page.evaluate(() => window.__shifts);
  const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
  await context.close();
  return { shifts, errors, responses: await Promise.all(responses), defined };
}

for (const path of DEMO_PAGES) {
  test(`${path} on a phone: no layout shift, no console error, compressed and cacheable, only its own elements`, async () => {
    const { shifts, errors, responses, defined } = await visit(path);
    const cls = shifts.reduce((n, s) => n + s.value, 0);
    assert.ok(cls < 0.01, `layout shift ${cls.toFixed(3)}: ${JSON.stringify(shifts)}`);
    assert.deepEqual(errors, []);
    for (const r of responses) assert.ok(r.status < 400, `${r.status} ${r.path}`);
    assert.deepEqual(defined.sort(), SHOWN[path].map((t) => `procura-${t}`).sort(), 'the elements loaded');
    for (const { path: file, headers } of responses) {
      // (/analytics/ is the stand-in for the broker's Matomo, a server of its own in a real site.)
      if (
        /\.(js|css|html)$/.test(file) &&
        !file.startsWith('/analytics/') &&
        Number(headers['content-length'] ?? 2000) > 1024
      )
        assert.match(headers['content-encoding'] ?? '', /^(br|gzip)$/, `${file} sent uncompressed`);
      if (/\/(assets|chunks)\/[^/]+-[\w-]{8}\.js$/.test(file))
        assert.match(headers['cache-control'] ?? '', /max-age=31536000/, `${file} cached briefly`);
    }
  });
}

// Lighthouse's total blocking time counts the page's first task: every module of its static graph is
// evaluated there, and every element it defines is upgraded and drawn there. What is below a phone's
// first screen (the footer's cookie-opposition switch, the mandate page's forms) is defined after the
// first paint (demo/after-paint.ts), so no page's entry imports it statically.
test('no page evaluates the footer switch or the mandate form in its first task (its static module graph)', async () => {
  for (const path of DEMO_PAGES) {
    const html = await (await fetch(`${demo.url}/${path}`)).text();
    const graph = [
      ...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*?(?:src|href)="([^"]+)"/g),
    ].map((m) => m[1]);
    if (path === 'cms.html') continue; // the drop-in's autoloader: only its own small entry is static
    assert.ok(graph.length > 0, `${path}: no module script found`);
    const eager = graph.filter((f) => /\/(cookie-opposition|mandate-form)[^/]*\.js$/.test(f));
    assert.deepEqual(eager, [], `${path} evaluates below-the-fold elements in its first task`);
    // Nor bundled into a chunk of that graph: no registration of either element's tag there.
    for (const file of graph) {
      const code = await (await fetch(new URL(file, `${demo.url}/${path}`))).text();
      assert.doesNotMatch(code, /[`'"]procura-(cookie-opposition|mandate-form)[`'"],/, `${path}: ${file} defines it`);
    }
  }
});
