/**
 * One small SQL surface for both engines: PGlite (embedded, the default) and
 * PostgreSQL through `pg`. The SQL text is the same for both; only the driver
 * differs, so every query in the store runs unchanged on either.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { lockDataDir } from './lock.js';
import type pgModule from 'pg';
import type { Pool } from 'pg';

export type Row = Record<string, unknown>;

/** The advisory lock (per database) that serialises schema creation and migrations across servers. */
export const MIGRATION_LOCK = 7211;

export interface Sql {
  query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  readonly kind: 'pglite' | 'pg';
  /**
   * Runs `fn` in one transaction; rolled back if it throws. Everything `fn` awaits that queries
   * this Db (even through `query`) runs in that transaction, and a transaction opened inside
   * it is a savepoint: so a caller can wrap store methods that open their own transactions
   * into one commit (the idempotency answer with its effect).
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * The same SQL surface for one broker office: on PostgreSQL each query runs with
   * `procura.office` set to `office` (row-level security, migrations/007: the app role sees
   * that office's rows only; `*` all of them). Inside a transaction the setting is local to it
   * (`set_config(..., true)`), set again when a scope of another office queries in it; outside
   * one, it is set on the pooled connection before the query. PGlite runs as the tables' owner,
   * whom the policies do not bind: there the repositories' WHERE is the only wall.
   */
  as(office: string): Sql;
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball, which `openPglite(…, template)` starts from. */
  dump?(): Promise<Blob>;
}

/**
 * PGlite in a folder, or in memory. `template` (a `dump()` of another PGlite) starts an
 * in-memory database from that state: the test suites migrate once and start each store from it.
 */
export async function openPglite(dataDir: string, template?: Blob): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  // `memory://` keeps everything in memory; any other value is a folder on disk, made here
  // with its parents: PGlite creates only the last level, and a fresh clone has no `.data/`.
  const onDisk = dataDir !== 'memory://';
  const folder = dataDir.replace(/^file:\/\//, ''); // PGlite reads `file://x` as the path x
  if (onDisk) mkdirSync(folder, { recursive: true });
  // PGlite is one process's database: a second process on the same folder would lose data.
  const unlock = onDisk ? lockDataDir(folder) : () => {};
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = onDisk ? new PGlite(dataDir) : new PGlite(template && { loadDataDir: template });
    await pg.waitReady;
  } catch (err) {
    unlock();
    throw err;
  }
  const wrap = (q: { query: typeof pg.query }): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const res = await q.query<T>(text, params);
      return res.rows;
    },
  });
  return ambient('pglite', wrap(pg), (fn) => pg.transaction((tx) => fn(wrap(tx))), null, {
    exec: async (script) => {
      await pg.exec(script);
    },
    close: () => pg.close().finally(unlock),
    dump: () => pg.dumpDataDir('none'),
  });
}

export { LOCK_FILE } from './lock.js';

export interface PgOptions {
  connectionString: string;
  /** Tables go into this schema (created if missing): lets tests share one database. */
  schema?: string;
  max?: number;
}

type PgModule = typeof pgModule;

/** Creates the schema unless it exists (asked first: the app role may use the schema but not create one). */
async function ensureSchema(pg: PgModule, connectionString: string, schema: string) {
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount) return;
    // Under the migrations' lock: two `CREATE SCHEMA IF NOT EXISTS` at once, the second fails.
    await admin.query('BEGIN');
    await admin.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await admin.query('COMMIT');
  } finally {
    await admin.end();
  }
}

/** Named statements are parsed and planned once per connection, then reused. */
function namedStatements() {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let n = names.get(text);
    if (!n) names.set(text, (n = 'p' + createHash('sha1').update(text).digest('hex').slice(0, 16)));
    return n;
  };
  return (client: { query: Pool['query'] }): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const res = await client.query({ name: nameOf(text), text, values: params });
      return res.rows as T[];
    },
  });
}

export async function openPg(opts: PgOptions): Promise<Db> {
  const { default: pg } = await import('pg');
  // Dates stay text: a `date` column turned into a local-midnight Date shifts by a day west of UTC.
  pg.types.setTypeParser(1082, (v: string) => v);
  if (opts.schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(opts.schema)) throw new Error('invalid schema name');
  if (opts.schema) await ensureSchema(pg, opts.connectionString, opts.schema);
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 10,
    ...(opts.schema && { options: `-c search_path=${opts.schema}` }),
  });
  const run = namedStatements();
  const { connect, close } = closable(pool);
  const begin = async <T>(fn: (tx: Sql) => Promise<T>): Promise<T> => {
    const client = await connect();
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
  };
  return ambient('pg', checkedOut(connect, run), begin, pooledAs(connect, run), {
    exec: async (script) => {
      await pool.query(script);
    },
    close,
  });
}

/** One query on a client checked out for it (what `pool.query` does, through `connect`). */
function checkedOut(connect: () => Promise<pgModule.PoolClient>, run: (client: { query: Pool['query'] }) => Sql): Sql {
  return {
    async query<T>(text: string, params?: unknown[]) {
      const client = await connect();
      try {
        return await run(client as unknown as { query: Pool['query'] }).query<T>(text, params);
      } finally {
        client.release();
      }
    },
  };
}

