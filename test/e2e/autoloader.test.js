// The autoloader (dist/autoloader.js) as a CMS page meets it: the drop-in build copied to
// /kit/, served by a plain node static server with the strict policy of demo/static/cms.html
// (no inline script or style, Trusted Types required) sent as a header. A page with only
// <procura-consent> loads only the consent element's code (counted from the requests
// Chromium makes); an element added later, in the document or in an element's open shadow
// root, is upgraded; no policy violation anywhere. The all-in-one dist/procura.js is
// measured on the same page for comparison.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { launch } from './support.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
const page = (script, body) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page CMS</title><script type="module" src="/kit/${script}"></script></head><body><main>${body}</main></body></html>`;
const CONSENT = `<procura-consent id="c" preset="insurance-prospection">
  <script type="application/json">{ "controller": { "name": "Courtier Demo SRL", "address": "rue de l’Exemple 1, 1000 Bruxelles", "contact": "vie-privee@courtier.example" }, "policyUrl": "/privacy.html", "noticeVersion": "2025-01" }</script>
</procura-consent>`;
const PAGES = {
  '/consent-autoloader.html': page('autoloader.js', CONSENT),
  '/consent-all.html': page('procura.js', CONSENT),
  '/empty-autoloader.html': page('autoloader.js', '<p>Rien encore.</p>'),
};

let dir, kit, server, browser, url;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'procura-autoloader-'));
  kit = join(dir, 'kit');
  // The drop-in build as `npm run build` makes it (vite.config.ts, mode bundle), into a folder of its own.
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--mode',
      'bundle',
      '--logLevel',
      'error',
      '--outDir',
      kit,
      '--emptyOutDir',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (PAGES[path])
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP })
        .end(PAGES[path]);
    const file = normalize(join(dir, path));
    if (!file.startsWith(kit) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.ttf')
        ? 'font/ttf'
        : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'content-security-policy': CSP }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page, counting its scripts (URL and bytes) and anything the policy refused. */
async function open(path) {
  const p = await browser.newPage();
  const scripts = [];
  const problems = [];
  p.on('response', (r) => {
    if (!r.url().endsWith('.js')) return;
    const entry = { url: new URL(r.url()).pathname, bytes: 0 };
    scripts.push(entry);
    r.body().then(
      (b) => (entry.bytes = b.length),
      () => {},
    ); // a page closed meanwhile: not counted
  });
  p.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Trusted Type/i.test(m.text())) problems.push(m.text());
  });
  p.on('pageerror', (e) => problems.push(e.message));
  await p.goto(url + path);
  return { p, scripts, problems };
}

const rendered = (p, selector) =>
  p.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return !!el && customElements.get(el.localName) && (el.shadowRoot?.textContent ?? '').trim().length > 0;
  }, selector);
const total = (scripts) => scripts.reduce((n, s) => n + s.bytes, 0);
const OTHERS = /delegation-tree|mandate-form|access-grants|cookie-opposition|signature|pdf|fontkit|review/;

test(
  'a page with only <procura-consent> loads only the consent element’s code, under the strict policy',
  { timeout: 60_000 },
  async () => {
    const auto = await open('/consent-autoloader.html');
    const all = await open('/consent-all.html');
    try {
      await rendered(auto.p, '#c');
      await rendered(all.p, '#c');
      await auto.p.waitForLoadState('networkidle');
      await all.p.waitForLoadState('networkidle');
      const defined = await auto.p.evaluate(() =>
        [
          'procura-consent',
          'procura-delegation-tree',
          'procura-mandate-form',
          'procura-signature-pad',
          'procura-cookie-opposition',
          'procura-access-grants',
        ].filter((t) => customElements.get(t)),
      );
      assert.deepEqual(defined, ['procura-consent'], 'only the element on the page is registered');
      const names = auto.scripts.map((s) => s.url);
      assert.ok(names.includes('/kit/autoloader.js'));
      assert.ok(
        names.some((n) => /^\/kit\/chunks\/consent-/.test(n)),
        names.join(', '),
      );
      assert.deepEqual(
        names.filter((n) => OTHERS.test(n)),
        [],
        'no other element’s code',
      );
      assert.deepEqual(auto.problems, []);
      assert.deepEqual(all.problems, []);
      const a = total(auto.scripts);
      const b = total(all.scripts);
      console.log(
        `# consent-only page: autoloader ${auto.scripts.length} scripts, ${(a / 1024).toFixed(1)} KB; all-in-one ${all.scripts.length} scripts, ${(b / 1024).toFixed(1)} KB`,
      );
      assert.ok(a < b, `the autoloader loads less (${a} bytes) than the all-in-one (${b} bytes)`);
    } finally {
      await auto.p.close();
      await all.p.close();
    }
  },
);

test(
  'elements added later are upgraded: in the document, nested, and inside an element’s open shadow root',
  { timeout: 60_000 },
  async () => {
    const { p, scripts, problems } = await open('/empty-autoloader.html');
    try {
      await p.waitForLoadState('networkidle');
      const loaded = scripts.map((s) => s.url);
      assert.ok(loaded.includes('/kit/autoloader.js'));
      assert.deepEqual(
        loaded.filter((n) => OTHERS.test(n) || /consent/.test(n)),
        [],
        'no element’s code on a page without elements',
      );
      // A CMS block inserted after load, the element nested in it (no innerHTML: Trusted Types are required).
      await p.evaluate(() => {
        const block = document.createElement('section');
        const el = document.createElement('procura-cookie-opposition');
        el.id = 'later';
        el.setAttribute('compact', '');
        block.append(el);
        document.querySelector('main').append(block);
      });
      await rendered(p, '#later');
      assert.ok(scripts.some((s) => /^\/kit\/chunks\/cookie-opposition-/.test(s.url)));
      assert.ok(!scripts.some((s) => /mandate-form|access-grants|pdf|fontkit/.test(s.url)));
      // Inside the open shadow root of an element the autoloader registered.
      await p.evaluate(() => {
        const pad = document.createElement('procura-signature-pad');
        pad.id = 'inner';
        document.querySelector('#later').shadowRoot.append(pad);
      });
      await p.waitForFunction(() => {
        const pad = document.querySelector('#later').shadowRoot.querySelector('#inner');
        return (
          !!customElements.get('procura-signature-pad') &&
          pad instanceof customElements.get('procura-signature-pad') &&
          !!pad.shadowRoot?.querySelector('[part~="signature-canvas"], button')
        );
      });
      assert.deepEqual(problems, []);
    } finally {
      await p.close();
    }
  },
);
