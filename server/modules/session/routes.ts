/** `/session`: who is signed in (GET), signing in by name in demo mode (POST), signing out (DELETE). */
import type { Context } from 'hono';
import { type AppEnv, clearSessionCookie, setSessionCookie, tokenOf } from '../../auth.js';
import { badRequest, notFound } from '../../errors.js';
import { readJson } from '../../http/respond.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { selfUser } from './people.js';

/** Whether `POST /session` should also return the token: `{ "token": true }` in the body, or `?token=1`. */
const wantsToken = (body: unknown, query: string | undefined) =>
  (body as { token?: unknown } | null)?.token === true || query === '1' || query === 'true';

// Signing in by name is a demo convenience; a real site signs people in with its own system
// and mints tokens through Sessions.create. The token goes into the JSON body only when a bearer
// token is asked for: a page's script (or an injected one) otherwise never sees it, only the
// HttpOnly cookie carries it.
async function signIn(c: Context<AppEnv>, d: ModuleDeps, trustProxy: boolean) {
  if (!d.demo) throw notFound('Sessions are opened by the site’s own sign-in; this route exists only in demo mode.');
  const body = await readJson(c);
  const id = (body as { user?: unknown } | null)?.user;
  if (typeof id !== 'string')
    throw badRequest('Send { "user": "<demo user id>" }.', [
      { pointer: '/user', detail: 'is required', code: 'required' },
    ]);
  const user = d.users.get(id);
  if (!user)
    throw badRequest(`No demo user "${id.slice(0, 40)}".`, [
      { pointer: '/user', detail: 'is not a known demo user', code: 'enum' },
    ]);
  const token = await d.sessions.create(user);
  setSessionCookie(c, token, trustProxy);
  c.header('Cache-Control', 'no-store');
  return c.json({ user: selfUser(user), ...(wantsToken(body, c.req.query('token')) && { token }) }, 201);
}

/**
 * Who the backend knows, by cookie or bearer token: the elements prefill the person's part
 * from it, and link to `signInUrl` when nobody is signed in. Never cached: the answer changes
 * with sign-in and sign-out behind the same URL.
 */
function whoAmI(c: Context<AppEnv>, d: ModuleDeps) {
  const user = c.get('user');
  c.header('Cache-Control', 'no-store');
  c.header('Vary', 'Cookie, Authorization');
  return c.json({ user: user ? selfUser(user) : null, ...(d.signInUrl && { signInUrl: d.signInUrl }) });
}

export function sessionModule(d: ModuleDeps, opts: { trustProxy?: boolean } = {}) {
  const trustProxy = opts.trustProxy ?? false;
  const app = signedInRouter(d);
  app.post('/', (c) => signIn(c, d, trustProxy));
  app.get('/', (c) => whoAmI(c, d));
  app.delete('/', async (c) => {
    const t = tokenOf(c);
    if (t) await d.sessions.destroy(t.token);
    clearSessionCookie(c, trustProxy);
    return c.body(null, 204);
  });
  return app;
}
