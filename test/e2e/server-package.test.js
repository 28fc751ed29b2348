// The reference server as a site installing procura meets it: `npm run build` and
// `npm pack` in a copy of the working tree, the tarball installed with npm in a new
// folder, then `npx procura-server` there (PORT=0, DATA_DIR=memory://). It must start
// from the built JavaScript with the package's own dependencies (no tsx, no dev
// dependency of this repository) and answer /api/health.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { packKit } from './support.js';
import { join } from 'node:path';

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let dir, app, server;
const started = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'procura-server-package-'));
  const tarball = await packKit(dir);

  // A new site: nothing of this repository but the tarball.
  app = join(dir, 'site');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'a-broker-site', private: true, type: 'module' }));
  // The dependencies' tarballs are in npm's cache after `npm ci`; their metadata may not be.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
});

after(async () => {
  for (const p of [server, ...started]) {
    if (!p || p.exitCode !== null || p.signalCode !== null) continue;
    const exited = new Promise((r) => p.once('exit', r));
    process.kill(-p.pid, 'SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the installed package carries the built server and what it needs at run time, and no TypeScript runner', () => {
  const installed = join(app, 'node_modules');
  for (const dep of ['hono', '@hono/node-server', '@electric-sql/pglite'])
    assert.ok(existsSync(join(installed, dep, 'package.json')), `${dep} installed with procura`);
  assert.equal(existsSync(join(installed, 'tsx')), false, 'tsx is a development tool only');
  assert.ok(existsSync(join(installed, 'procura/dist/server/main.js')), 'dist/server/main.js in the package');
  assert.ok(existsSync(join(installed, 'procura/dist/server/migrations')), 'the migrations beside the built server');
  const pkg = JSON.parse(readFileSync(join(installed, 'procura/package.json'), 'utf8'));
  assert.equal(pkg.bin['procura-server'], './bin/procura-server.js');
  // pg is only for DATABASE_URL: an optional peer, not pulled in for every site.
  assert.equal(pkg.peerDependenciesMeta?.pg?.optional, true);
  assert.equal(pkg.dependencies.pg, undefined);
});

test('npx procura-server starts from the tarball, on PGlite in memory, and /api/health answers ok', async () => {
  server = spawn('npx', ['--no-install', 'procura-server'], {
    cwd: app,
    detached: true, // its own process group: npx and the node it starts are stopped together
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', NODE_OPTIONS: '' },
  });
  let out = '';
  let err = '';
  server.stderr.on('data', (d) => (err += d));
  const url = await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    server.once('exit', (code) =>
      reject(new Error(`procura-server exited (${code}) before listening:\n${out}\n${err}`)),
    );
  });
  const res = await fetch(`${url}/api/health`);
  assert.equal(res.status, 200, err);
  const body = await res.json();
  assert.equal(body.status, 'ok', JSON.stringify(body));
  assert.equal(body.store, 'pglite', JSON.stringify(body));
});

/** `npx procura-server` in `cwd` with `env`: resolves with its URL once listening, or its output once it exited. */
function procuraServer(cwd, env) {
  const p = spawn('npx', ['--no-install', 'procura-server'], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_OPTIONS: '',
      PROCURA_PROOF_KEY: '',
      PROCURA_SEAL_P12: '',
      PROCURA_SEAL_CERT: '',
      PROCURA_SEAL_KEY: '',
      DATABASE_URL: '',
      ...env,
    },
  });
  started.push(p);
  let out = '';
  let err = '';
  p.stderr.on('data', (d) => (err += d));
  return new Promise((resolve) => {
    p.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], process: p, out, err: () => err });
    });
    p.once('exit', (code) => resolve({ code, out, err: () => err }));
  });
}

test('from an empty folder, demo mode makes its proof key and demo seal there, and /api/ready says ready', async () => {
  const data = join(app, '.data');
  assert.equal(existsSync(data), false, 'nothing before the first start');
  const s = await procuraServer(app, { DATA_DIR: '' });
  assert.ok(s.url, `procura-server did not start (${s.code}):\n${s.out}\n${s.err()}`);
  // The default DATA_DIR, .data/pglite: the database, and beside it the demo proof key and seal.
  for (const file of ['proof-key.pem', 'seal-demo-cert.pem', 'seal-demo-key.pem'])
    assert.ok(existsSync(join(data, 'pglite', file)), `${file} made in .data/pglite`);
  for (const file of ['proof-key.pem', 'seal-demo-key.pem'])
    assert.equal(statSync(join(data, 'pglite', file)).mode & 0o777, 0o600, `${file} is readable by its owner only`);
  const ready = await fetch(`${s.url}/api/ready`);
  assert.equal(ready.status, 200, s.err());
  const body = await ready.json();
  assert.deepEqual([body.status, body.store, body.seal], ['ready', 'pglite', 'demo']);
  assert.match(s.err(), /seal: DEMO certificate \(not a qualified seal\)/);
  const exited = new Promise((r) => s.process.once('exit', r));
  process.kill(-s.process.pid, 'SIGTERM');
  await exited;
});

test('with PROCURA_DEMO=0 and no proof key, it refuses to start and says how to make one', async () => {
  const empty = join(app, 'prod');
  mkdirSync(empty);
  const s = await procuraServer(app, { PROCURA_DEMO: '0', DATA_DIR: join(empty, 'pglite') });
  assert.equal(s.url, undefined, 'it must not listen');
  assert.equal(s.code, 1);
  assert.match(s.err(), /procura reference server failed to start: PROCURA_PROOF_KEY is required outside demo mode/);
  assert.match(s.err(), /openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256/);
  assert.equal(existsSync(join(empty, 'pglite', 'proof-key.pem')), false, 'no key made outside demo mode');
});
