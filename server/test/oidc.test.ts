// The ready-made OIDC hook (server/auth/oidc.ts) against an identity provider made here: an HTTP
// server on loopback serving /.well-known/openid-configuration and a JWKS, and tokens signed with
// a key generated in this test. The reference server runs outside demo mode, knowing nobody but
// whom the tokens name.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { oidcAuthenticator } from '../auth/oidc.js';
import { makePdf, problemOf, sha256, suite, validMandate } from './helpers.js';

async function makeIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const published = { ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' };
  const requests: string[] = [];
  const http = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/.well-known/openid-configuration') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ issuer: url, jwks_uri: `${url}/jwks`, id_token_signing_alg_values_supported: ['ES256'] }),
      );
    } else if (req.url === '/jwks') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [published] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () => new Promise<void>((done) => http.close(() => done())),
    /** A token as the provider would issue it; `with` overrides claims, `key`/`kid` the signing key. */
    async token(
      claims: JWTPayload,
      o: { iss?: string; aud?: string; exp?: string | number; key?: CryptoKey; kid?: string } = {},
    ) {
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: o.kid ?? 'idp-1', typ: 'JWT' })
        .setIssuer(o.iss ?? url)
        .setAudience(o.aud ?? 'procura')
        .setIssuedAt()
        .setExpirationTime(o.exp ?? '10m')
        .sign(o.key ?? privateKey);
    },
  };
}

const idp = await makeIssuer();
after(() => idp.close());

const ANNE = {
  sub: 'idp|4711',
  procura_role: 'client',
  name: 'Anne Dupont',
  given_name: 'Anne',
  family_name: 'Dupont',
  email: 'anne.dupont@example.com',
  procura_client_ref: 'C-100231',
};

