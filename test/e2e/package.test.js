// The package as an app meets it: `npm run build` and `npm pack` in a copy of the working
// tree, the tarball installed with npm in a new app in a temp folder, the app built with
// Vite, its dist/ served by a plain static server (node's http and fs: a missing file is a
// 404, never index.html), then a mandate for "Bożena Dvořák" made in Chromium. The PDF font
// must come from the package itself (a real TrueType file, not a page or a 404), and
// pdftotext must read the name back intact. Three pages: the app that bundles
// `import 'procura'`; the drop-in bundle copied out of node_modules/procura/dist as a CMS
// would; and the drop-in with its assets on a "CDN" folder named by
// `<meta name="procura:base-path">`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { launch, drawSignature, packKit } from './support.js';

const repo = resolve('.');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let dir, server, browser, tarball;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'procura-package-'));
  tarball = await packKit(dir);

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
  const page = (script, head = '') =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Assureur</title>${head}${script}</head><body>${body}</body></html>`;
  writeFileSync(join(app, 'index.html'), page('<script type="module" src="./main.js"></script>'));
  writeFileSync(join(app, 'main.js'), `import 'procura';\n`);
  cpSync(join(app, 'node_modules/procura/dist'), join(app, 'public/kit'), {
    recursive: true,
    filter: (src) =>
      !src.includes(`${join('dist', 'lib')}`) &&
      !src.includes(join('dist', 'schemas')) &&
      !src.includes(join('dist', 'server')),
  });
  writeFileSync(join(app, 'cms.html'), page('<script type="module" src="/kit/procura.js"></script>'));
  // The same drop-in, its assets only on another path (a CDN), named by the page.
  cpSync(join(app, 'public/kit'), join(app, 'public/site-kit'), { recursive: true });
  rmSync(join(app, 'public/site-kit/assets'), { recursive: true, force: true });
  cpSync(join(app, 'node_modules/procura/dist/assets'), join(app, 'public/cdn/procura/0.2.0/assets'), {
    recursive: true,
  });
  writeFileSync(
    join(app, 'cdn.html'),
    page(
      '<script type="module" src="/site-kit/procura.js"></script>',
      '<meta name="procura:base-path" content="/cdn/procura/0.2.0/">',
    ),
  );
  writeFileSync(
    join(app, 'vite.config.js'),
    `export default { build: { rolldownOptions: { input: { main: 'index.html', cms: 'cms.html', cdn: 'cdn.html' } } } };\n`,
  );
  run(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);

  // A plain static server of the built dist/: the file or a 404.
  const root = join(app, 'dist');
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.ttf': 'font/ttf',
  };
  server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile())
      return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const url = () => `http://127.0.0.1:${server.address().port}`;

async function choose(page, label) {
  await page.locator('#who label', { hasText: label }).first().click();
  await page.locator('#who button[type=submit]').click();
}

const fill = async (page, values) => {
  for (const [name, value] of Object.entries(values))
    await page.locator(`#access-mandate [name="${name}"]`).fill(value);
};

