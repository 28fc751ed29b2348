/**
 * Test harness: every suite runs against a real server on loopback, once on PGlite (in
 * memory) and once more on PostgreSQL when PROCURA_TEST_DATABASE_URL is set (each suite in
 * a schema of its own, dropped afterwards).
 */
import { after, before, describe } from 'node:test';
import { randomBytes, randomUUID, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startServer, type RunningServer, type StartOptions } from '../start.js';
import { Store } from '../store/store.js';
import { at } from '../../test/support/at.js';

const PG_URL = process.env.PROCURA_TEST_DATABASE_URL;

/**
 * A migrated, empty PGlite, as a tarball: made once for a given set of migrations (kept in
 * .tmp/ for the next test files), and every PGlite store of the suites starts from it. Starting
 * PGlite from scratch and migrating costs seconds; loading the dump, about a third of that.
 */
let template: Promise<Blob> | undefined;
function pgliteTemplate(): Promise<Blob> {
  return (template ??= (async () => {
    const dir = 'server/migrations';
    const hash = createHash('sha256');
    // What makes the template: the migrations, the code that runs them, and PGlite's version.
    for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
    hash.update(readFileSync('server/store/migrate.ts'));
    hash.update(readFileSync('node_modules/@electric-sql/pglite/package.json'));
    const file = join('.tmp', 'pglite-template', `${hash.digest('hex').slice(0, 16)}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const store = await Store.open({ dataDir: 'memory://' });
    const dump = await store.db.dump!();
    await store.close();
    mkdirSync(dirname(file), { recursive: true });
    const part = `${file}.${process.pid}`;
    writeFileSync(part, new Uint8Array(await dump.arrayBuffer()));
    renameSync(part, file); // whole or absent: another test process may read it at once
    return dump;
  })());
}
/** `PROCURA_TEST_STORE=postgres` (or `pglite`) runs the suites on that backend only (scripts/test.js runs each apart). */
const ONLY = process.env.PROCURA_TEST_STORE;

type Backend = { name: 'pglite' | 'postgres'; open(): Promise<{ store: Store; drop(): Promise<void> }> };

const ALL_BACKENDS: Backend[] = [
  {
    name: 'pglite',
    async open() {
      const store = await Store.open({ dataDir: 'memory://', pgliteTemplate: await pgliteTemplate() });
      return { store, drop: () => store.close() };
    },
  },
  ...(PG_URL
    ? [
        {
          name: 'postgres' as const,
          async open() {
            const schema = `t_${randomBytes(6).toString('hex')}`;
            const store = await Store.open({ databaseUrl: PG_URL, schema });
            return {
              store,
              async drop() {
                await store.close();
                const { default: pg } = await import('pg');
                const c = new pg.Client({ connectionString: PG_URL });
                await c.connect();
                await c.query(`DROP SCHEMA ${schema} CASCADE`);
                await c.end();
              },
            };
          },
        },
      ]
    : []),
];

if (ONLY === 'postgres' && !PG_URL) throw new Error('PROCURA_TEST_STORE=postgres needs PROCURA_TEST_DATABASE_URL');
export const BACKENDS: Backend[] = ONLY ? ALL_BACKENDS.filter((b) => b.name === ONLY) : ALL_BACKENDS;

export const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

export class Ctx {
  server!: RunningServer;
  store!: Store;
  logs: string[] = [];
  /** The server's clock: tests move it to reach expiry dates. */
  nowMs = Date.now();
  private drop!: () => Promise<void>;

  constructor(
    readonly backend: (typeof BACKENDS)[number],
    private opts: Partial<StartOptions>,
  ) {}

  get url() {
    return this.server.url;
  }

  async start() {
    const { store, drop } = await this.backend.open();
    this.store = store;
    this.drop = drop;
    this.server = await startServer({
      port: 0,
      demo: true,
      demoReset: true,
      store,
      now: () => new Date(this.nowMs),
      log: (l) => this.logs.push(l),
      // The server's own retention run would purge what a test just wrote with an old date (an
      // opposition of 2025 is past its 13 months): retention.test.ts runs the job itself.
      retention: false,
      ...this.opts,
    });
  }

  async stop() {
    await this.server.close();
    await this.drop();
  }

  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const rows = await this.store.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM ${table} WHERE ${where}`,
      params,
    );
    return at(rows, 0).n;
  }

  async signIn(user: string): Promise<string> {
    const res = await fetch(`${this.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, token: true }),
    });
    if (res.status !== 201) throw new Error(`sign-in as ${user} answered ${res.status}`);
    return ((await res.json()) as { token: string }).token;
  }

  fetch(path: string, init: RequestInit & { token?: string; key?: string | false } = {}) {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.key !== undefined && init.key !== false) headers.set('idempotency-key', init.key);
    return fetch(`${this.url}/api${path}`, { ...init, headers });
  }

  post(path: string, body: unknown, opts: { token?: string; key?: string | false } = {}) {
    return this.fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      token: opts.token,
      key: opts.key === undefined ? randomUUID() : opts.key,
    });
  }

  async submitMandate(
    token: string,
    mandate: unknown,
    pdf: Uint8Array,
    key: string | false = randomUUID(),
    type = 'application/pdf',
  ) {
    const form = new FormData();
    form.set('mandate', JSON.stringify(mandate));
    form.set('document', new Blob([new Uint8Array(pdf)], { type }), 'mandate.pdf');
    return this.fetch('/mandates', { method: 'POST', body: form, token, key });
  }

  /** A pending grant from `grantor` to `mandataryEmail`, through the real route. */
  async makeGrant(token: string, overrides: Partial<MandateInput> = {}): Promise<{ id: string; grantId: string }> {
    const pdf = await makePdf(1);
    const res = await this.submitMandate(token, validMandate(sha256(pdf), overrides), pdf);
    if (res.status !== 201) throw new Error(`mandate answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as { id: string; grantId: string };
  }
}

/** Declares `body` once per backend, each with its own server and database. */
export function suite(name: string, body: (ctx: Ctx) => void, opts: Partial<StartOptions> = {}) {
  for (const backend of BACKENDS) {
    describe(`${name} [${backend.name}]`, () => {
      const ctx = new Ctx(backend, opts);
      before(() => ctx.start());
      after(() => ctx.stop());
      body(ctx);
    });
  }
}

export async function makePdf(pages: number, opts: { objectStreams?: boolean } = {}): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++)
    pdf.addPage([595, 842]).drawText(`Mandat, page ${i + 1}`, { x: 50, y: 780, size: 14, font });
  return pdf.save({ useObjectStreams: opts.objectStreams ?? true });
}

export interface MandateInput {
  service: string;
  grantor: Record<string, unknown>;
  mandatary: Record<string, unknown>;
  scope: Record<string, unknown>;
  validUntil?: string;
  signatures: unknown[];
  [k: string]: unknown;
}

export function validMandate(documentSha256: string, overrides: Partial<MandateInput> = {}): MandateInput {
  const signedAt = new Date().toISOString();
  return {
    service: 'Espace client',
    grantor: {
      kind: 'natural',
      givenName: 'Anne',
      familyName: 'Dupont',
      email: 'anne.dupont@example.com',
      clientRef: 'C-100231',
    },
    mandatary: { givenName: 'Bram', familyName: 'Janssens', email: 'bram.janssens@example.com', relation: 'fils' },
    scope: { contracts: 'all', includeFuture: true },
    signatures: [
      { party: 'grantor', method: 'drawn', signerName: 'Anne Dupont', signedAt },
      { party: 'mandatary', method: 'typed', signerName: 'Bram Janssens', signedAt },
    ],
    locale: 'fr',
    ...overrides,
    document: { sha256: documentSha256 },
  };
}

export const problemOf = async (res: Response) => {
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json'))
    throw new Error(`expected a problem, got ${res.status} ${type}: ${await res.text()}`);
  return (await res.json()) as {
    status: number;
    title: string;
    code?: string;
    detail?: string;
    errors?: { pointer: string; detail: string; code?: string }[];
  };
};

export const pointers = (p: { errors?: { pointer: string }[] }) => (p.errors ?? []).map((e) => e.pointer).sort();
