import type { Hono } from 'hono';
import { type AppEnv, clearSessionCookie, setSessionCookie, tokenOf } from '../auth.js';
import type { Deps } from '../deps.js';
import { badRequest, notFound } from '../errors.js';
import { readJson } from '../http/respond.js';
import type { User } from '../users.js';

/** What the switcher and lists may show about a person: no birth date, no phone. */
export const publicUser = (u: User) => ({
  id: u.id,
  role: u.role,
  displayName: u.displayName,
  email: u.email,
  ...(u.kind && { kind: u.kind }),
  ...(u.clientRef && { clientRef: u.clientRef }),
  ...(u.givenName && { givenName: u.givenName, familyName: u.familyName }),
  ...(u.legalName && {
    legalName: u.legalName,
    enterpriseNumber: u.enterpriseNumber,
    seat: u.seat,
    representative: u.representative,
  }),
});

/** What the person themself is told about themself: the public part, plus birth date and phone to prefill their forms. */
export const selfUser = (u: User) => ({
  ...publicUser(u),
  ...(u.birthDate && { birthDate: u.birthDate }),
  ...(u.phone && { phone: u.phone }),
});

/** Whether `POST /session` should also return the token: `{ "token": true }` in the body, or `?token=1`. */
const wantsToken = (body: unknown, query: string | undefined) =>
  (body as { token?: unknown })?.token === true || query === '1' || query === 'true';

export function sessionRoutes(app: Hono<AppEnv>, d: Deps, opts: { trustProxy?: boolean } = {}) {
  const trustProxy = opts.trustProxy ?? false;
  app.get('/demo/users', (c) => {
    if (!d.demo) throw notFound('Demo users exist only in demo mode.');
    return c.json({ users: [...d.users.values()].map(publicUser) });
  });

  // Signing in by name is a demo convenience; a real site signs people in with its own system
  // and mints tokens through Sessions.create. The token goes into the JSON body only when a bearer
  // token is asked for: a page's script (or an injected one) otherwise never sees it, only the
  // HttpOnly cookie carries it.
  app.post('/session', async (c) => {
    if (!d.demo) throw notFound('Sessions are opened by the site’s own sign-in; this route exists only in demo mode.');
    const body = await readJson(c);
    const id = (body as { user?: unknown })?.user;
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
  });

  /**
   * Who the backend knows, by cookie or bearer token: the elements prefill the person's part
   * from it, and link to `signInUrl` when nobody is signed in. Never cached: the answer changes
   * with sign-in and sign-out behind the same URL.
   */
  app.get('/session', (c) => {
    const user = c.get('user');
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Cookie, Authorization');
    return c.json({ user: user ? selfUser(user) : null, ...(d.signInUrl && { signInUrl: d.signInUrl }) });
  });

  app.delete('/session', async (c) => {
    const t = tokenOf(c);
    if (t) await d.sessions.destroy(t.token);
    clearSessionCookie(c, trustProxy);
    return c.body(null, 204);
  });
}
