/**
 * Several servers starting at once on one empty PostgreSQL database (a rolling deploy, two
 * replicas, the two-servers suite): each opens the store, creates its schema and runs the
 * migrations, and none fails. CREATE … IF NOT EXISTS is not safe under concurrency in
 * PostgreSQL (the loser meets a unique violation in the catalogue), so the store must
 * serialise the first steps. PostgreSQL only: registered with PROCURA_TEST_STORE=postgres.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Store } from '../store/store.js';

const PG_URL = process.env.PROCURA_TEST_DATABASE_URL;

async function admin(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

if (process.env.PROCURA_TEST_STORE === 'postgres' && PG_URL) {
  describe('servers starting at once on one empty database [postgres]', () => {
    const made: string[] = [];
    const freshDatabase = async () => {
      const name = `procura_race_${randomBytes(5).toString('hex')}`;
      await admin(PG_URL, `CREATE DATABASE ${name}`);
      made.push(name);
      return PG_URL.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
    };
    const openAll = (n: number, opts: { databaseUrl: string; schema?: string }) =>
      Promise.allSettled(Array.from({ length: n }, () => Store.open({ ...opts, poolSize: 2 })));
    const settle = async (results: PromiseSettledResult<Store>[]) => {
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
      await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
      return failures;
    };

    after(async () => {
      for (const name of made) await admin(PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });

    test('six stores migrating one empty database at once: all open, each migration applied once', async () => {
      // Five rounds: the race is a matter of microseconds, one round alone would often miss it.
      for (let round = 0; round < 5; round++) {
        const databaseUrl = await freshDatabase();
        assert.deepEqual(await settle(await openAll(6, { databaseUrl })), [], `round ${round}`);
        const rows = await admin(databaseUrl, 'SELECT name, count(*)::int AS n FROM schema_migrations GROUP BY name');
        assert.ok(rows.length >= 14, `${rows.length} migrations recorded`);
        assert.deepEqual(new Set(rows.map((r) => r.n)), new Set([1]));
      }
    });

    test('six stores creating the same schema at once: all open', async () => {
      const databaseUrl = await freshDatabase();
      for (let round = 0; round < 5; round++) {
        const schema = `race_${round}_${randomBytes(3).toString('hex')}`;
        assert.deepEqual(await settle(await openAll(6, { databaseUrl, schema })), [], `round ${round}`);
        const tables = await admin(
          databaseUrl,
          `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = '${schema}' AND tablename = 'schema_migrations'`,
        );
        assert.equal(tables[0]?.n, 1);
      }
    });
  });
}
