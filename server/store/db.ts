/**
 * One small SQL surface for both engines: PGlite (embedded, the default) and
 * PostgreSQL through `pg`. The SQL text is the same for both; only the driver
 * differs, so every query in the store runs unchanged on either.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Pool } from 'pg';

export type Row = Record<string, unknown>;

export interface Sql {
  query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  readonly kind: 'pglite' | 'pg';
  /** Runs `fn` in one transaction; rolled back if it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  // `memory://` keeps everything in memory; any other value is a folder on disk, made here
  // with its parents: PGlite creates only the last level, and a fresh clone has no `.data/`.
  const onDisk = dataDir !== 'memory://';
  if (onDisk) mkdirSync(dataDir.replace(/^file:\/\//, ''), { recursive: true }); // PGlite reads `file://x` as the path x
  const pg = onDisk ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  const wrap = (q: { query: typeof pg.query }): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const res = await q.query<T>(text, params);
      return res.rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: async (script) => {
      await pg.exec(script);
    },
    close: () => pg.close(),
  };
}

export interface PgOptions {
  connectionString: string;
  /** Tables go into this schema (created if missing): lets tests share one database. */
  schema?: string;
  max?: number;
}

export async function openPg(opts: PgOptions): Promise<Db> {
  const { default: pg } = await import('pg');
  // Dates stay text: a `date` column turned into a local-midnight Date shifts by a day west of UTC.
  pg.types.setTypeParser(1082, (v: string) => v);
  if (opts.schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(opts.schema)) throw new Error('invalid schema name');
  if (opts.schema) {
    const admin = new pg.Client({ connectionString: opts.connectionString });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
    await admin.end();
  }
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 10,
    ...(opts.schema && { options: `-c search_path=${opts.schema}` }),
  });
  // Named statements are parsed and planned once per connection, then reused.
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let n = names.get(text);
    if (!n) names.set(text, (n = 'p' + createHash('sha1').update(text).digest('hex').slice(0, 16)));
    return n;
  };
  const run = (client: { query: Pool['query'] }): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const res = await client.query({ name: nameOf(text), text, values: params });
      return res.rows as T[];
    },
  });
  return {
    kind: 'pg',
    ...run(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(run(client as unknown as { query: Pool['query'] }));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    exec: async (script) => {
      await pool.query(script);
    },
    close: () => pool.end(),
  };
}
