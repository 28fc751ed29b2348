// The authentication hook (`startServer({ authenticate })`, server/auth.ts): a site plugs in its
// own sign-in, a function from the request to a person of the directory's shape. Here the
// "site" keeps its sessions in a Map behind its own cookie, as a broker's portal would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Problem } from '../errors.js';
import type { User } from '../users.js';
import { makePdf, problemOf, sha256, suite, validMandate } from './helpers.js';

const SITE_SESSIONS = new Map<string, User>([
  [
    'sid-anne',
    {
      id: 'crm-17',
      role: 'client',
      kind: 'natural',
      displayName: 'Anne Dupont',
      givenName: 'Anne',
      familyName: 'Dupont',
      email: 'anne.dupont@example.com',
      clientRef: 'C-100231',
      birthDate: '1968-03-14',
    },
  ],
  [
    'sid-claire',
    { id: 'crm-staff-2', role: 'broker', displayName: 'Claire Martin', email: 'claire.martin@broker.example.com' },
  ],
]);

async function siteSignIn(req: Request): Promise<User | null> {
  const sid = /(?:^|;\s*)site_sid=([^;]+)/.exec(req.headers.get('cookie') ?? '')?.[1];
  if (!sid) return null;
  const person = SITE_SESSIONS.get(sid);
  if (!person) throw new Problem('unauthorized', 'The site session has ended; sign in again.');
  return person;
}

const asAnne = { cookie: 'site_sid=sid-anne' };

suite(
  'authentication hook',
  (ctx) => {
    test('GET /session answers the person the hook names, with what is told only to them', async () => {
      const res = await ctx.fetch('/session', { headers: asAnne });
      assert.deepEqual(await res.json(), {
        user: {
          id: 'crm-17',
          role: 'client',
          displayName: 'Anne Dupont',
          email: 'anne.dupont@example.com',
          kind: 'natural',
          clientRef: 'C-100231',
          givenName: 'Anne',
          familyName: 'Dupont',
          birthDate: '1968-03-14',
        },
      });
      const claire = (await (await ctx.fetch('/session', { headers: { cookie: 'site_sid=sid-claire' } })).json()) as {
        user: { role: string };
      };
      assert.equal(claire.user.role, 'broker');
    });

    test('the hook replaces the session lookup: a demo session token is not read', async () => {
      const token = await ctx.signIn('anne');
      assert.deepEqual(await (await ctx.fetch('/session', { token })).json(), { user: null });
      const pdf = await makePdf(1);
      assert.equal((await ctx.submitMandate(token, validMandate(sha256(pdf)), pdf)).status, 401);
    });

    test('a Problem thrown by the hook is the answer (401 for a site session that ended)', async () => {
      const res = await ctx.fetch('/session', { headers: { cookie: 'site_sid=gone' } });
      assert.equal(res.status, 401);
      assert.equal((await problemOf(res)).detail, 'The site session has ended; sign in again.');
    });

    test('a mandate from the hooked person: theirs when they are the grantor, 403 not-you otherwise', async () => {
      const pdf = await makePdf(1);
      const form = (mandate: unknown) => {
        const f = new FormData();
        f.set('mandate', JSON.stringify(mandate));
        f.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'mandate.pdf');
        return f;
      };
      const mine = await ctx.fetch('/mandates', {
        method: 'POST',
        body: form(validMandate(sha256(pdf))),
        headers: asAnne,
        key: randomUUID(),
      });
      assert.equal(mine.status, 201, await mine.clone().text());
      const { grantId } = (await mine.json()) as { grantId: string };
      const list = (await (await ctx.fetch('/grants', { headers: asAnne })).json()) as { grants: { id: string }[] };
      assert.ok(
        list.grants.some((g) => g.id === grantId),
        'she sees the grant she gave',
      );

      const jan = validMandate(sha256(pdf), {
        grantor: { kind: 'natural', givenName: 'Jan', familyName: 'Peeters', email: 'jan.peeters@example.com' },
      });
      const other = await ctx.fetch('/mandates', {
        method: 'POST',
        body: form(jan),
        headers: asAnne,
        key: randomUUID(),
      });
      assert.equal((await problemOf(other)).code, 'not-you');
    });

    test('a cookie the hook reads is held to the origin check: a POST from a foreign origin is 403 origin', async () => {
      const res = await ctx.fetch('/grants/00000000-0000-4000-8000-000000000000/revoke', {
        method: 'POST',
        headers: { ...asAnne, origin: 'https://evil.example.com', 'content-type': 'application/json' },
        body: '{}',
        key: randomUUID(),
      });
      assert.equal(res.status, 403);
      assert.equal((await problemOf(res)).code, 'origin');
    });
  },
  { authenticate: siteSignIn },
);
