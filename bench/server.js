#!/usr/bin/env node
/**
 * npm run bench:server — load on the reference server, on loopback, bounded in time.
 *
 * For each backend (PGlite always; PostgreSQL when scripts/ensure-postgres.sh can provide one),
 * it starts `node --import tsx server/main.ts` as a child process, seeds 10,000 grants for one
 * user, then runs autocannon:
 *   - POST /consents, a unique Idempotency-Key and recordId per request, with BENCH_CONNECTIONS and
 *     with CONSENT_CONNECTIONS (50: many people at once, what the group commit is for); target
 *     ≥ 4,000 records/s on PostgreSQL (issue 19);
 *   - GET /grants for the user holding the 10,000 grants, default page of 1,000 (target p99 ≤ 50 ms),
 *     with one connection (one person's page load) and with BENCH_CONNECTIONS, first without
 *     If-None-Match (the page built, or taken from the server's page cache once built), then as a
 *     browser revalidating its copy (If-None-Match: 304); then with `Accept-Encoding: gzip, deflate, br`
 *     as a browser sends it (the page's gzip, made once per ETag and kept with the page);
 *   - GET /grants/{id}/document, the same two ways (streamed; 304 by its SHA-256).
 * Then, on PostgreSQL, the same database served by two processes (issue 16): POST /consents at
 * CONSENT_CONNECTIONS and GET /grants at BENCH_CONNECTIONS, the connections split between the
 * two, their throughputs added (the `procs` column says 1 or 2).
 * Prints a table and writes bench/server-results.json; with one process, each case also gives the
 * server's CPU time per request (from /proc): on a shared machine it follows the load far less than
 * req/s and latencies do, so a change is judged by it, before and after in the same conditions.
 * Then a durability run per backend (issue 14): DURABILITY_SECONDS (30) at DURABILITY_CONNECTIONS
 * (20) of POST /consents, a third of them resending an earlier request with its Idempotency-Key,
 * as an outbox does after a lost answer. Once the server has stopped, the database is read
 * directly: every acknowledged record must be stored exactly once, and nothing else.
 *   BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_BACKENDS (pglite,postgres)
 */
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
const GRANTS = 10_000;
const DURABILITY_SECONDS = Number(process.env.DURABILITY_SECONDS ?? 30);
const DURABILITY_CONNECTIONS = Number(process.env.DURABILITY_CONNECTIONS ?? 20);
const CONSENT_CONNECTIONS = Number(process.env.CONSENT_CONNECTIONS ?? 50);

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
  (
    await call(url, '/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, token: true }),
    })
  ).token;

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
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

/** The server process's CPU time (user + system, ms) from /proc (Linux, 100 ticks a second), or null. */
function cpuMs(child) {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * A run, with the server's CPU time per request: on a shared machine the wall-clock figures follow
 * the load, this one much less (judge a change by it, before and after in the same conditions).
 */
async function runOn(child, opts) {
  const before = cpuMs(child);
  const r = await run(opts);
  const after = cpuMs(child);
  r.serverCpuUs =
    before === null || after === null || !r.requests.total
      ? null
      : Math.round(((after - before) * 1000) / r.requests.total);
  return r;
}

const summary = (backend, name, r, connections = CONNECTIONS, processes = 1) => ({
  backend,
  processes,
  case: name,
  connections,
  seconds: SECONDS,
  requests: r.requests.total,
  requestsPerSec: Math.round(r.requests.average),
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
  serverCpuUsPerRequest: r.serverCpuUs ?? null,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
});

async function benchBackend(backend, env) {
  const { url, child } = await startServer(env);
  try {
    const claire = await signIn(url, 'claire');
    await call(url, '/api/demo/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${claire}` },
      body: '{}',
    });
    const anne = await signIn(url, 'anne');
    const jan = await signIn(url, 'jan');
    await call(url, '/api/demo/seed-grants', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${claire}` },
      body: JSON.stringify({ count: GRANTS, user: 'jan' }),
    });

    const consents = {
      url: `${url}/api/consents`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${anne}` },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'idempotency-key': randomUUID() },
            body: consentBody(),
          }),
        },
      ],
    };
    const grants = { url: `${url}/api/grants`, headers: { authorization: `Bearer ${jan}` } };
    const first = await fetch(grants.url, { headers: grants.headers });
    const page = await first.json();
    if (page.grants.length !== 1000) throw new Error(`expected a page of 1000 grants, got ${page.grants.length}`);
    const revalidated = { ...grants, headers: { ...grants.headers, 'if-none-match': first.headers.get('etag') } };
    const gzipped = { ...grants, headers: { ...grants.headers, 'accept-encoding': 'gzip, deflate, br' } };
    const doc = { url: `${url}/api/grants/${page.grants[0].id}/document`, headers: grants.headers };
    const docRes = await fetch(doc.url, { headers: doc.headers });
    await docRes.arrayBuffer();
    const docRevalidated = { ...doc, headers: { ...doc.headers, 'if-none-match': docRes.headers.get('etag') } };

    // A short warm-up (JIT, plans, pool), not recorded.
    await run({ ...consents, duration: 2 });
    await run({ ...grants, duration: 2 });
    const name = 'GET /grants (10,000 stored, page of 1,000)';
    const again = 'GET /grants, If-None-Match (304)';
    return [
      summary(backend, 'POST /consents', await runOn(child, consents)),
      summary(
        backend,
        'POST /consents',
        await runOn(child, { ...consents, connections: CONSENT_CONNECTIONS }),
        CONSENT_CONNECTIONS,
      ),
      summary(backend, name, await runOn(child, { ...grants, connections: 1 }), 1),
      summary(backend, name, await runOn(child, grants)),
      summary(backend, 'GET /grants, gzip (as a browser asks)', await runOn(child, gzipped)),
      summary(backend, again, await runOn(child, { ...revalidated, connections: 1 }), 1),
      summary(backend, again, await runOn(child, revalidated)),
      summary(backend, 'GET /grants/{id}/document', await runOn(child, doc)),
      summary(backend, 'GET /grants/{id}/document, If-None-Match', await runOn(child, docRevalidated)),
    ];
  } finally {
    await stopServer(child);
  }
}

