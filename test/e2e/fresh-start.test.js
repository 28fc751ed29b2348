// `npm ci && npm start` as the README says, in a copy of the working tree that has never
// been built or started: no `.data/`, no `dist/`, no `demo-dist/`. The copy holds the
// working tree's files as they are now (tracked and new files, not the ignored ones:
// uncommitted edits included) and reuses this
// repository's node_modules through a symlink, so it costs a build, not an install.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repo = resolve('.');
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'procura-fresh-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(repo, f))) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(repo, f), join(dir, f));
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const absent of ['.data', 'dist', 'demo-dist'])
    assert.equal(existsSync(join(dir, absent)), false, `${absent} in a fresh copy`);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });

/** `npm start` in the copy, with the environment a person has: no DATA_DIR, a PORT. */
async function npmStart(port) {
  const env = { ...process.env, PORT: String(port) };
  for (const k of ['DATA_DIR', 'DATABASE_URL', 'STATIC_DIR', 'PROCURA_DEMO']) delete env[k];
  const t0 = Date.now();
  const child = spawn('npm', ['start'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`npm start did not listen within 120 s:\n${out}`)), 120_000);
    child.stdout.on('data', () => {
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        res(m[1]);
      }
    });
    child.on('exit', (code) => (clearTimeout(timer), rej(new Error(`npm start exited with ${code}:\n${out}`))));
  });
  const seconds = (Date.now() - t0) / 1000;
  const stop = () =>
    new Promise((r) => {
      if (child.exitCode !== null) return r();
      child.once('exit', r);
      process.kill(-child.pid, 'SIGTERM'); // npm, the start script and the server: one process group
    });
  return { url, seconds, output: () => out, stop };
}

test(
  'npm start on a fresh copy builds, creates its data folder, and serves the demo and the API',
  { timeout: 240_000 },
  async (t) => {
    const port = await freePort();
    const first = await npmStart(port);
    try {
      t.diagnostic(`ready in ${first.seconds.toFixed(1)} s`);
      assert.match(first.url, new RegExp(`^http://(127\\.0\\.0\\.1|localhost):${port}$`));

      const page = await fetch(first.url + '/');
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      const html = await page.text();
      assert.match(html, /<title>Courtier Demo · procura<\/title>/);
      assert.match(html, /<script type="module"[^>]* src="\/assets\/[^"]+\.js"/, 'the built demo, not its sources');

      const health = await fetch(first.url + '/api/health');
      assert.equal(health.status, 200);
      const body = await health.json();
      assert.equal(body.status, 'ok');
      assert.equal(body.store, 'pglite');

      // The default DATA_DIR: the embedded database lives on disk, in a folder the server made.
      assert.ok(
        existsSync(join(dir, '.data', 'pglite', 'PG_VERSION')),
        `no database in .data/pglite: ${existsSync(join(dir, '.data')) ? readdirSync(join(dir, '.data')) : 'no .data'}`,
      );

      // A short, clean start: nothing a newcomer cannot act on.
      const out = first.output();
      for (const noise of [
        'INEFFECTIVE_DYNAMIC_IMPORT',
        'larger than 500 kB',
        "can't be bundled",
        '(!)',
        'warn',
        'Error',
      ])
        assert.ok(!out.includes(noise), `npm start printed "${noise}":\n${out}`);
    } finally {
      await first.stop();
    }

    // Started again with nothing changed: no build, same database.
    const again = await npmStart(port);
    try {
      t.diagnostic(`second start ready in ${again.seconds.toFixed(1)} s`);
      assert.match(again.output(), /up to date/);
      assert.doesNotMatch(again.output(), /Building/);
      assert.equal((await fetch(again.url + '/api/health')).status, 200);
    } finally {
      await again.stop();
    }
  },
);
