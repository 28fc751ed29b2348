/**
 * Starts the whole server: the API under /api, the demo analytics stand-in and the static
 * site at the root. Used by main.ts (from the environment) and by tests (in process).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp, type AppOptions } from './app.js';
import { analyticsApp } from './demo/analytics.js';
import { requestLog } from './http/log.js';
import { securityHeaders } from './http/headers.js';
import { rateLimitsFromEnv } from './http/rate-limit.js';
import { notFoundHandler, onError } from './http/respond.js';
import { serveStatic } from './http/static.js';
import { Store, type StoreOptions } from './store/store.js';
import { loadProofKey, type ProofKey } from './proof/keys.js';
import { loadSealer, sealOptionsFromEnv } from './proof/seal.js';
import type { Sealer } from './proof/types.js';
import { DEMO_USERS } from './users.js';
import { serverJobs } from './jobs/jobs.js';
import { retentionFromEnv, type Retention } from './jobs/retention.js';
import { Scheduler } from './jobs/scheduler.js';
import { MailSender, mailConfigFromEnv, type MailConfig } from './modules/mail/sender.js';

export const API_PREFIX = '/api';

type Log = (line: string) => void;

export interface StartOptions extends Omit<AppOptions, 'store' | 'basePath' | 'log' | 'proofKey' | 'seal'> {
  /**
   * Default: from PROCURA_SEAL_P12 / PROCURA_SEAL_CERT + PROCURA_SEAL_KEY and PROCURA_TSA_URL, else
   * (demo mode, or a host-provided store) a demo certificate kept beside the PGlite folder or for
   * this process; `false` (or PROCURA_SEAL=off): accepted PDFs are stored unsealed.
   */
  seal?: Sealer | false;
  /** Default: PROCURA_PROOF_KEY, else (demo mode only) one made and kept beside the PGlite folder, or for this process. */
  proofKey?: ProofKey;
  port?: number;
  host?: string;
  /** An open store; otherwise one is opened from `storeOptions` (and closed with the server). */
  store?: Store;
  storeOptions?: StoreOptions;
  staticDir?: string;
  /** Mail (server/README.md "Mail"); default from SMTP_URL, MAIL_FROM, INVITATION_URL, MAIL_POLL_MS. */
  mail?: MailConfig;
  log?: (line: string) => void;
  /**
   * Retention rules (jobs/retention.ts, server/README.md "Retention"); default from RETENTION_*,
   * `false` (or PROCURA_RETENTION=0) for no purge.
   */
  retention?: Partial<Retention> | false;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  app: Hono;
  /** The seal in use (none when turned off). */
  seal?: Sealer;
  close(): Promise<void>;
}

/** Closes a store this server opened itself, then rethrows: a failed start gives the data folder back. */
const closingOnError = (store: Store, own: boolean) => async (err: unknown) => {
  if (own) await store.close().catch(() => {});
  throw err;
};

/**
 * The proof key and the seal. Outside demo mode a server started from the environment (main.ts)
 * must be given both (or PROCURA_SEAL=off); a host that passes its own store (tests, embedding)
 * may run on a key and a demo seal for this process only.
 */
async function proofOf(opts: StartOptions, store: Store, own: boolean) {
  const demo = (opts.demo ?? false) || !own;
  const dataDir = opts.storeOptions?.databaseUrl ? undefined : opts.storeOptions?.dataDir;
  const proofKey =
    opts.proofKey ??
    (await loadProofKey({ file: process.env.PROCURA_PROOF_KEY || undefined, demo, dataDir }).catch(
      closingOnError(store, own),
    ));
  const sealEnv = sealOptionsFromEnv(process.env);
  const off = opts.seal === false || (opts.seal === undefined && sealEnv.off);
  const seal = off
    ? undefined
    : opts.seal || (await loadSealer({ ...sealEnv, demo, dataDir, now: opts.now }).catch(closingOnError(store, own)));
  return { proofKey, seal };
}

