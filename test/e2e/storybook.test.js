// Storybook builds offline, and each element's stories render in the built site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
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

/** The stories of the kit's elements (the docs pages aside), from the built index. */
async function elementStories() {
  const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
  return Object.values(index.entries).filter((e) => e.type === 'story' && e.title.startsWith('Elements/'));
}

const rendered = () =>
  [...document.querySelectorAll('#storybook-root *')].some(
    (el) => el.localName.startsWith('procura-') && el.shadowRoot?.childElementCount > 0,
  );

/** One story opened in `page`: its element rendered, then axe in each mode. Returns what went wrong. */
async function checkStory(page, story) {
  const problems = [];
  await page.emulateMedia(MODES[0].media);
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
  const shown = await page.waitForFunction(rendered, null, { timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  if (!shown) return [`${story.id}: no procura element rendered`];
  await page.waitForLoadState('networkidle');
  for (const mode of MODES) {
    await page.emulateMedia(mode.media);
    for (const v of await axe(page, '#storybook-root')) problems.push(`${story.id} [${mode.name}] ${v}`);
  }
  return problems;
}

// Each story is opened once: rendered without an error on the page, then axe in the three modes.
// Two pages share the list (the run's slowest test, about 45 stories).
test('every story renders its element without errors, and passes axe in light, dark and forced colours', async () => {
  const stories = await elementStories();
  assert.ok(stories.length >= 30, `only ${stories.length} stories`);
  const titles = new Set(stories.map((s) => s.title));
  // Each element's stories file is in the built site (six elements, and those added since).
  const files = (await readdir('stories')).filter((f) => f.endsWith('.stories.ts') && !f.startsWith('introduction'));
  assert.ok(files.length >= 6, files.join(', '));
  assert.equal(titles.size, files.length, [...titles].join(', '));
  const queue = [...stories];
  const failures = [];
  const worker = async () => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => failures.push(`${page.url()}: ${e.message}`));
    for (let story = queue.shift(); story; story = queue.shift()) failures.push(...(await checkStory(page, story)));
    await page.close();
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(failures, []);
});
