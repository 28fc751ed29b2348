/**
 * The reference backend as a Hono app, routes at its root (`/mandates`, `/grants`...).
 * main.ts mounts it under `/api`; tests and other hosts may mount it anywhere.
 * Each domain is a sub-app in `modules/<domain>/` mounted here with `app.route()`; the edge
 * (log, headers, CORS, per-address limit, body limits, errors) is the only middleware set here.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { type AppEnv, type Authenticate, Sessions, identify } from './auth.js';
import type { Deps } from './deps.js';
import { Problem } from './errors.js';
import { DEFAULT_LIMITS, type Limits, limitBodies } from './http/limits.js';
import { requestLog } from './http/log.js';
import { cors } from './http/cors.js';
import { clientAddress, securityHeaders } from './http/headers.js';
import { DEFAULT_RATE_LIMITS, type RateLimits, rateLimit } from './http/rate-limit.js';
import { REPLAYED } from './http/idempotency.js';
import { notFoundHandler, onError, problemResponse } from './http/respond.js';
import type { Store } from './store/store.js';
import { DEMO_OFFICES, DEMO_USERS, type Office, type User } from './users.js';
import { resolveOffice } from './http/office.js';
import { upsertOffices } from './modules/offices/repository.js';
import { seedPeople } from './people.js';
import { sessionModule } from './modules/session/routes.js';
import { mandatesModule } from './modules/mandates/routes.js';
import { accessRequestsModule } from './modules/access-requests/routes.js';
import { grantsModule } from './modules/grants/routes.js';
import { demoMailModule, invitationsModule } from './modules/mail/routes.js';
import { deskModule } from './modules/desk/routes.js';
import { staffModule } from './modules/staff/routes.js';
import { meModule, requestsModule } from './modules/rights/routes.js';
import { deskRightsModule } from './modules/rights/desk.js';
import { documentRoutes } from './modules/documents/routes.js';
import { consentsModule } from './modules/consents/routes.js';
import { noticesModule } from './modules/notices/routes.js';
import { definitionsModule } from './modules/definitions/routes.js';
import { oppositionsModule } from './modules/oppositions/routes.js';
import { decisionsModule } from './modules/decisions/routes.js';
import { proofModule } from './modules/proof/routes.js';
import { demoModule } from './modules/demo/routes.js';
import { systemModule } from './modules/system/routes.js';
import type { ModuleDeps } from './modules/module.js';
import type { ProofKey } from './proof/keys.js';
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
  /**
   * The broker offices this server serves besides `main` (server/README.md "Offices"), stored at
   * start; a request's office is its Host's (`hosts`), else `main`, and a signed-in person's own
   * office wins. Demo mode adds `nord`.
   */
  offices?: Office[];
  /** The mail sender startServer runs (modules/mail/sender.ts); without it mail stays queued. */
  mailer?: Deps['mailer'];
}

export interface ProcuraApp extends Hono<AppEnv> {
  readonly sessions: Sessions;
}

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

export function originAllowed(origin: string, corsOrigins: string[] | '*', demo: boolean): boolean {
  if (corsOrigins === '*') return true;
  return corsOrigins.includes(origin) || (demo && LOCAL_ORIGIN.test(origin));
}

const EXPOSED = [
  REPLAYED,
  'Idempotency-Key',
  'Content-Disposition',
  'X-Content-SHA256',
  'X-Original-SHA256',
  'X-Seal-Level',
  'Retry-After',
  'X-Request-Id',
];

function depsOf(opts: AppOptions): Deps {
  const demo = opts.demo ?? false;
  const now = opts.now ?? (() => new Date());
  const users = new Map((opts.users ?? (demo ? DEMO_USERS : [])).map((u) => [u.id, u]));
  return {
    store: opts.store,
    sessions: new Sessions(opts.store, users, now),
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
    mailer: opts.mailer,
  };
}

function ratesOf(opts: AppOptions) {
  return opts.rateLimits === false
    ? { perAddress: false as const, perSession: false as const }
    : { ...DEFAULT_RATE_LIMITS, ...opts.rateLimits };
}

