/**
 * How a domain module is made: a Hono sub-app that createApp mounts with `app.route(prefix, …)`.
 * `signedIn` is the middleware of every module that reads who is calling (identify, the
 * per-session rate limit, the origin check of cookie-borne writes); a module that must not
 * read a session (oppositions) is made with `anonymous` instead.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../auth.js';
import type { Deps } from '../deps.js';

export interface ModuleDeps extends Deps {
  /** identify → per-session rate limit → origin check, in that order (app.ts). */
  signedIn: MiddlewareHandler<AppEnv>[];
}

export function signedInRouter(d: ModuleDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', ...d.signedIn);
  return app;
}

/** For routes that carry no identifier: the session is not even looked at. */
export function anonymousRouter(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('user', null);
    c.set('authVia', null);
    return next();
  });
  return app;
}
