import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './helpers.js';
import { canonicalJson, eventHash, GENESIS, verifyChain } from '../chain.js';
import { at } from '../../test/support/at.js';

test('canonical JSON sorts keys at every level and drops undefined', () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 'é' }], c: undefined } }),
    '{"a":{"d":[1,{"y":"é","z":1}]},"b":1}',
  );
});

test('verifyChain catches a changed event, a removed one and a reordering', () => {
  const base = [
    { grantId: 'g', seq: 1, type: 'created', at: '2025-01-01T00:00:00.000Z', actor: 'grantor' },
    { grantId: 'g', seq: 2, type: 'activated', at: '2025-01-02T00:00:00.000Z', actor: 'broker' },
    { grantId: 'g', seq: 3, type: 'revoked', at: '2025-01-03T00:00:00.000Z', actor: 'grantor' },
  ];
  let prev = GENESIS;
  const chain = base.map((e) => {
    const hash = eventHash(prev, e);
    const out = { ...e, prevHash: prev, hash };
    prev = hash;
    return out;
  });
  assert.deepEqual(verifyChain(chain), { valid: true, length: 3 });
  assert.equal(verifyChain([at(chain, 0), { ...at(chain, 1), actor: 'grantor' }, at(chain, 2)]).valid, false);
  assert.equal(verifyChain([at(chain, 0), at(chain, 2)]).valid, false);
  assert.equal(verifyChain([at(chain, 1), at(chain, 0), at(chain, 2)]).valid, false);
});

suite('event trail and expiry', (ctx) => {
  test('the trail verifies; the database refuses edits; an edit made anyway breaks chain.valid', async () => {
    const anne = await ctx.signIn('anne');
    const claire = await ctx.signIn('claire');
    const { grantId } = await ctx.makeGrant(anne);
    await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    const before = (await (await ctx.fetch(`/grants/${grantId}`, { token: anne })).json()) as {
      chain: { valid: boolean; length: number };
    };
    assert.deepEqual(before.chain, { valid: true, length: 2 });

    await assert.rejects(
      ctx.store.db.query(`UPDATE grant_events SET actor = 'grantor' WHERE grant_id = $1 AND seq = 2`, [grantId]),
      /append-only/,
    );
    await assert.rejects(ctx.store.db.query('DELETE FROM grant_events WHERE grant_id = $1', [grantId]), /append-only/);

    // Someone with the table owner's rights switches the guard off and rewrites history.
    await ctx.store.db.query('ALTER TABLE grant_events DISABLE TRIGGER grant_events_append_only');
    await ctx.store.db.query(`UPDATE grant_events SET actor = 'grantor' WHERE grant_id = $1 AND seq = 2`, [grantId]);
    await ctx.store.db.query('ALTER TABLE grant_events ENABLE TRIGGER grant_events_append_only');
    const after = (await (await ctx.fetch(`/grants/${grantId}`, { token: anne })).json()) as {
      chain: { valid: boolean; length: number };
      verification: { valid: boolean; chain: string };
    };
    assert.deepEqual(after.chain, { valid: false, length: 2 });
    assert.deepEqual([after.verification.valid, after.verification.chain], [false, 'broken']);
  });

  test('a grant whose validUntil has passed is reported expired, with one expired event', async () => {
    const jan = await ctx.signIn('jan');
    const claire = await ctx.signIn('claire');
    const validUntil = new Date(ctx.nowMs + 3 * 86400_000).toISOString().slice(0, 10);
    const { grantId } = await ctx.makeGrant(jan, {
      grantor: { kind: 'natural', givenName: 'Jan', familyName: 'Peeters', email: 'jan.peeters@example.com' },
      validUntil,
    });
    await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire });
    // Days pass: a session lasts hours, so jan signs in again each time, as a person would.
    const statusNow = async () =>
      at(
        (
          (await (await ctx.fetch('/grants', { token: await ctx.signIn('jan') })).json()) as {
            grants: { status: string }[];
          }
        ).grants,
        0,
      ).status;
    assert.equal(await statusNow(), 'active');
    ctx.nowMs += 3 * 86400_000; // the last valid day: still active
    assert.equal(await statusNow(), 'active');
    ctx.nowMs += 86400_000;
    assert.equal(await statusNow(), 'expired');
    assert.equal(await statusNow(), 'expired');
    const janNow = await ctx.signIn('jan');
    const detail = (await (await ctx.fetch(`/grants/${grantId}`, { token: janNow })).json()) as {
      events: { type: string; actor: string }[];
      chain: { valid: boolean };
    };
    assert.deepEqual(
      detail.events.map((e) => e.type),
      ['created', 'activated', 'expired'],
    );
    assert.equal(at(detail.events, 2).actor, 'system');
    assert.equal(detail.chain.valid, true);
    assert.equal((await ctx.fetch(`/grants/${grantId}/revoke`, { method: 'POST', token: janNow })).status, 409);
    // The same mandatary and service may be mandated again once the old one expired.
    const pdfGrant = await ctx.makeGrant(janNow, {
      grantor: { kind: 'natural', givenName: 'Jan', familyName: 'Peeters', email: 'jan.peeters@example.com' },
    });
    assert.ok(pdfGrant.grantId);
  });
});