/** What every request meets first: its log line, the security headers, CORS, the address's limit, body limits. */
function edge(app: Hono<AppEnv>, opts: AppOptions, d: Deps, log: ((line: string) => void) | false) {
  const corsOrigins = opts.corsOrigins ?? [];
  if (log) app.use('*', requestLog(log));
  app.use('*', securityHeaders());
  app.use(
    '*',
    cors({
      // With credentials, the origin is echoed back, never `*`.
      origin: (origin) => (origin && originAllowed(origin, corsOrigins, d.demo) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'], // PUT: /notices/{sha256}
      allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
      exposeHeaders: EXPOSED,
      maxAge: 600,
    }),
  );
  const trustProxy = opts.trustProxy ?? false;
  const perAddress = (c: Context) => (/\/(health|ready)$/.test(c.req.path) ? null : clientAddress(c, trustProxy));
  app.use('*', rateLimit(ratesOf(opts).perAddress, perAddress, { store: opts.store, name: 'address' }));
  app.use('*', limitBodies(d.limits));
}

/** The modules' own middleware: who calls, their session's limit, and the origin of a cookie-borne write. */
function signedIn(opts: AppOptions, d: Deps): MiddlewareHandler<AppEnv>[] {
  const corsOrigins = opts.corsOrigins ?? [];
  // A cookie rides along on cross-origin form posts: those must come from an allowed origin.
  const sameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
    const origin = c.req.header('origin');
    if (c.get('authVia') === 'cookie' && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && origin) {
      const self = new URL(c.req.url).origin;
      if (origin !== self && !originAllowed(origin, corsOrigins, d.demo))
        return problemResponse(new Problem('origin'), c);
    }
    return next();
  };
  return [
    identify(d.sessions, opts.authenticate),
    // Counted only once the token names someone: made-up tokens fall under the address's limit.
    rateLimit(ratesOf(opts).perSession, (c) => c.get('rateKey') ?? null, { store: opts.store, name: 'session' }),
    sameOrigin,
  ];
}

/** One sub-app per domain; the demo module only in demo mode. */
function mount(app: Hono<AppEnv>, d: ModuleDeps, opts: AppOptions) {
  app.route('/', systemModule(d));
  app.route('/session', sessionModule(d, { trustProxy: opts.trustProxy ?? false }));
  app.route('/mandates', mandatesModule(d));
  app.route('/access-requests', accessRequestsModule(d));
  const grants = grantsModule(d);
  documentRoutes(grants, d);
  app.route('/grants', grants);
  app.route('/desk/staff', staffModule(d));
  app.route('/desk/rights', deskRightsModule(d));
  app.route('/desk', deskModule(d));
  app.route('/consents', consentsModule(d));
  app.route('/notices', noticesModule(d));
  app.route('/definitions', definitionsModule(d));
  app.route('/oppositions', oppositionsModule(d));
  app.route('/decisions', decisionsModule(d));
  app.route('/me', meModule(d));
  app.route('/requests', requestsModule(d));
  app.route('/proof', proofModule(d));
  app.route('/invitations', invitationsModule(d));
  if (d.demo) app.route('/demo/mail', demoMailModule(d));
  if (d.demo) app.route('/demo', demoModule(d, { reset: opts.demoReset ?? process.env.PROCURA_DEMO_RESET === '1' }));
}

export function createApp(opts: AppOptions): ProcuraApp {
  const d = depsOf(opts);
  const log = opts.log === undefined ? (line: string) => process.stderr.write(line + '\n') : opts.log;
  const app = new Hono<AppEnv>();
  edge(app, opts, d, log);
  const offices = [...(opts.offices ?? []), ...(d.demo ? DEMO_OFFICES : [])];
  const officesStored = offices.length ? upsertOffices(opts.store.systemScope(), offices) : Promise.resolve();
  // The directory's people get their `people` row (server/people.ts), and d.users their corrections.
  const stored = officesStored.then(() => seedPeople(opts.store, d.users));
  stored.catch(() => {}); // reported by the first request that awaits it
  app.use('*', resolveOffice(offices, stored));
  mount(app, { ...d, signedIn: signedIn(opts, d) }, opts);
  app.notFound(notFoundHandler);
  app.onError(onError(log || (() => {})));
  return Object.assign(app, { sessions: d.sessions });
}
