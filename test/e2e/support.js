// Shared by the end-to-end tests: Chromium through playwright-core, and a Vite dev
// server that serves the kit's sources and the test pages.
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { ensureChromium, CHROMIUM_ARGS } from '../../scripts/chromium.js';

export async function launch() {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
    headless: true,
  });
}

/** Serves the repository root (sources and test pages) on a free loopback port. */
export async function serveSources() {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const { port } = server.httpServer.address();
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/**
 * `npm start` as a person would run it (build, then the reference server with the demo),
 * on a free port with an in-memory database. Resolves once the server says it listens.
 */
/** The demo site's pages with elements on them (the mailbox, a demo tool, has its own test). */
export const DEMO_PAGES = [
  'index.html',
  'mandate.html',
  'quote.html',
  'client-space.html',
  'desk.html',
  'privacy.html',
  'cms.html',
];

export async function startDemo(env = {}) {
  const { spawnServer } = await import('../../scripts/spawn-server.js');
  const { child, url } = spawnServer(['scripts/start.js'], {
    env: { PORT: '0', DATA_DIR: 'memory://', PROCURA_DEMO: '1', ...env },
    what: 'npm start',
    timeout: 120_000,
    detached: true, // its own process group: the server it spawns stops with it
  });
  return {
    url: await url,
    close: () =>
      new Promise((r) => {
        child.once('exit', r);
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          r();
        }
      }),
  };
}

/** Runs axe-core in the page; returns the violations as readable lines. */
let axeSource;
/** axe-core's violations on the page (or inside `include`); its source is injected once per document. */
export async function axe(page, include) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    if (!axeSource) {
      const { createRequire } = await import('node:module');
      axeSource = (await import('node:fs')).readFileSync(
        createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
        'utf8',
      );
    }
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(
    async (inc) =>
      (await window.axe.run(inc ? { include: [[inc]] } : document, { resultTypes: ['violations'] })).violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    include,
  );
  return violations;
}

// English words a French or Dutch page never shows (none of them is also French or Dutch).
export const ENGLISH =
  /\b(the|and|sign in|send|sent|error|required|invalid|please|request|not found|bad request|internal|server error|your|you|with|this|submit|cancel)\b/i;

/** Everything a person can read: the page's text and, through every shadow root, the elements'. */
export const readable = (page) =>
  page.evaluate(() => {
    const out = [];
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          if (
            node.textContent.trim() &&
            parent &&
            !['SCRIPT', 'STYLE'].includes(parent.tagName) &&
            parent.checkVisibility()
          )
            out.push(node.textContent.trim());
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.shadowRoot) walk(node.shadowRoot);
          if (!['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) walk(node);
        }
      }
    };
    walk(document.body);
    return out.join(' \n ');
  });

/** Draws a zigzag signature with the mouse on a pad of `form` (`data-party`), as a person would. */
export async function drawSignature(page, party, form = '#access-mandate') {
  const pad = page.locator(`${form} procura-signature-pad[data-party="${party}"]`);
  // The pad's drawing code loads after the first paint: until then its surface is busy (a wait cursor).
  const canvas = pad.locator('.surface:not([aria-busy]) [part~="signature-canvas"]');
  await canvas.waitFor({ timeout: 20_000 });
  await canvas.scrollIntoViewIfNeeded();
  // Draws where the pad is once the page has stopped moving: an element above or around it (a form
  // defined after the first paint, a chunk's texts arriving) may still change its place for a while,
  // and strokes that miss the canvas leave no signature (as a person would see, and draw again).
  let box = await canvas.boundingBox();
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(100);
    const next = await canvas.boundingBox();
    same = next && box && next.x === box.x && next.y === box.y && next.height === box.height ? same + 1 : 0;
    box = next;
  }
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 16; i++)
    await page.mouse.move(box.x + box.width * (0.1 + i * 0.05), box.y + box.height * (i % 2 ? 0.25 : 0.75), {
      steps: 3,
    });
  await page.mouse.up();
  // The pad holds the signature before the test goes on (else the failure names this step).
  await page.waitForFunction((el) => !el.isEmpty(), await pad.elementHandle(), { timeout: 10_000 });
}

/**
 * The kit as a site receives it: the working tree's files (tracked and new, not the ignored
 * ones) copied into `dir/kit` with node_modules reused, built, and packed. Returns the tarball.
 */
/**
 * Packs the kit as `npm pack` would publish it, from a copy of the tracked and new files (so
 * nothing only this working tree has slips in), built from scratch. The e2e files run one after
 * another and five of them need the tarball: it is built once per state of the sources and
 * reused from `.tmp/pack/<hash>.tgz` (the hash covers every file's path and bytes).
 */
export async function packKit(dir) {
  const { execFileSync } = await import('node:child_process');
  const { createHash } = await import('node:crypto');
  const { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } = await import('node:fs');
  const { dirname, join, resolve } = await import('node:path');
  const repo = resolve('.');
  const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo)
    .split('\0')
    .filter((f) => f && existsSync(join(repo, f)));
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(join(repo, f)))
      .update('\0');
  const cache = join(repo, '.tmp', 'pack');
  const cached = join(cache, `${hash.digest('hex').slice(0, 16)}.tgz`);
  const out = join(dir, 'procura.tgz');
  if (existsSync(cached)) {
    copyFileSync(cached, out);
    return out;
  }
  const kit = join(dir, 'kit');
  for (const f of files) {
    mkdirSync(dirname(join(kit, f)), { recursive: true });
    cpSync(join(repo, f), join(kit, f));
  }
  symlinkSync(join(repo, 'node_modules'), join(kit, 'node_modules'), 'dir');
  run('npm', ['run', 'build'], kit);
  const packed = join(dir, run('npm', ['pack', '--silent', '--pack-destination', dir], kit).trim().split('\n').pop());
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  copyFileSync(packed, cached);
  copyFileSync(packed, out);
  return out;
}

/**
 * Runs `procura verify <file>` as a person would, offline, against the keys the demo server
 * publishes (saved first, as the docs say). Returns the exit status and what it printed.
 */
export async function verifyOffline(demoUrl, file, ...extra) {
  const { spawnSync } = await import('node:child_process');
  const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'procura-keys-'));
  try {
    const keys = join(dir, 'keys.json');
    writeFileSync(keys, await (await fetch(`${demoUrl}/api/proof/keys`)).text());
    const r = spawnSync(process.execPath, ['bin/procura.js', 'verify', file, '--keys', keys, ...extra], {
      encoding: 'utf8',
    });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The file a download link gives, as a person gets it: clicked, saved by the browser, read back.
 * (A page under the demo's strict CSP may not fetch its own blob: URLs; a download is not a fetch.)
 */
export async function linkedFile(page, locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const { readFileSync } = await import('node:fs');
  return readFileSync(await download.path(), 'utf8');
}

/** Signs in through the demo header's switcher, as a person would: choose, then "Changer de compte" (one reload). */
export async function signInAs(page, user) {
  const select = page.locator('header .who select');
  await select.waitFor();
  await page.waitForFunction(() => document.querySelectorAll('header .who select option').length > 1);
  if ((await select.inputValue()) === user) return;
  await select.selectOption(user);
  await Promise.all([page.waitForEvent('load'), page.locator('header .who button[type="submit"]').click()]);
  await page.waitForFunction((u) => document.querySelector('header .who select')?.value === u, user);
}
