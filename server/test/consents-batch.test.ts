/**
 * POST /consents under load (issue 19): the records arriving together are stored together
 * (modules/consents/batch.ts) and each is still stored exactly once, with its own hash and key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { suite } from './helpers.js';
import { recordSha256 } from '../proof/receipt.js';

const record = () => ({
  recordId: randomUUID(),
  indicatedBy: { role: 'subject' },
  noticeVersion: '2025-01',
  noticeSha256: 'a'.repeat(64),
  locale: 'fr-BE',
  decisions: [{ purpose: 'newsletter', basis: 'consent', state: 'given', at: new Date().toISOString() }],
  collectedAt: new Date().toISOString(),
  source: 'https://assurances.example.com/mon-espace',
});

suite('consent records sent together', (ctx) => {
  test('60 at once, a record id twice under two keys and a key twice: each stored once, one refused, one replayed', async () => {
    await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
    const anne = await ctx.signIn('anne');
    const bodies = Array.from({ length: 60 }, record);
    const twice = bodies[0]!;
    const sameKey = { body: bodies[1]!, key: randomUUID() };
    const answers = await Promise.all([
      ...bodies.map((b) =>
        ctx.post('/consents', b, { token: anne, key: b === sameKey.body ? sameKey.key : undefined }),
      ),
      ctx.post('/consents', twice, { token: anne }),
      ctx.post('/consents', sameKey.body, { token: anne, key: sameKey.key }),
    ]);
    const statuses = answers.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 61, statuses.join(' '));
    assert.equal(statuses.filter((s) => s === 409).length, 1, 'the record id sent under a second key is refused');
    assert.equal(answers.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 1);
    const ok = answers.filter((r) => r.status === 201);
    const receipts = (await Promise.all(ok.map((r) => r.json()))) as { recordId: string }[];
    assert.equal(new Set(receipts.map((r) => r.recordId)).size, 60);
    for (const r of answers.filter((a) => a.status !== 201)) await r.text();

    assert.equal(await ctx.count('consent_records'), 60);
    assert.equal(await ctx.count('idempotency_keys', "route LIKE '%consents%'"), 60, 'a refusal keeps no key');
    const rows = await ctx.store.db.query<{ body: Parameters<typeof recordSha256>[0]; record_sha256: string }>(
      'SELECT body, record_sha256 FROM consent_records ORDER BY seq',
    );
    for (const row of rows) assert.equal(row.record_sha256, recordSha256(row.body), 'each hash is its own record’s');
    const read = (await (await ctx.fetch('/consents', { token: anne })).json()) as { records: { recordId: string }[] };
    assert.deepEqual(read.records.map((r) => r.recordId).sort(), bodies.map((b) => b.recordId).sort());
  });
});
