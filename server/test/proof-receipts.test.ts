/**
 * Issue 13, item 6 (server half): each consent record and each mandate answers with a receipt
 * (a JWS signed with the proof key) that anyone checks against GET /proof/keys, that the
 * server serves again to whoever may see the record, and that one changed byte breaks.
 */
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { JWK } from 'jose';
import { decodeProtectedHeader } from 'jose';
import { verifyJws } from '../proof/keys.js';
import { canonicalJson } from '../../src/model/canonical.js';
import { suite, makePdf, validMandate, sha256 } from './helpers.js';
import { at } from '../../test/support/at.js';

/** The same JWS with one character of its payload changed (a byte of the signed data). */
const tamper = (jws: string) => {
  const [h, p, s] = jws.split('.');
  assert.ok(h && p && s, 'a JWS has three parts');
  const bytes = Buffer.from(p, 'base64url');
  bytes.writeUInt8(at(bytes, -2) ^ 0x01, bytes.length - 2);
  return [h, bytes.toString('base64url'), s].join('.');
};

suite('proof: receipts', (ctx) => {
  let anne: string, jan: string, bram: string, claire: string;
  let keys: JWK[];
  beforeEach(async () => {
    await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
    [anne, jan, bram, claire] = await Promise.all([
      ctx.signIn('anne'),
      ctx.signIn('jan'),
      ctx.signIn('bram'),
      ctx.signIn('claire'),
    ]);
    keys = ((await (await ctx.fetch('/proof/keys')).json()) as { keys: JWK[] }).keys;
  });

  test('a consent receipt verifies against GET /proof/keys, names the record’s hash and the server’s time, and fails after one byte changed', async () => {
    const body = {
      recordId: randomUUID(),
      indicatedBy: { role: 'subject' },
      noticeVersion: '2026-11',
      noticeSha256: 'b'.repeat(64),
      locale: 'fr',
      decisions: [
        { purpose: 'newsletter', basis: 'consent', state: 'given', at: new Date(ctx.nowMs - 60_000).toISOString() },
      ],
      collectedAt: new Date(ctx.nowMs - 60_000).toISOString(),
      source: 'https://assurances.example.com/mon-espace',
    };
    const key = randomUUID();
    const res = await ctx.post('/consents', body, { token: anne, key });
    assert.equal(res.status, 201);
    const { receipt, receivedAt } = (await res.json()) as { receipt: string; receivedAt: string };
    assert.equal(decodeProtectedHeader(receipt).typ, 'procura-consent-receipt+jws');
    const check = await verifyJws<Record<string, unknown>>(receipt, keys);
    assert.ok(check.ok, JSON.stringify(check));
    const p = check.payload;
    assert.equal(p.schema, 'procura.consent-receipt/1');
    assert.equal(p.recordId, body.recordId);
    assert.equal(p.subject, 'C-100231');
    assert.equal(p.receivedAt, new Date(ctx.nowMs).toISOString());
    assert.equal(p.receivedAt, receivedAt);
    assert.equal(p.collectedAt, body.collectedAt);
    assert.deepEqual(p.notice, { id: body.source, version: '2026-11', sha256: 'b'.repeat(64) });
    assert.deepEqual(p.decisions, [
      { purpose: 'newsletter', state: 'given', basis: 'consent', clientAt: at(body.decisions, 0).at },
    ]);
    // The hash is of the record as stored (with the subject the server set), and kept beside it.
    const [row] = await ctx.store.db.query<{ body: unknown; record_sha256: string }>(
      'SELECT body, record_sha256 FROM consent_records',
    );
    assert.ok(row, 'the consent record is stored');
    assert.equal(p.recordSha256, sha256(canonicalJson(row.body)));
    assert.equal(row.record_sha256, p.recordSha256);
    // One byte changed: refused.
    const broken = await verifyJws(tamper(receipt), keys);
    assert.equal(broken.ok, false);
    // The replay and GET /consents/{id}/receipt answer the very same JWS; only the record's readers get it.
    ctx.nowMs += 1000;
    assert.equal(
      ((await (await ctx.post('/consents', body, { token: anne, key })).json()) as { receipt: string }).receipt,
      receipt,
    );
    const again = await ctx.fetch(`/consents/${body.recordId}/receipt`, { token: anne });
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { receipt: string }).receipt, receipt);
    assert.equal((await ctx.fetch(`/consents/${body.recordId}/receipt`, { token: claire })).status, 200);
    assert.equal((await ctx.fetch(`/consents/${body.recordId}/receipt`, { token: jan })).status, 404);
    assert.equal((await ctx.fetch(`/consents/${body.recordId}/receipt`)).status, 401);
    assert.equal((await ctx.fetch(`/consents/not-a-uuid/receipt`, { token: anne })).status, 404);
    assert.equal((await ctx.fetch(`/consents/${randomUUID()}/receipt`, { token: claire })).status, 404);
  });

  test('a mandate receipt verifies, ties the grant to its document, body and first event, is served again to the grant’s parties, and fails after one byte changed', async () => {
    const pdf = await makePdf(1);
    const mandate = validMandate(sha256(pdf));
    const key = randomUUID();
    const res = await ctx.submitMandate(anne, mandate, pdf, key);
    assert.equal(res.status, 201);
    const { grantId, id, receipt } = (await res.json()) as { grantId: string; id: string; receipt: string };
    assert.equal(decodeProtectedHeader(receipt).typ, 'procura-mandate-receipt+jws');
    const check = await verifyJws<Record<string, unknown>>(receipt, keys);
    assert.ok(check.ok, JSON.stringify(check));
    const p = check.payload;
    const grant = (await (await ctx.fetch(`/grants/${grantId}`, { token: anne })).json()) as {
      events: { hash: string; data?: { mandateSha256?: string } }[];
    };
    assert.equal(p.schema, 'procura.mandate-receipt/1');
    assert.equal(p.grantId, grantId);
    assert.equal(p.mandateId, id);
    assert.equal(p.kind, 'mandate');
    assert.equal(p.receivedAt, new Date(ctx.nowMs).toISOString());
    assert.deepEqual(p.grantor, { display: 'Anne Dupont' });
    assert.deepEqual(p.mandatary, { display: 'Bram Janssens', email: 'bram.janssens@example.com' });
    assert.equal(p.service, 'Espace client');
    assert.deepEqual(p.scope, { contracts: 'all', includeFuture: true });
    assert.equal(p.validUntil, null);
    assert.equal(p.documentSha256, sha256(pdf));
    assert.equal(p.indicatedBy, undefined);
    assert.deepEqual(p.event, { seq: 1, hash: at(grant.events, 0).hash });
    assert.equal(
      p.mandateSha256,
      at(grant.events, 0).data?.mandateSha256,
      'the receipt and the trail hash the same mandate body',
    );
    assert.equal((await verifyJws(tamper(receipt), keys)).ok, false);
    // The replay answers the same receipt; GET /grants/{id}/receipt too, to the grantor, the mandatary and the broker.
    assert.equal(
      ((await (await ctx.submitMandate(anne, mandate, pdf, key)).json()) as { receipt: string }).receipt,
      receipt,
    );
    for (const token of [anne, bram, claire]) {
      const r = await ctx.fetch(`/grants/${grantId}/receipt`, { token });
      assert.equal(r.status, 200);
      assert.equal(((await r.json()) as { receipt: string }).receipt, receipt);
    }
    assert.equal((await ctx.fetch(`/grants/${grantId}/receipt`, { token: jan })).status, 404);
    assert.equal((await ctx.fetch(`/grants/${randomUUID()}/receipt`, { token: claire })).status, 404);
    assert.equal((await ctx.fetch(`/grants/${grantId}/receipt`)).status, 401);
  });
});