/**
 * Every acknowledged write stored exactly once: consents from many connections, a third of them
 * resent with the key and body of an earlier one. `stored()` reads the database after the server
 * stopped (a clean SIGTERM, as a deployment would).
 */
async function durability(backend, env, stored) {
  const { url, child } = await startServer(env);
  const sent = [];
  const acked = new Set();
  let refused = 0;
  let replayed = 0;
  let result;
  try {
    const anne = await signIn(url, 'anne');
    result = await run({
      url: `${url}/api/consents`,
      method: 'POST',
      connections: DURABILITY_CONNECTIONS,
      duration: DURABILITY_SECONDS,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${anne}` },
      requests: [
        {
          setupRequest: (req, context) => {
            const again = sent.length > 10 && Math.random() < 1 / 3;
            const one = again
              ? sent[Math.floor(Math.random() * sent.length)]
              : { key: randomUUID(), body: consentBody() };
            if (!again) sent.push(one);
            context.one = one;
            return { ...req, headers: { ...req.headers, 'idempotency-key': one.key }, body: one.body };
          },
          onResponse: (status, _body, context, headers) => {
            if (status === 201 || status === 200) acked.add(JSON.parse(context.one.body).recordId);
            else refused++;
            const h = Array.isArray(headers)
              ? Object.fromEntries(
                  headers.reduce((a, v, i) => (i % 2 ? a : [...a, [String(v).toLowerCase(), headers[i + 1]]]), []),
                )
              : (headers ?? {});
            if (h['idempotent-replayed']) replayed++;
          },
        },
      ],
    });
  } finally {
    await stopServer(child);
  }
  const ids = await stored();
  const counts = new Map();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const lost = [...acked].filter((id) => !counts.has(id)).length;
  const twice = [...counts.values()].filter((n) => n > 1).length;
  const unasked = [...counts.keys()].filter((id) => !acked.has(id)).length;
  return {
    backend,
    case: 'durability: POST /consents, a third resent with the same key',
    connections: DURABILITY_CONNECTIONS,
    seconds: DURABILITY_SECONDS,
    requests: result.requests.total,
    requestsPerSec: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    acknowledged: acked.size,
    replayed,
    refused,
    stored: counts.size,
    lost,
    storedTwice: twice,
    storedUnacknowledged: unasked,
    exactlyOnce: lost === 0 && twice === 0,
  };
}

/** Two autocannon runs at once, one per process, `connections` split between them; their figures added. */
async function runBoth(urls, opts, connections) {
  const half = Math.max(1, Math.floor(connections / 2));
  const [a, b] = await Promise.all(
    urls.map((u, i) => run({ ...opts, url: opts.url.replace(urls[0], u), connections: i ? connections - half : half })),
  );
  const worst = (k) => Math.max(a.latency[k], b.latency[k]);
  return {
    requests: { total: a.requests.total + b.requests.total, average: a.requests.average + b.requests.average },
    latency: { p50: worst('p50'), p90: worst('p90'), p99: worst('p99'), max: worst('max') },
    non2xx: a.non2xx + b.non2xx,
    errors: a.errors + b.errors,
    timeouts: a.timeouts + b.timeouts,
  };
}

/** Two server processes on one PostgreSQL database (the p50/p99 columns: the worse of the two). */
async function benchTwoProcesses(backend, env) {
  const servers = await Promise.all([startServer(env), startServer(env)]);
  const urls = servers.map((s) => s.url);
  try {
    const [first, second] = urls;
    const claire = await signIn(first, 'claire');
    await call(first, '/api/demo/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${claire}` },
      body: '{}',
    });
    const anne = await signIn(second, 'anne');
    const jan = await signIn(first, 'jan');
    await call(first, '/api/demo/seed-grants', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${claire}` },
      body: JSON.stringify({ count: GRANTS, user: 'jan' }),
    });
    const consents = {
      url: `${first}/api/consents`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${anne}` },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'idempotency-key': randomUUID() },
            body: consentBody(),
          }),
        },
      ],
    };
    const grants = { url: `${first}/api/grants`, headers: { authorization: `Bearer ${jan}` } };
    await runBoth(urls, { ...consents, duration: 2 }, CONSENT_CONNECTIONS);
    await runBoth(urls, { ...grants, duration: 2 }, CONNECTIONS);
    const name = 'GET /grants (10,000 stored, page of 1,000)';
    return [
      summary(backend, 'POST /consents', await runBoth(urls, consents, CONSENT_CONNECTIONS), CONSENT_CONNECTIONS, 2),
      summary(backend, name, await runBoth(urls, grants, CONNECTIONS), CONNECTIONS, 2),
    ];
  } finally {
    await Promise.all(servers.map((s) => stopServer(s.child)));
  }
}

