// Storybook builds offline, and each element's stories render in the built site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launch, axe } from './support.js';
import { MODES } from './axe-modes.js';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
let browser, server, base;

before(async () => {
  execFileSync(process.execPath, ['scripts/storybook.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join('storybook-static', path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('every story renders its element, without errors', async () => {
  const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.title.startsWith('Elements/'));
  assert.ok(stories.length >= 30, `only ${stories.length} stories`);
  const titles = new Set(stories.map((s) => s.title));
  assert.equal(titles.size, 6, [...titles].join(', '));
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  for (const story of stories) {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('#storybook-root *')].some(
            (el) => el.localName.startsWith('procura-') && el.shadowRoot?.childElementCount > 0,
          ),
        null,
        { timeout: 15_000 },
      )
      .catch(() => errors.push(`${story.id}: no procura element rendered`));
  }
  assert.deepEqual(errors, []);
});

test('every story passes axe in light, dark and forced colours', async () => {
  const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.title.startsWith('Elements/'));
  const page = await browser.newPage();
  const failures = [];
  for (const story of stories) {
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#storybook-root *')].some(
          (el) => el.localName.startsWith('procura-') && el.shadowRoot?.childElementCount > 0,
        ),
      null,
      { timeout: 15_000 },
    );
    await page.waitForLoadState('networkidle');
    for (const mode of MODES) {
      await page.emulateMedia(mode.media);
      for (const v of await axe(page, '#storybook-root')) failures.push(`${story.id} [${mode.name}] ${v}`);
    }
  }
  assert.deepEqual(failures, []);
});
