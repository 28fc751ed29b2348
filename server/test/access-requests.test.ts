import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { suite, makePdf, sha256, problemOf, pointers, type Ctx } from './helpers.js';
import { at } from '../../test/support/at.js';

interface G {
  id: string;
  mandateId: string;
  kind?: string;
  direction?: string;
  status: string;
  grantor?: { displayName: string };
  mandatary: { givenName: string; familyName: string; email: string; relation?: string };
  relation?: string;
  service: string;
  scope: { contracts: string };
  documentUrl: string;
  documentSha256: string;
  events?: { type: string; actor: string }[];
  chain?: { valid: boolean; length: number };
}

/** An access request as the form sends it: the requester alone, all contracts, one signature. */
export function validAccessRequest(documentSha256: string, overrides: Record<string, unknown> = {}) {
  return {
    service: 'Espace client',
    requester: {
      kind: 'natural',
      givenName: 'Anne',
      familyName: 'Dupont',
      email: 'anne.dupont@example.com',
      clientRef: 'C-100231',
    },
    scope: { contracts: 'all', includeFuture: true },
    signatures: [
      { party: 'requester', method: 'drawn', signerName: 'Anne Dupont', signedAt: new Date().toISOString() },
    ],
    locale: 'fr',
    ...overrides,
    document: { sha256: documentSha256 },
  };
}

export function submitAccessRequest(
  ctx: Ctx,
  token: string | undefined,
  request: unknown,
  pdf: Uint8Array,
  key: string | false = randomUUID(),
  type = 'application/pdf',
) {
  const form = new FormData();
  form.set('request', JSON.stringify(request));
  form.set('document', new Blob([new Uint8Array(pdf)], { type }), 'access-request.pdf');
  return ctx.fetch('/access-requests', { method: 'POST', body: form, token, key });
}