function postgresUrl() {
  try {
    const base = execFileSync(`${ROOT}scripts/ensure-postgres.sh`, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
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
const durable = [];
if (BACKENDS.includes('pglite')) {
  results.push(...(await benchBackend('pglite', { DATA_DIR: 'memory://' })));
  // On disk, read back by a fresh PGlite once the server has gone.
  const dir = await mkdtemp(join(tmpdir(), 'procura-durability-'));
  try {
    durable.push(
      await durability('pglite', { DATA_DIR: dir }, async () => {
        const { PGlite } = await import('@electric-sql/pglite');
        const db = new PGlite(dir);
        const { rows } = await db.query('SELECT record_id FROM consent_records');
        await db.close();
        return rows.map((r) => r.record_id);
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
if (BACKENDS.includes('postgres')) {
  const url = postgresUrl();
  if (!url) console.error('PostgreSQL unavailable (scripts/ensure-postgres.sh failed): skipped.');
  else {
    await freshDatabase(url);
    results.push(...(await benchBackend('postgres', { DATABASE_URL: url })));
    await freshDatabase(url);
    results.push(...(await benchTwoProcesses('postgres', { DATABASE_URL: url })));
    await freshDatabase(url);
    durable.push(
      await durability('postgres', { DATABASE_URL: url }, async () => {
        const { default: pg } = await import('pg');
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const { rows } = await client.query('SELECT record_id FROM consent_records');
        await client.end();
        return rows.map((r) => r.record_id);
      }),
    );
  }
}

console.log(
  `load average at the start: ${loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`,
);
console.log('procs 2: two server processes on one PostgreSQL database, the connections split between them.');
// 304 is what a revalidation is meant to answer: not counted as a failure.
const failed = (r) => (r.case.includes('If-None-Match') ? r.errors : r.non2xx + r.errors);
console.log(
  'backend   procs case                                        conns   req/s  p50 ms  p99 ms  cpu µs/req  failed',
);
for (const r of results)
  console.log(
    `${r.backend.padEnd(9)} ${String(r.processes).padStart(5)} ${r.case.padEnd(43)} ${String(r.connections).padStart(5)} ${String(r.requestsPerSec).padStart(7)} ${String(r.latencyMs.p50).padStart(7)} ${String(r.latencyMs.p99).padStart(7)} ${String(r.serverCpuUsPerRequest ?? '').padStart(11)}  ${failed(r)}`,
  );
console.log(
  '\nbackend   durability                                   conns requests  acknowledged  replayed  stored  lost  twice  exactly once',
);
for (const r of durable)
  console.log(
    `${r.backend.padEnd(9)} ${`${r.seconds} s of consents, a third resent`.padEnd(44)} ${String(r.connections).padStart(5)} ${String(r.requests).padStart(8)} ${String(r.acknowledged).padStart(13)} ${String(r.replayed).padStart(9)} ${String(r.stored).padStart(7)} ${String(r.lost).padStart(5)} ${String(r.storedTwice).padStart(6)}  ${r.exactlyOnce ? 'yes' : 'NO'}`,
  );
// The machine is shared: a load average above the core count makes every figure pessimistic.
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} cores`,
);

await writeFile(
  `${ROOT}bench/server-results.json`,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      note: 'procs 2: two server processes on one PostgreSQL database, connections split, throughputs added, latencies the worse of the two',
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      loadAverageAtEnd: loadavg(),
      loadAverageAtStart,
      results,
      durability: durable,
    },
    null,
    2,
  ) + '\n',
);
