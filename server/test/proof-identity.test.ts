/**
 * Issue 13, item 1: a signed form names the signed-in client, or (from the broker) a client of
 * the directory. The attacks of the security review, reproduced and refused.
 */
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { suite, makePdf, validMandate, sha256, problemOf, pointers, type Ctx } from './helpers.js';
import { at } from '../../test/support/at.js';

/** An access request as the form sends it (as in access-requests.test.ts). */
function validAccessRequest(documentSha256: string, overrides: Record<string, unknown> = {}) {
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

function submitAccessRequest(ctx: Ctx, token: string, request: unknown, pdf: Uint8Array) {
  const form = new FormData();
  form.set('request', JSON.stringify(request));
  form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'access-request.pdf');
  return ctx.fetch('/access-requests', { method: 'POST', body: form, token, key: randomUUID() });
}

const JAN = {
  kind: 'natural',
  givenName: 'Jan',
  familyName: 'Peeters',
  email: 'jan.peeters@example.com',
  clientRef: 'C-100478',
};
const janSigns = (at = new Date().toISOString()) => [
  { party: 'grantor', method: 'drawn', signerName: 'Jan Peeters', signedAt: at },
  { party: 'mandatary', method: 'typed', signerName: 'Bram Janssens', signedAt: at },
];

interface G {
  id: string;
  direction?: string;
  status: string;
  grantor: { displayName: string };
  events?: { type: string; actor: string; data?: { indicatedBy?: { id: string; displayName: string } } }[];
}

