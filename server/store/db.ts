/**
 * One small SQL surface for both engines: PGlite (embedded, the default) and
 * PostgreSQL through `pg`. The SQL text is the same for both; only the driver
 * differs, so every query in the store runs unchanged on either.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Pool } from 'pg';

export type Row = Record<string, unknown>;

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
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<Db> {
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
    pg = onDisk ? new PGlite(dataDir) : new PGlite();
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
  return ambient('pglite', wrap(pg), (fn) => pg.transaction((tx) => fn(wrap(tx))), {
    exec: async (script) => {
      await pg.exec(script);
    },
    close: () => pg.close().finally(unlock),
  });
}

export const LOCK_FILE = 'procura.lock';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readPid = (path: string): number | null => {
  try {
    return Number.parseInt(readFileSync(path, 'utf8'), 10) || 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
};

/**
 * Takes `<folder>/procura.lock` (created atomically, holding our pid) or throws, naming the
 * process that holds it. A lock whose process is gone (killed, crashed) is taken over. The
 * lock goes on close() and when the process exits.
 */
export function lockDataDir(folder: string): () => void {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = readPid(path);
      if (pid === null) continue; // released meanwhile
      if (pid > 0 && (pid === process.pid || alive(pid))) {
        const e = new Error(
          `the data folder ${resolve(folder)} is in use by another procura server (pid ${pid}${pid === process.pid ? ', this very process' : ''}). ` +
            'PGlite serves one process only: stop that server, give this one another folder (DATA_DIR=...), ' +
            `or run every process on PostgreSQL (DATABASE_URL=postgres://...). If no such process runs, delete ${resolve(path)}.`,
        );
        (e as NodeJS.ErrnoException).code = 'EDATADIRLOCKED';
        throw e;
      }
      // Stale: moved aside atomically, so that of two processes taking it over only one does.
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw e;
      }
      if (readPid(aside) !== pid) {
        // Another process took it over between our read and our move: put its lock back.
        try {
          linkSync(aside, path);
        } catch {
          /* a third one holds it now: the next attempt sees it */
        }
      }
      unlinkSync(aside);
      continue;
    }
    const release = () => {
      try {
        if (readPid(path) === process.pid) unlinkSync(path);
      } catch {
        /* already gone */
      }
    };
    process.once('exit', release);
    return () => {
      process.off('exit', release);
      release();
    };
  }
  throw new Error(`could not take the lock ${resolve(path)}: it keeps changing hands`);
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
    // Asked first: the app role (scripts/db-roles.sql) may use the schema but not create one.
    const exists = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [opts.schema]);
    if (!exists.rowCount) await admin.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
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
  return ambient(
    'pg',
    run(pool),
    async (fn) => {
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
    {
      exec: async (script) => {
        await pool.query(script);
      },
      close: () => pool.end(),
    },
  );
}

interface Open {
  tx: Sql;
  open: boolean;
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

/** Adds the ambient transaction (see Db.transaction) to a driver's query and transaction. */
function ambient(
  kind: Db['kind'],
  base: Sql,
  begin: <T>(fn: (tx: Sql) => Promise<T>) => Promise<T>,
  rest: Pick<Db, 'exec' | 'close'>,
): Db {
  const current = new AsyncLocalStorage<Open>();
  const active = () => {
    const a = current.getStore();
    return a?.open ? a : undefined;
  };
  return {
    kind,
    query: (text, params) => (active()?.tx ?? base).query(text, params),
    async transaction(fn) {
      const outer = active();
      if (outer) {
        const name = `procura_sp${++outer.savepoints}`;
        await outer.tx.query(`SAVEPOINT ${name}`);
        try {
          const out = await fn(outer.tx);
          await outer.tx.query(`RELEASE SAVEPOINT ${name}`);
          return out;
        } catch (err) {
          await outer.tx.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => {});
          throw err;
        }
      }
      let state: Open | undefined;
      const out = await begin((raw) => {
        const tx: Sql = KILL_AFTER_COMMIT
          ? {
              query: (text, params) => {
                if (text.includes(KILL_AFTER_COMMIT)) state!.marked = true;
                return raw.query(text, params);
              },
            }
          : raw;
        state = { tx, open: true, savepoints: 0, marked: false };
        const s = state;
        return current
          .run(s, () => fn(tx))
          .finally(() => {
            s.open = false;
          });
      });
      if (state?.marked) process.kill(process.pid, 'SIGKILL');
      return out;
    },
    ...rest,
  };
}