suite(
  'OIDC bearer tokens',
  (ctx) => {
    test('a valid token names the person: GET /session answers them, with the role from the claim', async () => {
      const res = await ctx.fetch('/session', { token: await idp.token(ANNE) });
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), {
        user: {
          id: 'idp|4711',
          role: 'client',
          displayName: 'Anne Dupont',
          email: 'anne.dupont@example.com',
          kind: 'natural',
          clientRef: 'C-100231',
          givenName: 'Anne',
          familyName: 'Dupont',
        },
      });
      assert.ok(idp.requests.includes('/.well-known/openid-configuration'), 'the keys were found through discovery');
      const broker = await ctx.fetch('/session', {
        token: await idp.token({
          ...ANNE,
          sub: 'idp|1',
          procura_role: 'broker',
          email: 'claire.martin@broker.example.com',
        }),
      });
      assert.equal(((await broker.json()) as { user: { role: string } }).user.role, 'broker');
    });

    test('without a token nobody is signed in, and a mandate is 401', async () => {
      assert.deepEqual(await (await ctx.fetch('/session')).json(), { user: null });
      const pdf = await makePdf(1);
      const form = new FormData();
      form.set('mandate', JSON.stringify(validMandate(sha256(pdf))));
      form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'mandate.pdf');
      const res = await ctx.fetch('/mandates', { method: 'POST', body: form, key: 'oidc-anonymous' });
      assert.equal((await problemOf(res)).code, 'unauthorized');
      assert.equal(res.status, 401);
    });

    test('POST /mandates as the token\u2019s person works when the grantor is them, and is 403 not-you otherwise', async () => {
      const token = await idp.token(ANNE);
      const pdf = await makePdf(1);
      const mine = await ctx.submitMandate(token, validMandate(sha256(pdf)), pdf);
      assert.equal(mine.status, 201, await mine.clone().text());
      const { grantId } = (await mine.json()) as { grantId: string };
      // The grant is hers: she sees it as given by her.
      const grant = (await (await ctx.fetch(`/grants/${grantId}`, { token })).json()) as {
        direction: string;
        grantor: { displayName: string };
      };
      assert.deepEqual([grant.direction, grant.grantor.displayName], ['given', 'Anne Dupont']);

      const jan = validMandate(sha256(pdf), {
        grantor: {
          kind: 'natural',
          givenName: 'Jan',
          familyName: 'Peeters',
          email: 'jan.peeters@example.com',
          clientRef: 'C-100478',
        },
      });
      const other = await ctx.submitMandate(token, jan, pdf);
      assert.equal(other.status, 403);
      const problem = await problemOf(other);
      assert.equal(problem.code, 'not-you');
      assert.deepEqual(
        problem.errors?.map((e) => e.pointer),
        ['/grantor'],
      );
    });

    for (const [name, make, claim] of [
      ['an expired token', () => idp.token(ANNE, { exp: Math.floor(Date.now() / 1000) - 600 }), /expired/],
      ['a token for another audience', () => idp.token(ANNE, { aud: 'another-app' }), /"aud"/],
      ['a token of another issuer', () => idp.token(ANNE, { iss: 'https://evil.example.com' }), /"iss"/],
      [
        'a token signed with a key the issuer does not publish',
        async () => idp.token(ANNE, { key: (await generateKeyPair('ES256')).privateKey, kid: 'idp-2' }),
        /key the issuer does not publish/,
      ],
      [
        'a token whose published key id signs with another key',
        async () => idp.token(ANNE, { key: (await generateKeyPair('ES256')).privateKey }),
        /signature does not verify/,
      ],
      ['something that is no JWT', async () => 'not-a-jwt', /cannot be read/],
    ] as const) {
      test(`${name} is 401 with a problem, on GET /session as on POST /mandates`, async () => {
        const token = await make();
        const res = await ctx.fetch('/session', { token });
        assert.equal(res.status, 401);
        const problem = await problemOf(res);
        assert.equal(problem.code, 'unauthorized');
        assert.match(problem.detail ?? '', claim);
        assert.ok(!(problem.detail ?? '').includes(token), 'the token is not repeated');
        const pdf = await makePdf(1);
        assert.equal((await ctx.submitMandate(token, validMandate(sha256(pdf)), pdf)).status, 401);
      });
    }

    test('a token whose role claim names no role of procura is 403', async () => {
      const res = await ctx.fetch('/session', { token: await idp.token({ ...ANNE, procura_role: 'admin' }) });
      assert.equal(res.status, 403);
      assert.match((await problemOf(res)).detail ?? '', /procura_role/);
    });

    test('the session tokens of POST /session are not what signs people in', async () => {
      // Demo mode is off: the route does not exist.
      assert.equal((await ctx.post('/session', { user: 'anne', token: true })).status, 404);
    });
  },
  { demo: false, authenticate: oidcAuthenticator({ issuer: idp.url, audience: 'procura' }) },
);

suite(
  'OIDC: role from a configured claim (an array, with the issuer\u2019s own names) and a JWKS address given',
  (ctx) => {
    test('realm_access.roles ["staff"] makes a broker', async () => {
      const token = await idp.token({
        sub: 'idp|9',
        email: 'claire.martin@broker.example.com',
        name: 'Claire Martin',
        realm_access: { roles: ['offline', 'staff'] },
      });
      const { user } = (await (await ctx.fetch('/session', { token })).json()) as {
        user: { role: string; id: string };
      };
      assert.deepEqual([user.id, user.role], ['idp|9', 'broker']);
    });

    test('without a role the default role applies', async () => {
      const token = await idp.token({
        sub: 'idp|10',
        email: 'jan.peeters@example.com',
        given_name: 'Jan',
        family_name: 'Peeters',
      });
      const { user } = (await (await ctx.fetch('/session', { token })).json()) as {
        user: { role: string; displayName: string };
      };
      assert.deepEqual([user.role, user.displayName], ['client', 'Jan Peeters']);
    });
  },
  {
    demo: false,
    authenticate: oidcAuthenticator({
      issuer: idp.url,
      audience: ['other', 'procura'],
      jwksUrl: `${idp.url}/jwks`,
      claims: { role: 'realm_access.roles' },
      roleValues: { staff: 'broker' },
      defaultRole: 'client',
    }),
  },
);