suite('POST /access-requests', (ctx) => {
  let anne: string, claire: string, bram: string, acme: string;
  let pdf: Uint8Array;
  beforeEach(async () => {
    await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
    [anne, claire, bram, acme] = await Promise.all([
      ctx.signIn('anne'),
      ctx.signIn('claire'),
      ctx.signIn('bram'),
      ctx.signIn('acme'),
    ]);
    pdf ??= await makePdf(1);
  });
  const list = async (token: string) =>
    ((await (await ctx.fetch('/grants', { token })).json()) as { grants: G[] }).grants;
  const send = (token: string | undefined, request: unknown, doc = pdf, key?: string | false, type?: string) =>
    submitAccessRequest(ctx, token, request, doc, key, type);
  const nothingStored = async () => {
    for (const t of ['mandates', 'documents', 'grants', 'grant_events'])
      assert.equal(await ctx.count(t), 0, `${t} should be empty`);
  };

  test('a signed request answers 201 pending and shows in GET /grants as the client’s own access', async () => {
    const res = await send(anne, validAccessRequest(sha256(pdf)));
    assert.equal(res.status, 201);
    const body = (await res.json()) as { id: string; status: string; grantId: string };
    assert.deepEqual(Object.keys(body).sort(), ['grantId', 'id', 'receipt', 'status']);
    assert.equal(body.status, 'pending');
    const g = at(await list(anne), 0);
    assert.equal(g.id, body.grantId);
    assert.equal(g.mandateId, body.id);
    assert.equal(g.kind, 'access-request');
    assert.equal(g.direction, 'given');
    assert.equal(g.status, 'pending');
    assert.equal(g.grantor?.displayName, 'Anne Dupont');
    assert.deepEqual(g.mandatary, {
      givenName: 'Anne',
      familyName: 'Dupont',
      email: 'anne.dupont@example.com',
      relation: 'self',
    });
    assert.equal(g.relation, 'self');
    assert.deepEqual(g.scope, { contracts: 'all', includeFuture: true });
    assert.equal(g.documentSha256, sha256(pdf));
    // The list (built by SQL) and the single grant (built in TypeScript) say the same.
    const one = (await (await ctx.fetch(`/grants/${g.id}`, { token: anne })).json()) as G;
    for (const k of [
      'id',
      'mandateId',
      'kind',
      'direction',
      'status',
      'grantor',
      'mandatary',
      'relation',
      'service',
      'scope',
      'documentUrl',
      'documentSha256',
    ] as const)
      assert.deepEqual(one[k], g[k], k);
    assert.deepEqual(
      one.events?.map((e) => [e.type, e.actor]),
      [['created', 'grantor']],
    );
  });

  test('its PDF comes back sealed, the original byte for byte at its start, named as an access request', async () => {
    const { grantId, id } = (await (await send(anne, validAccessRequest(sha256(pdf)))).json()) as {
      grantId: string;
      id: string;
    };
    const res = await ctx.fetch(`/grants/${grantId}/document`, { token: anne });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-disposition'), `inline; filename="access-request-${id}.pdf"`);
    // The seal (proof-seal.test.ts) is an incremental update after the client's bytes.
    assert.equal(sha256(new Uint8Array(await res.arrayBuffer()).subarray(0, pdf.byteLength)), sha256(pdf));
    assert.equal(res.headers.get('x-original-sha256'), sha256(pdf));
    assert.equal((await ctx.fetch(`/grants/${grantId}/document`, { token: claire })).status, 200);
    assert.equal((await ctx.fetch(`/grants/${grantId}/document`, { token: bram })).status, 404);
  });

  test('the broker activates it like a mandate, the chain holds, and the client revokes it', async () => {
    const { grantId } = (await (await send(anne, validAccessRequest(sha256(pdf)))).json()) as { grantId: string };
    const seen = (await list(claire)).find((g) => g.id === grantId);
    assert.equal(seen?.kind, 'access-request');
    assert.equal((await ctx.post(`/grants/${grantId}/activate`, {}, { token: anne })).status, 403);
    const act = await ctx.post(`/grants/${grantId}/activate`, {}, { token: claire });
    assert.equal(act.status, 200);
    assert.equal(((await act.json()) as G).status, 'active');
    const again = await ctx.post(`/grants/${grantId}/activate`, {}, { token: claire });
    assert.equal(again.status, 409);
    assert.equal((await problemOf(again)).code, 'state');
    const rev = await ctx.post(`/grants/${grantId}/revoke`, {}, { token: anne });
    assert.equal(rev.status, 200);
    const one = (await (await ctx.fetch(`/grants/${grantId}`, { token: anne })).json()) as G;
    assert.equal(one.status, 'revoked');
    assert.deepEqual(
      one.events?.map((e) => [e.type, e.actor]),
      [
        ['created', 'grantor'],
        ['activated', 'broker'],
        ['revoked', 'grantor'],
      ],
    );
    assert.deepEqual(one.chain, { valid: true, length: 3 });
  });

  test('one pending or active request per client and service: a second is a 409 conflict, another service or after revocation is fine', async () => {
    const first = (await (await send(anne, validAccessRequest(sha256(pdf)))).json()) as { grantId: string };
    const again = await send(anne, validAccessRequest(sha256(pdf)));
    assert.equal(again.status, 409);
    const p = await problemOf(again);
    assert.equal(p.code, 'conflict');
    assert.deepEqual(pointers(p), ['/service']);
    assert.equal((await send(anne, validAccessRequest(sha256(pdf), { service: 'Sinistres' }))).status, 201);
    assert.equal((await ctx.post(`/grants/${first.grantId}/revoke`, {}, { token: anne })).status, 200);
    assert.equal((await send(anne, validAccessRequest(sha256(pdf)))).status, 201);
    // A mandate to someone else for the same service is another thing, and still allowed.
    await ctx.makeGrant(anne);
    const kinds = (await list(anne)).map((g) => g.kind).sort();
    assert.deepEqual(kinds, ['access-request', 'access-request', 'access-request', 'mandate']);
  });

  test('it is the signed-in client’s: naming someone else’s address is a 403 not-you, and shows nothing to them', async () => {
    const res = await send(
      anne,
      validAccessRequest(sha256(pdf), {
        requester: { kind: 'natural', givenName: 'Anne', familyName: 'Dupont', email: 'bram.janssens@example.com' },
      }),
    );
    assert.equal(res.status, 403);
    const p = await problemOf(res);
    assert.equal(p.code, 'not-you');
    assert.deepEqual(pointers(p), ['/requester']);
    assert.deepEqual(await list(bram), []);
    await nothingStored();
  });

  test('a company asks through its representative, who is the holder', async () => {
    const requester = {
      kind: 'legal',
      legalName: 'ACME SA',
      enterpriseNumber: '0123.456.749',
      seat: 'Rue de la Loi 16, 1000 Bruxelles',
      representative: { givenName: 'Marie', familyName: 'Lambert', capacity: 'gérante' },
      email: 'marie.lambert@acme.example.com',
    };
    const res = await send(
      acme,
      validAccessRequest(sha256(pdf), {
        requester,
        signatures: [
          { party: 'requester', method: 'typed', signerName: 'Marie Lambert', signedAt: new Date().toISOString() },
        ],
      }),
    );
    assert.equal(res.status, 201, await res.clone().text());
    const g = at(await list(acme), 0);
    assert.equal(g.grantor?.displayName, 'ACME SA');
    assert.deepEqual(g.mandatary, {
      givenName: 'Marie',
      familyName: 'Lambert',
      email: 'marie.lambert@acme.example.com',
      relation: 'self',
    });
  });

  test('the same Idempotency-Key twice stores one request; another body with it is a 422', async () => {
    const key = randomUUID();
    const r = validAccessRequest(sha256(pdf));
    const first = await send(anne, r, pdf, key);
    const second = await send(anne, r, pdf, key);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), await first.json());
    assert.equal(await ctx.count('grants'), 1);
    const other = await send(anne, { ...r, service: 'Autre' }, pdf, key);
    assert.equal(other.status, 422);
    assert.equal((await problemOf(other)).code, 'idempotency-mismatch');
  });

  const refused: [string, () => Promise<Response>, number, string, string[], string[]][] = [
    ['nobody signed in', () => send(undefined, validAccessRequest(sha256(pdf))), 401, 'unauthorized', [], []],
    [
      'the broker for someone who is no client',
      () =>
        send(
          claire,
          validAccessRequest(sha256(pdf), {
            requester: { kind: 'natural', givenName: 'Piet', familyName: 'Claes', email: 'piet.claes@example.com' },
          }),
        ),
      403,
      'not-you',
      ['/requester'],
      ['notYou'],
    ],
    ['a mandatary', () => send(bram, validAccessRequest(sha256(pdf))), 403, 'forbidden', [], []],
    ['no Idempotency-Key', () => send(anne, validAccessRequest(sha256(pdf)), pdf, false), 400, 'bad-request', [], []],
    [
      'a missing signature',
      () => send(anne, validAccessRequest(sha256(pdf), { signatures: [] })),
      422,
      'validation',
      ['/signatures'],
      ['signature'],
    ],
    [
      'a mandatary’s signature instead of the requester’s',
      () =>
        send(
          anne,
          validAccessRequest(sha256(pdf), {
            signatures: [
              { party: 'mandatary', method: 'drawn', signerName: 'B J', signedAt: new Date().toISOString() },
            ],
          }),
        ),
      422,
      'validation',
      ['/signatures/0/party'],
      ['enum'],
    ],
    [
      'some contracts only',
      () => send(anne, validAccessRequest(sha256(pdf), { scope: { contracts: 'some', contractIds: ['P-1'] } })),
      422,
      'validation',
      ['/scope/contracts'],
      ['enum'],
    ],
    [
      'a role address',
      () =>
        send(
          anne,
          validAccessRequest(sha256(pdf), {
            requester: { kind: 'natural', givenName: 'Anne', familyName: 'Dupont', email: 'info@dupont.example.com' },
          }),
        ),
      422,
      'validation',
      ['/requester/email'],
      ['sharedEmail'],
    ],
    [
      'a missing name',
      () =>
        send(
          anne,
          validAccessRequest(sha256(pdf), {
            requester: { kind: 'natural', familyName: 'Dupont', email: 'anne.dupont@example.com' },
          }),
        ),
      422,
      'validation',
      ['/requester/givenName'],
      ['required'],
    ],
    [
      'a tampered hash',
      () => send(anne, validAccessRequest('0'.repeat(64))),
      422,
      'validation',
      ['/document/sha256'],
      ['hashMismatch'],
    ],
    [
      'a "PDF" that is not one',
      () => send(anne, validAccessRequest(sha256('hello')), new TextEncoder().encode('hello')),
      422,
      'validation',
      ['/document'],
      ['notPdf'],
    ],
    [
      'a document sent as another type',
      () => send(anne, validAccessRequest(sha256(pdf)), pdf, randomUUID(), 'image/png'),
      422,
      'validation',
      ['/document'],
      ['type'],
    ],
    [
      'a missing document part',
      () => {
        const form = new FormData();
        form.set('request', JSON.stringify(validAccessRequest(sha256(pdf))));
        return ctx.fetch('/access-requests', { method: 'POST', body: form, token: anne, key: randomUUID() });
      },
      400,
      'bad-request',
      ['/document'],
      ['required'],
    ],
    [
      'a request part that is not JSON',
      () => {
        const form = new FormData();
        form.set('request', '{"service": ');
        form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }));
        return ctx.fetch('/access-requests', { method: 'POST', body: form, token: anne, key: randomUUID() });
      },
      400,
      'bad-request',
      ['/request'],
      ['json'],
    ],
    [
      'JSON instead of multipart',
      () => ctx.post('/access-requests', validAccessRequest(sha256(pdf)), { token: anne }),
      415,
      'media-type',
      [],
      [],
    ],
  ];
  for (const [what, run, status, code, expected, fieldCodes] of refused)
    test(`${what}: ${status} ${code}${expected.length ? ` at ${expected.join(', ')}` : ''}, nothing stored`, async () => {
      const res = await run();
      assert.equal(res.status, status);
      const p = await problemOf(res);
      assert.equal(p.code, code);
      assert.deepEqual([...new Set(pointers(p))], expected);
      for (const c of fieldCodes)
        assert.ok(
          p.errors?.some((e) => e.code === c),
          `field code ${c} in ${JSON.stringify(p.errors)}`,
        );
      await nothingStored();
    });
});