/** `/api` (createApp), the analytics stand-in in demo mode, and the static files. */
function rootApp(opts: StartOptions, store: Store, proof: { proofKey: ProofKey; seal?: Sealer }, log: Log) {
  const demo = opts.demo ?? false;
  const root = new Hono();
  root.use('*', requestLog(log));
  root.use('*', securityHeaders());
  // TRUST_PROXY=1 and RATE_LIMIT* (server/README.md) when the options do not say.
  const trustProxy = opts.trustProxy ?? process.env.TRUST_PROXY === '1';
  const rateLimits = opts.rateLimits ?? rateLimitsFromEnv(process.env);
  const { proofKey, seal } = proof;
  const api = createApp({
    ...opts,
    store,
    demo,
    proofKey,
    seal,
    basePath: API_PREFIX,
    log: false,
    trustProxy,
    rateLimits,
  });
  root.route(API_PREFIX, api);
  if (demo) root.route('/', analyticsApp(opts.now));
  if (opts.staticDir) root.use('*', serveStatic(opts.staticDir));
  root.notFound(notFoundHandler);
  root.onError(onError(log));
  return root;
}

/**
 * How long an idle keep-alive connection stays open: longer than the 60 s a reverse proxy or a
 * load balancer keeps an upstream connection, so that the proxy (or a client) closes first. With
 * Node's 5 s default, a request written as the server closes the connection is reset: a 502
 * behind a proxy, ECONNRESET for a client (server/test/keep-alive.test.ts).
 */
export const KEEP_ALIVE_MS = 65_000;

function listen(root: Hono, opts: StartOptions) {
  return new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const port = opts.port ?? 8080;
    const hostname = opts.host ?? '127.0.0.1';
    // headersTimeout (a request's headers must arrive within it) is kept above the keep-alive, as Node advises.
    const serverOptions = { keepAliveTimeout: KEEP_ALIVE_MS, headersTimeout: KEEP_ALIVE_MS + 1_000 };
    const s = serve({ fetch: root.fetch, port, hostname, serverOptions }, () => resolveServer(s));
    s.once('error', reject);
  });
}

/**
 * The scheduled jobs (jobs/scheduler.ts: the expiry sweep, the daily global checkpoint, retention),
 * and a global checkpoint at start and at shutdown (its JWS also in the log: hashes and counts only).
 */
async function background(store: Store, opts: StartOptions, log: Log) {
  const now = opts.now ?? (() => new Date());
  const checkpoint = (when: string) =>
    store.globalCheckpoint(now()).then(
      (jws) => jws && log(`checkpoint ${when} ${jws}`),
      (err: Error) => log(`global checkpoint (${when}) failed: ${err.message}`),
    );
  await checkpoint('start');
  const users = opts.users ?? (opts.demo ? DEMO_USERS : []);
  const clients = users.flatMap((u) => (u.clientRef ? [u.clientRef] : []));
  const retention = opts.retention ?? (process.env.PROCURA_RETENTION === '0' ? false : retentionFromEnv(process.env));
  const scheduler = new Scheduler(store, serverJobs(store, { retention, clients: () => clients, log }), { now, log });
  scheduler.start();
  return async () => {
    await scheduler.stop();
    await checkpoint('shutdown');
  };
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const own = !opts.store;
  const store = opts.store ?? (await Store.open(opts.storeOptions));
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const proof = await proofOf(opts, store, own);
  // Every event appended from now on is followed by a signed checkpoint of its grant's head.
  store.setSigner((payload, typ) => proof.proofKey.sign(payload, typ));
  const now = opts.now ?? (() => new Date());
  const mail = opts.mail ?? mailConfigFromEnv(process.env);
  const mailer = new MailSender(store, { config: mail, demo: opts.demo ?? false, now, log });
  const root = rootApp({ ...opts, mailer }, store, proof, log);
  // The port taken: the data folder (its lock) is given back before failing.
  const server = await listen(root, opts).catch(closingOnError(store, own));
  const port = (server.address() as AddressInfo).port;
  const stop = await background(store, opts, log);
  mailer.start();
  return {
    url: `http://localhost:${port}`,
    port,
    store,
    app: root,
    seal: proof.seal,
    async close() {
      await new Promise<void>((done) => {
        server.close(() => done());
        // Keep-alive sockets would hold close() open until they time out.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await mailer.stop();
      await stop();
      if (own) await store.close();
    },
  };
}