for (const [what, path, fontAt] of [
  ['an app that bundles the package', '/', /^\/assets\/DejaVuSans-[\w-]+\.ttf$/],
  ['the drop-in bundle copied out of the package', '/cms.html', /^\/kit\/assets\/DejaVuSans\.ttf$/],
  [
    'the drop-in with its assets on a CDN path (procura:base-path)',
    '/cdn.html',
    /^\/cdn\/procura\/0\.2\.0\/assets\/DejaVuSans\.ttf$/,
  ],
])
  test(
    `${what}: the PDF font comes from the package and the PDF keeps "Bożena Dvořák"`,
    { timeout: 120_000 },
    async () => {
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
        await fill(page, {
          'grantor.givenName': 'Bożena',
          'grantor.familyName': 'Dvořák',
          'grantor.birthDate': '1980-04-12',
          'grantor.email': 'bozena.dvorak@example.com',
          'scope.contractIds': 'AUTO-2024-0042',
        });
        await drawSignature(page, 'grantor');
        await page.locator('#access-mandate button[part~="next"]').click();
        await page.locator('#access-mandate button[part~="next"]', { hasText: 'Je suis le mandataire' }).click();
        await fill(page, {
          'mandatary.givenName': 'Bram',
          'mandatary.familyName': 'Janssens',
          'mandatary.email': 'bram.janssens@example.com',
          'mandatary.relation': 'comptable',
        });
        await drawSignature(page, 'mandatary');
        await page.locator('#access-mandate button[part~="next"]').click();

        // The review offers the PDF; it is made with the Unicode font, fetched from the package.
        const link = page.locator('#access-mandate [part~="document"]').first();
        await link.waitFor({ timeout: 30_000 });
        assert.equal(fonts.length, 1, `one font fetched: ${fonts.map((r) => r.url()).join(', ')}`);
        const [font] = fonts;
        assert.equal(font.status(), 200, font.url());
        assert.match(
          new URL(font.url()).pathname,
          fontAt,
          "emitted by the app's build, or copied with the drop-in bundle",
        );
        const bytes = await font.body();
        assert.deepEqual(
          [...bytes.subarray(0, 4)],
          [0, 1, 0, 0],
          `${font.url()} is a TrueType font, not ${bytes.subarray(0, 40).toString('latin1')}`,
        );
        assert.ok(
          bytes.length > 50_000 && bytes.length < 120_000,
          'the Latin subset of DejaVu Sans (assets/DejaVuSans.ttf)',
        );

        const href = await link.getAttribute('href');
        const pdf = Buffer.from(
          await page.evaluate(async (u) => [...new Uint8Array(await (await fetch(u)).arrayBuffer())], href),
        );
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
        const file = join(dir, `mandate-${path.replace(/\W/g, '') || 'app'}.pdf`);
        writeFileSync(file, pdf);
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
        assert.ok(text.includes('Bożena Dvořák'), `the PDF reads:\n${text.slice(0, 1500)}`);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    },
  );

test('the package ships the font once, in dist/assets, and no URL into node_modules', () => {
  const dist = join(dir, 'app/node_modules/procura/dist');
  assert.deepEqual(readdirSync(join(dist, 'assets')).sort(), ['DejaVuSans-LICENSE.txt', 'DejaVuSans.ttf']);
  assert.ok(!readdirSync(join(dist, 'lib/mandate-form')).some((f) => f.endsWith('.ttf')));
  const offenders = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js') && /new URL\(\s*['"`][^'"`]*node_modules/.test(readFileSync(p, 'utf8')))
        offenders.push(p);
    }
  };
  walk(dist);
  assert.deepEqual(offenders, []);
});

test('the tarball is within its budgets (bench/budgets.json: package-packed, package-unpacked)', () => {
  const { budgets } = JSON.parse(readFileSync(join(repo, 'bench/budgets.json'), 'utf8'));
  const max = (id) => budgets.find((b) => b.id === id).max;
  // As npm counts them: the .tgz's bytes, and the sum of its files' sizes (`tar -tv`: mode, owner, size, …).
  const packed = statSync(tarball).size;
  const unpacked = run('tar', ['-tvzf', tarball], dir)
    .split('\n')
    .filter((line) => line.startsWith('-'))
    .reduce((n, line) => n + Number(line.trim().split(/\s+/)[2]), 0);
  assert.ok(unpacked > 1_000_000, `the listing was read (${unpacked} bytes)`);
  assert.ok(packed <= max('package-packed'), `${packed} bytes packed, budget ${max('package-packed')}`);
  assert.ok(unpacked <= max('package-unpacked'), `${unpacked} bytes unpacked, budget ${max('package-unpacked')}`);
});

test('every source map leads to TypeScript sources the package ships, and carries no copy of them', () => {
  const pkg = join(dir, 'app/node_modules/procura');
  const maps = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.js.map')) maps.push(join(d, e.name));
  };
  walk(join(pkg, 'dist'));
  assert.ok(maps.some((m) => m.includes(join('dist', 'chunks'))) && maps.some((m) => m.includes(join('dist', 'lib'))));
  const lost = [];
  for (const file of maps) {
    const map = JSON.parse(readFileSync(file, 'utf8'));
    const at = join(file, '..', map.sourceRoot ?? '');
    assert.equal(map.sourcesContent, undefined, `${file} holds no copy of the sources`);
    const js = readFileSync(file.slice(0, -'.map'.length), 'utf8');
    assert.match(js, /\/\/# sourceMappingURL=\S+\.js\.map\s*$/, `${file}'s script names it`);
    for (const s of map.sources.filter((s) => !s.includes('node_modules/'))) {
      const target = normalize(join(at, s));
      if (!target.startsWith(join(pkg, 'src') + '/') || !/\.ts$/.test(s) || !existsSync(target))
        lost.push(`${file}: ${s}`);
    }
  }
  assert.deepEqual(lost.slice(0, 5), []);
});
