import type { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { type AppEnv, SESSION_COOKIE, SESSION_TTL_MS, tokenOf } from '../auth.js';
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
  ...(u.legalName && { legalName: u.legalName, enterpriseNumber: u.enterpriseNumber, seat: u.seat, representative: u.representative }),
});

/** What the person themself is told about themself: the public part, plus birth date and phone to prefill their forms. */
export const selfUser = (u: User) => ({ ...publicUser(u), ...(u.birthDate && { birthDate: u.birthDate }), ...(u.phone && { phone: u.phone }) });

export function sessionRoutes(app: Hono<AppEnv>, d: Deps) {
  app.get('/demo/users', (c) => {
    if (!d.demo) throw notFound('Demo users exist only in demo mode.');
    return c.json({ users: [...d.users.values()].map(publicUser) });
  });

  // Signing in by name is a demo convenience; a real site signs people in with its own system
  // and mints tokens through Sessions.create.
  app.post('/session', async (c) => {
    if (!d.demo) throw notFound('Sessions are opened by the site’s own sign-in; this route exists only in demo mode.');
    const body = await readJson(c);
    const id = (body as { user?: unknown })?.user;
    if (typeof id !== 'string') throw badRequest('Send { "user": "<demo user id>" }.', [{ pointer: '/user', detail: 'is required', code: 'required' }]);
    const user = d.users.get(id);
    if (!user) throw badRequest(`No demo user "${id.slice(0, 40)}".`, [{ pointer: '/user', detail: 'is not a known demo user', code: 'enum' }]);
    const token = await d.sessions.create(user);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
    c.header('Cache-Control', 'no-store');
    return c.json({ user: selfUser(user), token }, 201);
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
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
}
