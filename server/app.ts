/**
 * The reference backend as a Hono app, routes at its root (`/mandates`, `/grants`...).
 * main.ts mounts it under `/api`; tests and other hosts may mount it anywhere.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { type AppEnv, type Authenticate, Sessions, identify } from './auth.js';
import type { Deps } from './deps.js';
import { Problem } from './errors.js';
import { DEFAULT_LIMITS, type Limits, limitBodies } from './http/limits.js';
import { requestLog } from './http/log.js';
import { clientAddress, securityHeaders } from './http/headers.js';
import { DEFAULT_RATE_LIMITS, type RateLimits, rateLimit } from './http/rate-limit.js';
import { REPLAYED } from './http/idempotency.js';
import { notFoundHandler, onError, problemResponse } from './http/respond.js';
import type { Store } from './store/index.js';
import { DEMO_USERS, type User } from './users.js';
import { sessionRoutes } from './routes/session.js';
import { mandateRoutes } from './routes/mandates.js';
import { accessRequestRoutes } from './routes/access-requests.js';
import { grantRoutes } from './routes/grants.js';
import { consentRoutes } from './routes/consents.js';
import { demoRoutes } from './routes/demo.js';
import { proofRoutes } from './routes/proof.js';
import type { ProofKey } from './proof/keys.js';
import { readiness } from './ready.js';
import type { Sealer } from './proof/types.js';

export interface AppOptions {
  store: Store;
  /** Demo people and the demo routes (seed, reset, sign-in by name). */
  demo?: boolean;
  /** `POST /demo/reset` empties every table: allowed only with this (env PROCURA_DEMO_RESET=1), in demo mode, for the broker. */
  demoReset?: boolean;
  now?: () => Date;
  limits?: Partial<Limits>;
  /** Origins allowed to call with credentials. Demo mode adds any http://localhost:* and 127.0.0.1:*. */
  corsOrigins?: string[] | '*';
  /** The directory of people; defaults to the demo people in demo mode, else nobody. */
  users?: readonly User[];
  /** Where the app is mounted (`/api`), for the absolute document URLs it returns. */
  basePath?: string;
  /** Where people sign in on the site (env SIGN_IN_URL): `GET /session` tells the elements, so they can link to it. */
  signInUrl?: string;
  /** One line per request, or `false` when the host logs (main.ts does). Default: stderr. */
  log?: ((line: string) => void) | false;
  /** Behind a TLS-terminating proxy (env TRUST_PROXY=1): trust its X-Forwarded-Proto and X-Forwarded-For. */
  trustProxy?: boolean;
  /** Requests per client address and per session (429 beyond); `false` for none. */
  rateLimits?: Partial<RateLimits> | false;
  /** The key that signs receipts and checkpoints (`loadProofKey`); startServer loads it from PROCURA_PROOF_KEY or makes one in demo mode. */
  proofKey: ProofKey;
  /** Seals accepted PDFs (PAdES); startServer makes it from the environment. */
  seal?: Sealer;
  /**
   * A site's own sign-in: maps a request to a person (`User`) or null, instead of the session
   * lookup (`oidcAuthenticator` in auth/oidc.ts verifies OIDC bearer tokens; main.ts sets it from OIDC_*).
   */
  authenticate?: Authenticate;
}

export interface ProcuraApp extends Hono<AppEnv> {
  readonly sessions: Sessions;
}

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

export function originAllowed(origin: string, corsOrigins: string[] | '*', demo: boolean): boolean {
  if (corsOrigins === '*') return true;
  return corsOrigins.includes(origin) || (demo && LOCAL_ORIGIN.test(origin));
}

export function createApp(opts: AppOptions): ProcuraApp {
  const demo = opts.demo ?? false;
  const now = opts.now ?? (() => new Date());
  const users = new Map((opts.users ?? (demo ? DEMO_USERS : [])).map((u) => [u.id, u]));
  const sessions = new Sessions(opts.store, users, now);
  const corsOrigins = opts.corsOrigins ?? [];
  const log = opts.log === undefined ? (line: string) => process.stderr.write(line + '\n') : opts.log;
  const deps: Deps = {
    store: opts.store,
    sessions,
    users,
    now,
    today: () => now().toISOString().slice(0, 10),
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    demo,
    basePath: (opts.basePath ?? '').replace(/\/$/, ''),
    newId: randomUUID,
    signInUrl: opts.signInUrl,
    proofKey: opts.proofKey,
    seal: opts.seal,
  };

  const trustProxy = opts.trustProxy ?? false;
  const rates =
    opts.rateLimits === false
      ? { perAddress: false as const, perSession: false as const }
      : { ...DEFAULT_RATE_LIMITS, ...opts.rateLimits };

  const app = new Hono<AppEnv>();
  if (log) app.use('*', requestLog(log));
  app.use('*', securityHeaders());
  app.use(
    '*',
    cors({
      // With credentials, the origin is echoed back, never `*`.
      origin: (origin) => (origin && originAllowed(origin, corsOrigins, demo) ? origin : null),
      credentials: true,
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
      exposeHeaders: [
        REPLAYED,
        'Idempotency-Key',
        'Content-Disposition',
        'X-Content-SHA256',
        'X-Original-SHA256',
        'X-Seal-Level',
        'Retry-After',
        'X-Request-Id',
      ],
      maxAge: 600,
    }),
  );
  app.use(
    '*',
    rateLimit(rates.perAddress, (c) => (/\/(health|ready)$/.test(c.req.path) ? null : clientAddress(c, trustProxy))),
  );
  app.use('*', limitBodies(deps.limits));
  const identifyUser = identify(sessions, opts.authenticate);
  app.use('*', async (c, next) => {
    // Oppositions carry no identifier: the session is not even looked at.
    if (c.req.path.endsWith('/oppositions')) {
      c.set('user', null);
      c.set('authVia', null);
      return next();
    }
    return identifyUser(c, next);
  });
  // Counted only once the token names someone: made-up tokens fall under the address's limit.
  app.use(
    '*',
    rateLimit(rates.perSession, (c) => c.get('rateKey') ?? null),
  );
  // A cookie rides along on cross-origin form posts: those must come from an allowed origin.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    if (c.get('authVia') === 'cookie' && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && origin) {
      const self = new URL(c.req.url).origin;
      if (origin !== self && !originAllowed(origin, corsOrigins, demo))
        return problemResponse(new Problem('origin'), c);
    }
    return next();
  });

  // Liveness (the process answers, its database too) and readiness (server/ready.ts): a load
  // balancer or an orchestrator sends traffic only once /ready says 200.
  app.get('/health', async (c) => {
    await opts.store.db.query('SELECT 1');
    return c.json({ status: 'ok', store: opts.store.db.kind, demo });
  });
  app.get('/ready', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await readiness(deps), 200);
  });
  sessionRoutes(app, deps, { trustProxy });
  mandateRoutes(app, deps);
  accessRequestRoutes(app, deps);
  grantRoutes(app, deps);
  consentRoutes(app, deps);
  proofRoutes(app, deps);
  demoRoutes(app, deps, { reset: opts.demoReset ?? process.env.PROCURA_DEMO_RESET === '1' });

  app.notFound(notFoundHandler);
  app.onError(onError(log || (() => {})));
  return Object.assign(app, { sessions });
}
