/**
 * `node --import tsx server/main.ts`: the reference server, configured from the environment.
 *   PORT (8080; 0 = any free port), HOST (127.0.0.1), DATA_DIR (.data/pglite, or memory://),
 *   DATABASE_URL (PostgreSQL instead of PGlite), DATABASE_OWNER_URL (the owner role that runs migrations), STATIC_DIR, PROCURA_DEMO (on unless 0),
 *   CORS_ORIGINS (comma-separated origins, or *), SIGN_IN_URL (where the elements send a signed-out person).
 *   The seal (server/proof/seal.ts): PROCURA_SEAL_P12 + PROCURA_SEAL_P12_PASSWORD, or PROCURA_SEAL_CERT +
 *   PROCURA_SEAL_KEY; PROCURA_TSA_URL; PROCURA_SEAL=off. Read by startServer.
 *   OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL, OIDC_ROLE_CLAIM, OIDC_ROLE_VALUES, OIDC_CLIENT_REF_CLAIM,
 *   OIDC_DEFAULT_ROLE: bearer tokens of an OpenID Connect provider sign people in (auth/oidc.ts).
 *   RETENTION_* and PROCURA_RETENTION=0: the retention purge (jobs/retention.ts), read by startServer.
 */
import { pathToFileURL } from 'node:url';
import { startServer, type RunningServer } from './start.js';
import { oidcFromEnv } from './auth/oidc.js';
import type { Office } from './users.js';

export { startServer } from './start.js';
export type { RunningServer, StartOptions } from './start.js';
export type { Authenticate } from './auth.js';
export { oidcAuthenticator, personFromClaims, type OidcOptions } from './auth/oidc.js';
export { createApp, type AppOptions } from './app.js';
export type { User as Person, Role } from './users.js';
export { loadProofKey, type ProofKey } from './proof/keys.js';
export { Store, type StoreOptions } from './store/store.js';

/** CORS_ORIGINS: `*`, or origins separated by commas. */
function corsFromEnv(cors: string | undefined): string[] | '*' {
  if (cors === '*') return '*';
  return cors
    ? cors
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/**
 * PROCURA_OFFICES: the broker offices besides `main`, as JSON
 * (`[{"id":"nord","name":"Assurances du Nord","hosts":["nord.example.be"]}]`). Wrong, the server
 * does not start, and says why.
 */
function officesFromEnv(raw: string | undefined): Office[] | undefined {
  if (!raw?.trim()) return undefined;
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    list = undefined;
  }
  const ok = (o: unknown): o is Office => {
    const x = o as Partial<Office> | null;
    return (
      typeof x?.id === 'string' &&
      /^[a-z0-9][a-z0-9-]{0,62}$/.test(x.id) &&
      typeof x.name === 'string' &&
      x.name.trim() !== '' &&
      (x.hosts === undefined || (Array.isArray(x.hosts) && x.hosts.every((h) => typeof h === 'string')))
    );
  };
  if (!Array.isArray(list) || !list.every(ok))
    throw new Error(
      'PROCURA_OFFICES must be a JSON list of offices: [{"id":"nord","name":"Assurances du Nord","hosts":["nord.example.be"]}] (id: lower-case letters, digits and dashes).',
    );
  return list;
}

/** Closes the server on SIGTERM and SIGINT (forced after 10 s). */
function closeOnSignals(server: RunningServer) {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`${signal}: closing\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function main() {
  const env = process.env;
  const server = await startServer({
    port: env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT),
    host: env.HOST || '127.0.0.1',
    // DATABASE_OWNER_URL: migrations run as the owner role, the server as DATABASE_URL's app role (scripts/db-roles.sh).
    storeOptions: env.DATABASE_URL
      ? { databaseUrl: env.DATABASE_URL, ownerUrl: env.DATABASE_OWNER_URL || undefined }
      : { dataDir: env.DATA_DIR || '.data/pglite' },
    staticDir: env.STATIC_DIR || undefined,
    demo: env.PROCURA_DEMO !== '0',
    corsOrigins: corsFromEnv(env.CORS_ORIGINS?.trim()),
    signInUrl: env.SIGN_IN_URL || undefined,
    // OIDC_ISSUER + OIDC_AUDIENCE (auth/oidc.ts): bearer tokens of the site's identity provider name the person.
    authenticate: oidcFromEnv(env),
    offices: officesFromEnv(env.PROCURA_OFFICES),
  });
  // Tests wait for exactly this line.
  process.stdout.write(`procura reference server listening on ${server.url}\n`);
  // Said once at start: which certificate seals the PDFs (a demo one is not a qualified seal).
  process.stderr.write(
    server.seal
      ? `seal: ${server.seal.origin === 'demo' ? 'DEMO certificate (not a qualified seal)' : 'configured certificate'}, SHA-256 ${server.seal.certificateSha256}\n`
      : 'seal: off (PROCURA_SEAL=off): accepted PDFs are stored unsealed\n',
  );
  closeOnSignals(server);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: NodeJS.ErrnoException) => {
    // The one start-up failure a newcomer meets most: say what to do, not only what failed.
    const hint =
      err.code === 'EADDRINUSE'
        ? ` (port ${process.env.PORT || 8080} is taken: stop what uses it, or choose another, e.g. PORT=8081 npm start)`
        : '';
    process.stderr.write(`procura reference server failed to start: ${err.message}${hint}\n`);
    process.exit(1);
  });
}
