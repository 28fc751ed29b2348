// The package as an app meets it: `npm run build` and `npm pack` in a copy of the working
// tree, the tarball installed with npm in a new app in a temp folder, the app built with
// Vite and served, then a mandate for "Dvořák" made in Chromium. The PDF font must come
// from the package itself (a real TrueType file, not the app's index.html or a 404), and
// the PDF must keep the ř. Two pages: the app that bundles `import 'procura'`, and the
// drop-in bundle copied out of node_modules/procura/dist as a CMS would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, drawSignature, packKit } from './support.js';

const repo = resolve('.');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let dir, server, browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'procura-package-'));
  const tarball = await packKit(dir);

  // A new app: nothing of this repository but the tarball.
  const app = join(dir, 'app');
  mkdirSync(join(app, 'public'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'an-insurer-site', private: true, type: 'module' }));
  // The dependencies' tarballs are in npm's cache after `npm ci`; their metadata may not be.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
  const body = `<main>
    <procura-delegation-tree id="who" tree="broker-client-space"></procura-delegation-tree>
    <procura-mandate-form id="access-mandate" for="who" services="client-space"></procura-mandate-form>
  </main>`;
  const page = (script) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Assureur</title>${script}</head><body>${body}</body></html>`;
  writeFileSync(join(app, 'index.html'), page('<script type="module" src="./main.js"></script>'));
  writeFileSync(join(app, 'main.js'), `import 'procura';\n`);
  cpSync(join(app, 'node_modules/procura/dist'), join(app, 'public/kit'), { recursive: true, filter: (src) => !src.includes(`${join('dist', 'lib')}`) && !src.includes(join('dist', 'schemas')) });
  writeFileSync(join(app, 'cms.html'), page('<script type="module" src="/kit/procura.js"></script>'));
  // Both pages are built; `appType: 'mpa'` answers 404 for a missing file (not index.html).
  writeFileSync(join(app, 'vite.config.js'), `export default { appType: 'mpa', build: { rolldownOptions: { input: { main: 'index.html', cms: 'cms.html' } } } };\n`);
  run(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);

  const { preview } = await import('vite');
  server = await preview({ root: app, configFile: false, appType: 'mpa', logLevel: 'error', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.httpServer.close(r) : r()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const url = () => `http://127.0.0.1:${server.httpServer.address().port}`;

async function choose(page, label) {
  await page.locator('#who label', { hasText: label }).first().click();
  await page.locator('#who button[type=submit]').click();
}

const fill = async (page, values) => {
  for (const [name, value] of Object.entries(values)) await page.locator(`#access-mandate [name="${name}"]`).fill(value);
};

for (const [what, path, fontAt] of [
  ['an app that bundles the package', '/', /^\/assets\/DejaVuSans-[\w-]+\.ttf$/],
  ['the drop-in bundle copied out of the package', '/cms.html', /^\/kit\/assets\/DejaVuSans-[\w-]+\.ttf$/],
])
  test(`${what}: the PDF font comes from the package and the PDF keeps the ř of Dvořák`, { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const fonts = [];
    page.on('response', (r) => {
      if (/\.ttf(\?|$)/.test(r.url())) fonts.push(r);
    });
    try {
      await page.goto(url() + path);
      await choose(page, 'Une personne physique');
      await choose(page, 'Pour une autre personne que l’assuré');
      await page.locator('#who button', { hasText: 'Remplir le formulaire' }).click();
      await fill(page, { 'grantor.givenName': 'Antonín', 'grantor.familyName': 'Dvořák', 'grantor.birthDate': '1980-04-12', 'grantor.email': 'antonin.dvorak@example.com', 'scope.contractIds': 'AUTO-2024-0042' });
      await drawSignature(page, 'grantor');
      await page.locator('#access-mandate button[part~="next"]').click();
      await page.locator('#access-mandate button[part~="next"]', { hasText: 'Je suis le mandataire' }).click();
      await fill(page, { 'mandatary.givenName': 'Bram', 'mandatary.familyName': 'Janssens', 'mandatary.email': 'bram.janssens@example.com', 'mandatary.relation': 'comptable' });
      await drawSignature(page, 'mandatary');
      await page.locator('#access-mandate button[part~="next"]').click();

      // The review offers the PDF; it is made with the Unicode font, fetched from the package.
      const link = page.locator('#access-mandate [part~="document"]').first();
      await link.waitFor({ timeout: 30_000 });
      assert.equal(fonts.length, 1, `one font fetched: ${fonts.map((r) => r.url()).join(', ')}`);
      const [font] = fonts;
      assert.equal(font.status(), 200, font.url());
      assert.match(new URL(font.url()).pathname, fontAt, 'emitted by the app\'s build, or copied with the drop-in bundle');
      const bytes = await font.body();
      assert.deepEqual([...bytes.subarray(0, 4)], [0, 1, 0, 0], `${font.url()} is a TrueType font, not ${bytes.subarray(0, 40).toString('latin1')}`);
      assert.ok(bytes.length > 500_000, 'the whole DejaVu Sans');

      const href = await link.getAttribute('href');
      const pdf = Buffer.from(await page.evaluate(async (u) => [...new Uint8Array(await (await fetch(u)).arrayBuffer())], href));
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const file = join(dir, `mandate-${path === '/' ? 'app' : 'cms'}.pdf`);
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      assert.ok(text.includes('Dvořák'), `the PDF reads:\n${text.slice(0, 1500)}`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

test('the package ships the font beside the module that fetches it, and no URL into node_modules', () => {
  const dist = join(dir, 'app/node_modules/procura/dist');
  assert.ok(readdirSync(join(dist, 'lib/mandate-form')).includes('DejaVuSans.ttf'));
  assert.ok(readdirSync(join(dist, 'assets')).some((f) => /^DejaVuSans-.*\.ttf$/.test(f)));
  const offenders = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js') && /new URL\(\s*['"`][^'"`]*node_modules/.test(readFileSync(p, 'utf8'))) offenders.push(p);
    }
  };
  walk(dist);
  assert.deepEqual(offenders, []);
});
