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
import { DEFAULT_OFFICE, SYSTEM_OFFICE, type Scope } from '../modules/scope.js';
import { purgeSessions } from '../modules/session/repository.js';
import * as trail from '../modules/grants/trail.js';
import { document } from '../modules/documents/repository.js';
import { mandateBody } from '../modules/mandates/repository.js';

export interface StoreOptions {
  /** PGlite folder, or `memory://`. Ignored when `databaseUrl` is set. */
  dataDir?: string;
  /** In memory only: a PGlite dump (`db.dump()`) to start from instead of an empty database. */
  pgliteTemplate?: Blob;
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
    : await openPglite(opts.dataDir ?? '.data/pglite', opts.pgliteTemplate);
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

  /**
   * What a repository runs in: the pool (or the ambient transaction) for one office, the signer
   * and the office. A request's data always goes through `scope(officeOf(c))`; the default
   * office is for code that serves no request (a single-office server, tests).
   */
  scope(office: string = DEFAULT_OFFICE): Scope {
    return { tx: this.db.as(office), signer: this.signer, office };
  }

  /**
   * The scope of the server's own jobs across every office (`*`: the global checkpoint, the
   * expiry sweep, retention, the mail sender). Never for a request's data.
   */
  systemScope(): Scope {
    return this.scope(SYSTEM_OFFICE);
  }

  /** Runs `fn` in one transaction (a savepoint inside another): repositories called with its scope commit together. */
  transaction<T>(fn: (s: Scope) => Promise<T>, office: string = DEFAULT_OFFICE): Promise<T> {
    const s = this.scope(office);
    return this.db.transaction(() => fn(s));
  }

  /** A claim in the default office (tests of the claim itself; routes go through `once`). */
  claimIdempotency(principal: string, route: string, key: string, fingerprint: string, at: Date) {
    return idem.claimIdempotency(this.scope(), { principal, route, key, fingerprint }, at);
  }

  /** See idempotency.ts `once`: the claim, the effect and its answer in one transaction. */
  once(k: idem.KeyRef, at: Date, effect: () => Promise<{ status: number; body: string }>, office = DEFAULT_OFFICE) {
    return idem.once(this.db, this.scope(office), k, at, effect);
  }

  /** Housekeeping: idempotency keys are kept a day (the draft's advice), sessions until they expire. */
  async purge(at: Date, keyLifetimeMs = 24 * 3600_000) {
    await idem.purgeKeys(this.systemScope(), at, keyLifetimeMs);
    await purgeSessions(this.systemScope(), at);
  }

  /** Signs and stores the global head (grants/trail.ts) of every office; null without a signer. */
  async globalCheckpoint(at: Date): Promise<string | null> {
    const signer = this.signer;
    if (!signer) return null;
    return this.transaction((s) => trail.globalCheckpoint(s.tx, signer, at), SYSTEM_OFFICE);
  }

  // What proof/evidence.ts reads of a grant, in the grant's office.
  events(grantId: string, office = DEFAULT_OFFICE) {
    return trail.events(this.scope(office), grantId);
  }
  checkpoints(grantId: string, office = DEFAULT_OFFICE) {
    return trail.checkpoints(this.scope(office), grantId);
  }
  document(mandateId: string, office = DEFAULT_OFFICE) {
    return document(this.scope(office), mandateId);
  }
  mandateBody(mandateId: string, office = DEFAULT_OFFICE) {
    return mandateBody(this.scope(office), mandateId);
  }
}
