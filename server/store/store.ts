/**
 * The database handle the app is given (`createApp({ store })`): opens PGlite or PostgreSQL,
 * runs the migrations, holds the proof key's signer, and hands repositories their `Scope`.
 * The SQL itself lives in the repositories (`server/modules/<domain>/repository.ts`); the few
 * methods below are the public ones that hosts, the proof code and the tests call.
 */
import { openPg, openPglite, type Db } from './db.js';
import { migrate } from './migrate.js';
import * as idem from './idempotency.js';
import type { Signer } from '../proof/checkpoints.js';
import { DEFAULT_OFFICE, type Scope } from '../modules/scope.js';
import { purgeSessions } from '../modules/session/repository.js';
import * as trail from '../modules/grants/trail.js';
import { document } from '../modules/documents/repository.js';
import { mandateBody } from '../modules/mandates/repository.js';

export interface StoreOptions {
  /** PGlite folder, or `memory://`. Ignored when `databaseUrl` is set. */
  dataDir?: string;
  /** A PostgreSQL URL: the same SQL runs through `pg`. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing). */
  schema?: string;
  /**
   * A PostgreSQL URL of the owner role (DATABASE_OWNER_URL): migrations run through it, and the
   * server then works through `databaseUrl`, the app role, which may not alter the tables
   * (scripts/db-roles.sql). Without it, migrations run through `databaseUrl`.
   */
  ownerUrl?: string;
  poolSize?: number;
}

async function openMigrated(opts: StoreOptions): Promise<Db> {
  const pg = (url: string, max?: number) => openPg({ connectionString: url, schema: opts.schema, max });
  if (opts.databaseUrl && opts.ownerUrl) {
    const owner = await pg(opts.ownerUrl, 1);
    try {
      await migrate(owner);
    } finally {
      await owner.close();
    }
    return pg(opts.databaseUrl, opts.poolSize);
  }
  const db = opts.databaseUrl
    ? await pg(opts.databaseUrl, opts.poolSize)
    : await openPglite(opts.dataDir ?? '.data/pglite');
  await migrate(db);
  return db;
}

export class Store {
  private signer?: Signer;

  constructor(readonly db: Db) {}

  static async open(opts: StoreOptions = {}): Promise<Store> {
    return new Store(await openMigrated(opts));
  }

  /**
   * Gives the store the proof key's signature (ProofKey.sign): from then on each event appended
   * is followed, in the same transaction, by a signed checkpoint of its grant's head.
   */
  setSigner(signer: Signer) {
    this.signer = signer;
  }

  close() {
    return this.db.close();
  }

  /** What a repository runs in: the pool (or the ambient transaction), the signer and the office. */
  scope(office: string = DEFAULT_OFFICE): Scope {
    return { tx: this.db, signer: this.signer, office };
  }

  /** Runs `fn` in one transaction (a savepoint inside another): repositories called with its scope commit together. */
  transaction<T>(fn: (s: Scope) => Promise<T>, office: string = DEFAULT_OFFICE): Promise<T> {
    return this.db.transaction((tx) => fn({ tx, signer: this.signer, office }));
  }

  claimIdempotency(principal: string, route: string, key: string, fingerprint: string, at: Date) {
    return idem.claimIdempotency(this.db, { principal, route, key, fingerprint }, at);
  }

  /** See idempotency.ts `once`: the claim, the effect and its answer in one transaction. */
  once(k: idem.KeyRef, at: Date, effect: () => Promise<{ status: number; body: string }>) {
    return idem.once(this.db, k, at, effect);
  }

  /** Housekeeping: idempotency keys are kept a day (the draft's advice), sessions until they expire. */
  async purge(at: Date, keyLifetimeMs = 24 * 3600_000) {
    await idem.purgeKeys(this.db, at, keyLifetimeMs);
    await purgeSessions(this.scope(), at);
  }

  /** Signs and stores the global head (grants/trail.ts); null without a signer. */
  async globalCheckpoint(at: Date): Promise<string | null> {
    const signer = this.signer;
    if (!signer) return null;
    return this.db.transaction((tx) => trail.globalCheckpoint(tx, signer, at));
  }

  // What proof/evidence.ts reads of a grant.
  events(grantId: string) {
    return trail.events(this.scope(), grantId);
  }
  checkpoints(grantId: string) {
    return trail.checkpoints(this.scope(), grantId);
  }
  document(mandateId: string) {
    return document(this.scope(), mandateId);
  }
  mandateBody(mandateId: string) {
    return mandateBody(this.scope(), mandateId);
  }
}
