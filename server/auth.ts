/**
 * Identity: a session cookie (HttpOnly, SameSite=Lax, Path=/; Secure over TLS, directly or through
 * a trusted proxy) or `Authorization: Bearer`.
 * Both carry the same opaque token; the database keeps only its SHA-256.
 *
 * Who may do what (kept deliberately simple):
 * - a client sees the grants they gave, reads those documents, and revokes them;
 * - a mandatary sees the grants naming their e-mail and reads those documents, but cannot
 *   revoke them (only the grantor or the broker revokes; renouncing is a request to either);
 * - the broker sees every grant, activates or refuses pending ones, changes the access in force
 *   and revokes;
 * - a grant that is not yours to see answers 404, so its existence does not leak; one you may
 *   see but not change answers 403.
 */
import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { cameOverTls } from './http/headers.js';
import { sha256 } from './chain.js';
import type { Store } from './store/store.js';
import * as sessions from './modules/session/repository.js';
import { DEFAULT_OFFICE } from './modules/scope.js';
import type { Person, User } from './users.js';
import { touch } from './people.js';
import { sessionLookups } from './modules/session/lookup.js';
import { unauthorized } from './errors.js';

export const SESSION_COOKIE = 'procura_session';
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export type AppEnv = {
  Variables: {
    user: User | null;
    authVia: 'cookie' | 'bearer' | null;
    /** Who the per-session rate limit counts: the session token's hash, or the hooked person's id. */
    rateKey?: string | null;
    /** The broker office of the request: the signed-in person's, else the host name's (modules/office.ts). */
    office?: string;
  };
};

/**
 * A site's own sign-in (`createApp({ authenticate })`, `startServer({ authenticate })`): maps a
 * request to a person of the directory's shape (`User`: id, role, displayName, email, clientRef,
 * names...), or `null` for nobody. Given, it replaces the session lookup (`POST /session` then
 * still exists in demo mode, but its tokens are not read). Throw a `Problem` (401 `unauthorized`)
 * for credentials that are present but wrong; `oidcAuthenticator` (auth/oidc.ts) is a ready one.
 */
export type Authenticate = (req: Request) => Promise<Person | null>;

export const newToken = () => randomBytes(32).toString('base64url');

export class Sessions {
  /** Lookups that arrive together are read in one statement (modules/session/lookup.ts). */
  private lookups: ReturnType<typeof sessionLookups>;

  constructor(
    private store: Store,
    private users: Map<string, User>,
    private now: () => Date,
  ) {
    this.lookups = sessionLookups(
      () => store.systemScope(),
      (id) => users.get(id),
    );
  }

  async create(user: User): Promise<string> {
    const token = newToken();
    const now = this.now();
    await sessions.createSession(
      this.store.scope(user.office ?? DEFAULT_OFFICE),
      sha256(token),
      user.id,
      now,
      new Date(now.getTime() + SESSION_TTL_MS),
    );
    return token;
  }

  /**
   * The session's person, read with their `people` row on every request (no cache): a person
   * disabled or erased, by this process or another, is nobody from their very next request.
   * Their last activity is recorded on the way (at most one write a minute per person).
   */
  async resolve(token: string): Promise<User | null> {
    // The token says who calls, and so which office: looked up across offices by its hash (a
    // 256-bit secret), the one read of a request in the system scope; what it then reads is its person's office's.
    const now = this.now();
    const found = await this.lookups.find(sha256(token), now);
    if (!found) return null;
    await touch(this.store.scope(found.office), found.user.id, now);
    return found.user;
  }

  async destroy(token: string): Promise<void> {
    await sessions.deleteSession(this.store.systemScope(), sha256(token));
  }
}

export function tokenOf(c: Context): { token: string; via: 'cookie' | 'bearer' } | null {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return { token: bearer, via: 'bearer' };
  const cookie = getCookie(c, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/**
 * Sets the session cookie: `Secure` when the request came over TLS directly or, behind a
 * TLS-terminating proxy we trust (`trustProxy`, env TRUST_PROXY=1), with `X-Forwarded-Proto: https`.
 */
export function setSessionCookie(c: Context, token: string, trustProxy: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: cameOverTls(c, trustProxy),
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: cameOverTls(c, trustProxy) });
}

export function identify(sessions: Sessions, authenticate?: Authenticate): MiddlewareHandler<AppEnv> {
  if (authenticate)
    return async (c, next) => {
      const user = await authenticate(c.req.raw);
      c.set('user', user);
      // The hook may read a cookie of the site's own: anything but a bearer header is treated as
      // one, so the origin check of cookie-authenticated POSTs applies.
      c.set('authVia', user ? (/^Bearer\s/i.test(c.req.header('authorization') ?? '') ? 'bearer' : 'cookie') : null);
      c.set('rateKey', user ? sha256(`person:${user.id}`) : null);
      await next();
    };
  return async (c, next) => {
    const t = tokenOf(c);
    const user = t ? await sessions.resolve(t.token) : null;
    c.set('user', user);
    c.set('authVia', t ? t.via : null);
    c.set('rateKey', user && t ? sha256(t.token) : null);
    await next();
  };
}

export function requireUser(c: Context<AppEnv>): User {
  const user = c.get('user');
  if (!user) throw unauthorized();
  return user;
}