suite('proof: identity-bound submissions', (ctx) => {
  let anne: string, jan: string, claire: string, acme: string;
  let pdf: Uint8Array;
  beforeEach(async () => {
    await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
    [anne, jan, claire, acme] = await Promise.all([
      ctx.signIn('anne'),
      ctx.signIn('jan'),
      ctx.signIn('claire'),
      ctx.signIn('acme'),
    ]);
    pdf ??= await makePdf(1);
  });
  const list = async (token: string) =>
    ((await (await ctx.fetch('/grants', { token })).json()) as { grants: G[] }).grants;
  const nothingStored = async () => {
    for (const t of ['mandates', 'documents', 'grants', 'grant_events'])
      assert.equal(await ctx.count(t), 0, `${t} should be empty`);
  };

  test('Anne cannot submit a mandate as Jan: 403 not-you at /grantor, nothing stored, and Jan’s own mandate then goes through and is his', async () => {
    const spoofed = await ctx.submitMandate(
      anne,
      validMandate(sha256(pdf), { grantor: JAN, signatures: janSigns() }),
      pdf,
    );
    assert.equal(spoofed.status, 403);
    const p = await problemOf(spoofed);
    assert.equal(p.code, 'not-you');
    assert.deepEqual(pointers(p), ['/grantor']);
    assert.deepEqual(
      p.errors?.map((e) => e.code),
      ['notYou'],
    );
    await nothingStored();
    // The review's follow-up: Jan's own mandate for the same mandatary and service is no 409.
    const own = await ctx.submitMandate(jan, validMandate(sha256(pdf), { grantor: JAN, signatures: janSigns() }), pdf);
    assert.equal(own.status, 201);
    const g = at(await list(jan), 0);
    assert.equal(g.direction, 'given');
    assert.equal(g.grantor.displayName, 'Jan Peeters');
    assert.equal((await ctx.post(`/grants/${g.id}/revoke`, {}, { token: jan })).status, 200);
    assert.deepEqual(await list(anne), []);
  });

  test('the same person is recognised case-insensitively and with a +tag; another family name or enterprise number is not', async () => {
    const loud = { kind: 'natural', givenName: 'ANNE', familyName: 'dupont', email: 'Anne.Dupont+mandat@Example.com' };
    assert.equal((await ctx.submitMandate(anne, validMandate(sha256(pdf), { grantor: loud }), pdf)).status, 201);
    const other = await ctx.submitMandate(
      anne,
      validMandate(sha256(pdf), { grantor: { ...loud, familyName: 'Durand' }, service: 'Sinistres' }),
      pdf,
    );
    assert.equal(other.status, 403);
    assert.equal((await problemOf(other)).code, 'not-you');
    // ACME's mailbox, but another (valid) enterprise number: another company.
    const company = {
      kind: 'legal',
      legalName: 'ACME SA',
      enterpriseNumber: '0403.170.701',
      seat: 'Bruxelles',
      email: 'marie.lambert@acme.example.com',
      representative: { givenName: 'Marie', familyName: 'Lambert', capacity: 'gérante' },
    };
    const res = await ctx.submitMandate(acme, validMandate(sha256(pdf), { grantor: company }), pdf);
    assert.equal(res.status, 403);
    assert.deepEqual(pointers(await problemOf(res)), ['/grantor']);
  });

  test('Anne cannot ask access as Jan: 403 not-you at /requester, nothing stored', async () => {
    const request = validAccessRequest(sha256(pdf), {
      requester: JAN,
      signatures: [
        { party: 'requester', method: 'drawn', signerName: 'Jan Peeters', signedAt: new Date().toISOString() },
      ],
    });
    const res = await submitAccessRequest(ctx, anne, request, pdf);
    assert.equal(res.status, 403);
    const p = await problemOf(res);
    assert.equal(p.code, 'not-you');
    assert.deepEqual(pointers(p), ['/requester']);
    await nothingStored();
    assert.equal((await submitAccessRequest(ctx, jan, request, pdf)).status, 201);
  });

  test('the broker submits for Jan: the grant is Jan’s, the trail and the receipt name the broker', async () => {
    const res = await ctx.submitMandate(
      claire,
      validMandate(sha256(pdf), { grantor: JAN, signatures: janSigns() }),
      pdf,
    );
    assert.equal(res.status, 201);
    const { grantId, receipt } = (await res.json()) as { grantId: string; receipt: string };
    const mine = at(await list(jan), 0);
    assert.equal(mine.id, grantId);
    assert.equal(mine.direction, 'given', 'the client sees it as given by them');
    const one = (await (await ctx.fetch(`/grants/${grantId}`, { token: jan })).json()) as G;
    assert.deepEqual(at(one.events ?? [], 0, 'event').data?.indicatedBy, {
      id: 'claire',
      displayName: 'Claire Martin',
    });
    const payload = JSON.parse(Buffer.from(at(receipt.split('.'), 1, 'JWS part'), 'base64url').toString()) as {
      indicatedBy?: unknown;
      grantor: unknown;
    };
    assert.deepEqual(payload.indicatedBy, { id: 'claire', displayName: 'Claire Martin' });
    assert.deepEqual(payload.grantor, { display: 'Jan Peeters' });
    // Jan, not the broker, gave it: he revokes it.
    assert.equal((await ctx.post(`/grants/${grantId}/revoke`, {}, { token: jan })).status, 200);
    // An access request the broker submits for Anne is Anne's too.
    const ar = await submitAccessRequest(ctx, claire, validAccessRequest(sha256(pdf)), pdf);
    assert.equal(ar.status, 201);
    const arId = ((await ar.json()) as { grantId: string }).grantId;
    assert.equal((await list(anne)).find((g) => g.id === arId)?.direction, 'given');
  });

  test('a consent record of a signed-in client is for that client’s subject: another subject is a 403, nothing stored', async () => {
    const record = {
      recordId: randomUUID(),
      subject: 'C-100478',
      indicatedBy: { role: 'subject' },
      noticeVersion: '1',
      noticeSha256: 'a'.repeat(64),
      locale: 'fr',
      decisions: [{ purpose: 'newsletter', basis: 'consent', state: 'given', at: new Date().toISOString() }],
      collectedAt: new Date().toISOString(),
      source: 'https://assurances.example.com',
    };
    const res = await ctx.post('/consents', record, { token: anne });
    assert.equal(res.status, 403);
    assert.equal(await ctx.count('consent_records'), 0);
    const { subject: _, ...own } = record;
    assert.equal((await ctx.post('/consents', own, { token: anne })).status, 201);
    const row = at(await ctx.store.db.query<{ subject: string }>('SELECT subject FROM consent_records'), 0);
    assert.equal(row.subject, 'C-100231');
  });
});
