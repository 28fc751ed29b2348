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
import { Store, type StoreOptions } from './store/index.js';
import { loadProofKey, type ProofKey } from './proof/keys.js';
import { loadSealer, sealOptionsFromEnv } from './proof/seal.js';
import type { Sealer } from './proof/types.js';

export const API_PREFIX = '/api';

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
  log?: (line: string) => void;
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

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const ownStore = !opts.store;
  const store = opts.store ?? (await Store.open(opts.storeOptions));
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const demo = opts.demo ?? false;
  // Outside demo mode a server started from the environment (main.ts) must be given its key; a
  // host that passes its own store (tests, embedding) may run on a key for this process only.
  const proofKey =
    opts.proofKey ??
    (await loadProofKey({
      file: process.env.PROCURA_PROOF_KEY || undefined,
      demo: demo || !ownStore,
      dataDir: opts.storeOptions?.databaseUrl ? undefined : opts.storeOptions?.dataDir,
    }).catch(async (err) => {
      if (ownStore) await store.close().catch(() => {});
      throw err;
    }));
  // The same rule for the seal: outside demo mode a server started from the environment must be
  // given a certificate (or PROCURA_SEAL=off); a host with its own store may seal with a demo one.
  const sealEnv = sealOptionsFromEnv(process.env);
  const seal =
    opts.seal === false || (opts.seal === undefined && sealEnv.off)
      ? undefined
      : (opts.seal ??
        (await loadSealer({
          ...sealEnv,
          demo: demo || !ownStore,
          dataDir: opts.storeOptions?.databaseUrl ? undefined : opts.storeOptions?.dataDir,
          now: opts.now,
        }).catch(async (err) => {
          if (ownStore) await store.close().catch(() => {});
          throw err;
        })));

  // Every event appended from now on is followed by a signed checkpoint of its grant's head.
  store.setSigner((payload, typ) => proofKey.sign(payload, typ));

  const root = new Hono();
  root.use('*', requestLog(log));
  root.use('*', securityHeaders());
  // TRUST_PROXY=1 and RATE_LIMIT* (server/README.md) when the options do not say.
  const trustProxy = opts.trustProxy ?? process.env.TRUST_PROXY === '1';
  const rateLimits = opts.rateLimits ?? rateLimitsFromEnv(process.env);
  root.route(
    API_PREFIX,
    createApp({ ...opts, store, demo, proofKey, seal, basePath: API_PREFIX, log: false, trustProxy, rateLimits }),
  );
  if (demo) root.route('/', analyticsApp(opts.now));
  if (opts.staticDir) root.use('*', serveStatic(opts.staticDir));
  root.notFound(notFoundHandler);
  root.onError(onError(log));

  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const s = serve({ fetch: root.fetch, port: opts.port ?? 8080, hostname: opts.host ?? '127.0.0.1' }, () =>
      resolveServer(s),
    );
    s.once('error', reject);
  }).catch(async (err) => {
    // The port is taken: give the data folder back (its lock) before failing.
    if (ownStore) await store.close().catch(() => {});
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  const now = opts.now ?? (() => new Date());
  const housekeeping = () => store.purge(now()).catch((err: Error) => log(`purge failed: ${err.message}`));
  void housekeeping();
  const timer = setInterval(housekeeping, 3600_000);
  timer.unref();
  // The global checkpoint: at start, daily, and at shutdown. Its JWS also goes to the log (no
  // personal data: hashes and counts), a copy outside the database for whoever keeps the logs.
  const checkpoint = (when: string) =>
    store.globalCheckpoint(now()).then(
      (jws) => jws && log(`checkpoint ${when} ${jws}`),
      (err: Error) => log(`global checkpoint (${when}) failed: ${err.message}`),
    );
  await checkpoint('start');
  const daily = setInterval(() => void checkpoint('daily'), 24 * 3600_000);
  daily.unref();
  return {
    url: `http://localhost:${port}`,
    port,
    store,
    app: root,
    seal,
    async close() {
      clearInterval(timer);
      clearInterval(daily);
      await new Promise<void>((done) => {
        server.close(() => done());
        // Keep-alive sockets would hold close() open until they time out.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await checkpoint('shutdown');
      if (ownStore) await store.close();
    },
  };
}
