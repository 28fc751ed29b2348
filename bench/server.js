#!/usr/bin/env node
/**
 * npm run bench:server — load on the reference server, on loopback, bounded in time.
 *
 * For each backend (PGlite always; PostgreSQL when scripts/ensure-postgres.sh can provide one),
 * it starts `node --import tsx server/main.ts` as a child process, seeds 10,000 grants for one
 * user, then runs autocannon:
 *   - POST /consents, a unique Idempotency-Key and recordId per request (target ≥ 1,500/s on PG);
 *   - GET /grants for the user holding the 10,000 grants, default page of 1,000 (target p99 < 50 ms),
 *     with one connection (one person's page load) and with BENCH_CONNECTIONS.
 * Prints a table and writes bench/server-results.json.
 *   BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_BACKENDS (pglite,postgres)
 */
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
const GRANTS = 10_000;

function startServer(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', PROCURA_DEMO: '1', PROCURA_DEMO_RESET: '1', RATE_LIMIT: '0', ...env },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/listening on (http:\/\/localhost:\d+)/);
      if (m) resolve({ url: m[1].replace('localhost', '127.0.0.1'), child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function stopServer(child) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function call(url, path, init = {}) {
  const res = await fetch(url + path, init);
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

const signIn = async (url, user) =>
  (await call(url, '/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user, token: true }) })).token;

function consentBody() {
  return JSON.stringify({
    recordId: randomUUID(),
    indicatedBy: { role: 'subject' },
    noticeVersion: '2025-01',
    noticeSha256: 'a'.repeat(64),
    locale: 'fr-BE',
    decisions: [
      { purpose: 'newsletter', basis: 'consent', state: 'given', at: new Date().toISOString() },
      { purpose: 'partners', basis: 'consent', state: 'refused', at: new Date().toISOString() },
    ],
    collectedAt: new Date().toISOString(),
    source: 'https://assurances.example.com/mon-espace',
  });
}

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const summary = (backend, name, r, connections = CONNECTIONS) => ({
  backend,
  case: name,
  connections,
  seconds: SECONDS,
  requests: r.requests.total,
  requestsPerSec: Math.round(r.requests.average),
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
});

async function benchBackend(backend, env) {
  const { url, child } = await startServer(env);
  try {
    const claire = await signIn(url, 'claire');
    await call(url, '/api/demo/reset', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${claire}` }, body: '{}' });
    const anne = await signIn(url, 'anne');
    const jan = await signIn(url, 'jan');
    await call(url, '/api/demo/seed-grants', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${claire}` }, body: JSON.stringify({ count: GRANTS, user: 'jan' }) });

    const consents = {
      url: `${url}/api/consents`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${anne}` },
      requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() }, body: consentBody() }) }],
    };
    const grants = { url: `${url}/api/grants`, headers: { authorization: `Bearer ${jan}` } };
    const page = await call(url, '/api/grants', { headers: grants.headers });
    if (page.grants.length !== 1000) throw new Error(`expected a page of 1000 grants, got ${page.grants.length}`);

    // A short warm-up (JIT, plans, pool), not recorded.
    await run({ ...consents, duration: 2 });
    await run({ ...grants, duration: 2 });
    const name = 'GET /grants (10,000 stored, page of 1,000)';
    return [
      summary(backend, 'POST /consents', await run(consents)),
      summary(backend, name, await run({ ...grants, connections: 1 }), 1),
      summary(backend, name, await run(grants)),
    ];
  } finally {
    await stopServer(child);
  }
}

function postgresUrl() {
  try {
    const base = execFileSync(`${ROOT}scripts/ensure-postgres.sh`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return base.replace(/\/[^/]*$/, '/procura_bench');
  } catch {
    return null;
  }
}

async function freshDatabase(url) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS procura_bench');
  await admin.query('CREATE DATABASE procura_bench');
  await admin.end();
}

const loadAverageAtStart = loadavg();
const results = [];
if (BACKENDS.includes('pglite')) results.push(...(await benchBackend('pglite', { DATA_DIR: 'memory://' })));
if (BACKENDS.includes('postgres')) {
  const url = postgresUrl();
  if (!url) console.error('PostgreSQL unavailable (scripts/ensure-postgres.sh failed): skipped.');
  else {
    await freshDatabase(url);
    results.push(...(await benchBackend('postgres', { DATABASE_URL: url })));
  }
}

console.log('backend   case                                        conns   req/s  p50 ms  p99 ms  non-2xx');
for (const r of results)
  console.log(
    `${r.backend.padEnd(9)} ${r.case.padEnd(43)} ${String(r.connections).padStart(5)} ${String(r.requestsPerSec).padStart(7)} ${String(r.latencyMs.p50).padStart(7)} ${String(r.latencyMs.p99).padStart(7)}  ${r.non2xx + r.errors}`,
  );
// The machine is shared: a load average above the core count makes every figure pessimistic.
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);

await writeFile(
  `${ROOT}bench/server-results.json`,
  JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadAverageAtEnd: loadavg(), loadAverageAtStart, results }, null, 2) + '\n',
);
