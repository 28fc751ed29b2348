// Liveness (`GET /health`) and readiness (`GET /ready`, server/ready.ts): what a load balancer or
// an orchestrator asks before sending a server traffic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { startServer } from '../start.js';
import { Store } from '../store/store.js';
import { BACKENDS, problemOf, suite } from './helpers.js';
import { at } from '../../test/support/at.js';

const PG_URL = process.env.PROCURA_TEST_DATABASE_URL;
const MIGRATIONS = readdirSync(new URL('../migrations/', import.meta.url))
  .filter((f) => f.endsWith('.sql'))
  .sort();

suite('readiness', (ctx) => {
  test('GET /ready says ready: database, every migration, the proof key and the seal', async () => {
    const res = await ctx.fetch('/ready');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const { keys } = (await (await ctx.fetch('/proof/keys')).json()) as { keys: { kid: string }[] };
    assert.deepEqual(await res.json(), {
      status: 'ready',
      store: ctx.backend.name === 'pglite' ? 'pglite' : 'pg',
      migrations: MIGRATIONS.length,
      proofKey: at(keys, 0).kid,
      seal: 'demo',
    });
  });

  test('a migration not applied: 503 unavailable naming it, with Retry-After; /health still answers', async () => {
    const last = MIGRATIONS.at(-1)!;
    const [row] = await ctx.store.db.query<{ applied_at: string }>(
      'DELETE FROM schema_migrations WHERE name = $1 RETURNING applied_at',
      [last],
    );
    assert.ok(row, 'the last migration is recorded');
    try {
      const res = await ctx.fetch('/ready');
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '10');
      const problem = await problemOf(res);
      assert.equal(problem.code, 'unavailable');
      assert.deepEqual(
        problem.errors?.map((e) => [e.pointer, e.code]),
        [['/migrations', 'pending']],
      );
      assert.match(at(problem.errors!, 0).detail, new RegExp(last.replace('.', '\\.')));
      assert.equal((await ctx.fetch('/health')).status, 200, 'alive, only not ready');
    } finally {
      await ctx.store.db.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)', [
        last,
        row.applied_at,
      ]);
    }
    assert.equal((await ctx.fetch('/ready')).status, 200);
  });

  test('a seal certificate past its validity: 503 at /seal, in the caller\u2019s language', async () => {
    const saved = ctx.nowMs;
    ctx.nowMs = Date.now() + 11 * 365 * 86400_000; // the demo certificate is valid 10 years
    try {
      const res = await ctx.fetch('/ready', { headers: { 'accept-language': 'fr' } });
      assert.equal(res.status, 503);
      const problem = await problemOf(res);
      assert.equal(problem.title, 'Service indisponible');
      assert.deepEqual(
        problem.errors?.map((e) => [e.pointer, e.code]),
        [['/seal', 'expired']],
      );
    } finally {
      ctx.nowMs = saved;
    }
  });
});

suite(
  'readiness with sealing turned off',
  (ctx) => {
    test('ready, and says the seal is off', async () => {
      const res = await ctx.fetch('/ready');
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { seal: string }).seal, 'off');
    });
  },
  { seal: false },
);

for (const backend of BACKENDS)
  test(`a database that does not answer: /ready is 503, without saying where it is [${backend.name}]`, async () => {
    // Its own store (the helpers' drop() would close it a second time): closed in the test.
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const store =
      backend.name === 'pglite'
        ? await Store.open({ dataDir: 'memory://' })
        : await Store.open({ databaseUrl: PG_URL!, schema });
    const server = await startServer({ port: 0, demo: true, store, log: () => {} });
    try {
      assert.equal((await fetch(`${server.url}/api/ready`)).status, 200);
      await store.close();
      const res = await fetch(`${server.url}/api/ready`);
      assert.equal(res.status, 503);
      const problem = await problemOf(res);
      assert.deepEqual(
        problem.errors?.map((e) => [e.pointer, e.code]),
        [['/database', 'unreachable']],
      );
      assert.doesNotMatch(JSON.stringify(problem), /postgres(ql)?:\/\/|memory:\/\//);
    } finally {
      await server.close();
      if (backend.name === 'postgres') {
        const { default: pg } = await import('pg');
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      }
    }
  });