/**
 * `pool.connect()` that cannot hang past `close()`. pg-pool (3.x) drops a checkout still queued
 * when `end()` is called (one waiting for an idle client's turn): its promise then never
 * settles, and whoever awaits it (the mail sender's round, a shutdown waiting for that round)
 * waits forever. Here every checkout still waiting when the store closes fails with an error,
 * and a client that arrives after all is given back.
 */
function closable(pool: Pool) {
  let fail!: (err: Error) => void;
  const closed = new Promise<never>((_, reject) => (fail = reject));
  closed.catch(() => {});
  return {
    async connect() {
      const pending = pool.connect();
      try {
        return await Promise.race([pending, closed]);
      } catch (err) {
        pending.then(
          (c) => c.release(),
          () => {},
        );
        throw err;
      }
    },
    close() {
      fail(new Error('the store is closed'));
      return pool.end();
    },
  };
}

const SET_OFFICE = "SELECT set_config('procura.office', $1, $2) AS office";

/**
 * A query outside any transaction, for one office: on the connection it checks out, the setting
 * is made session-wide first unless that connection has it already (remembered per connection).
 */
function pooledAs(connect: () => Promise<pgModule.PoolClient>, run: (client: { query: Pool['query'] }) => Sql) {
  const officeOf = new WeakMap<object, string>();
  return (office: string): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const client = await connect();
      try {
        const sql = run(client as unknown as { query: Pool['query'] });
        if (officeOf.get(client) !== office) {
          officeOf.delete(client);
          await sql.query(SET_OFFICE, [office, false]);
          officeOf.set(client, office);
        }
        return await sql.query<T>(text, params);
      } finally {
        client.release();
      }
    },
  });
}

interface Open {
  tx: Sql;
  open: boolean;
  /** The office `procura.office` is set to in this transaction (pg only), if set yet. */
  office?: string;
  savepoints: number;
  /** The transaction ran a statement naming PROCURA_TEST_KILL_AFTER_COMMIT (see below). */
  marked: boolean;
}

/**
 * Test-only: `PROCURA_TEST_KILL_AFTER_COMMIT=<SQL text>` kills the process (SIGKILL) right after
 * a transaction that ran a statement containing that text commits: a crash after an effect,
 * before anything else, exactly as a power cut would leave it.
 */
const KILL_AFTER_COMMIT = process.env.PROCURA_TEST_KILL_AFTER_COMMIT || '';

/** A transaction opened inside another is a savepoint of it. */
async function savepoint<T>(outer: Open, fn: (tx: Sql) => Promise<T>): Promise<T> {
  const name = `procura_sp${++outer.savepoints}`;
  const office = outer.office; // a setting made inside the savepoint is undone with it
  await outer.tx.query(`SAVEPOINT ${name}`);
  try {
    const out = await fn(outer.tx);
    await outer.tx.query(`RELEASE SAVEPOINT ${name}`);
    return out;
  } catch (err) {
    await outer.tx.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => {});
    outer.office = office;
    throw err;
  }
}

/** The driver's transaction, watched for PROCURA_TEST_KILL_AFTER_COMMIT (see above). */
const watched = (raw: Sql, state: () => Open | undefined): Sql =>
  KILL_AFTER_COMMIT
    ? {
        query: (text, params) => {
          if (text.includes(KILL_AFTER_COMMIT)) state()!.marked = true;
          return raw.query(text, params);
        },
      }
    : raw;

/** Adds the ambient transaction (see Db.transaction) to a driver's query and transaction. */
function ambient(
  kind: Db['kind'],
  base: Sql,
  begin: <T>(fn: (tx: Sql) => Promise<T>) => Promise<T>,
  pooled: ((office: string) => Sql) | null,
  rest: Pick<Db, 'exec' | 'close' | 'dump'>,
): Db {
  const current = new AsyncLocalStorage<Open>();
  const active = () => {
    const a = current.getStore();
    return a?.open ? a : undefined;
  };
  const transaction = async <T>(fn: (tx: Sql) => Promise<T>): Promise<T> => {
    const outer = active();
    if (outer) return savepoint(outer, fn);
    let state: Open | undefined;
    const out = await begin((raw) => {
      const s: Open = { tx: watched(raw, () => state), open: true, savepoints: 0, marked: false };
      state = s;
      return current
        .run(s, () => fn(s.tx))
        .finally(() => {
          s.open = false;
        });
    });
    if (state?.marked) process.kill(process.pid, 'SIGKILL');
    return out;
  };
  // A query of no scope (`db.query`: readiness, rate buckets, migrations) sets nothing: on a pooled
  // connection it runs with whichever office that connection last had. Office data goes through `as`.
  const query: Sql['query'] = (text, params) => (active()?.tx ?? base).query(text, params);
  const as = (office: string): Sql => (pooled ? officeSql(office, active, pooled(office)) : { query });
  return { kind, query, transaction, as, ...rest };
}

/** Db.as on PostgreSQL: in the ambient transaction, `procura.office` set local to it first (when not yet so); outside one, `outside`. */
function officeSql(office: string, active: () => Open | undefined, outside: Sql): Sql {
  return {
    async query<T>(text: string, params?: unknown[]) {
      const a = active();
      if (!a) return outside.query<T>(text, params);
      // SET TRANSACTION must come first; the office is set by the query after it.
      if (a.office !== office && !text.startsWith('SET TRANSACTION')) {
        await a.tx.query(SET_OFFICE, [office, true]);
        a.office = office;
      }
      return a.tx.query<T>(text, params);
    },
  };
}
