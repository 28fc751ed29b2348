/**
 * Erasure that keeps the proof (issue 21, R3): after erasing anne, no table but the legal hold
 * holds her name, e-mail, phone or birth date; every trail she was in still verifies, on the
 * server and with `procura verify` on the evidence export; jan's data is untouched; twice is harmless.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { suite, type Ctx } from './helpers.js';
import { verifyChain } from '../chain.js';
import { erasePerson, type ErasureReport } from '../modules/rights/erase.js';

const ANNE = ['Dupont', 'anne.dupont@example.com', '+32 470 12 34 56', '1968-03-14'];
const HOLD = 'legal_holds';

const dir = mkdtempSync(join(tmpdir(), 'procura-erasure-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const save = (name: string, content: string) => {
  const p = join(dir, `${randomUUID()}-${name}`);
  writeFileSync(p, content);
  return p;
};
const verify = (args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, ['bin/procura.js', 'verify', ...args], { encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );

/** Every row of every table as text (`bytea` decoded as latin1), by table. */
async function dump(ctx: Ctx): Promise<Map<string, string[]>> {
  const db = ctx.store.db;
  const cols = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, { name: string; bytea: boolean }[]>();
  for (const c of cols)
    tables.set(c.table_name, [
      ...(tables.get(c.table_name) ?? []),
      { name: c.column_name, bytea: c.data_type === 'bytea' },
    ]);
  const out = new Map<string, string[]>();
  for (const [table, list] of tables) {
    const select = list.map((c, i) => (c.bytea ? `"${c.name}" AS c${i}` : `"${c.name}"::text AS c${i}`)).join(', ');
    const rows = await db.query<Record<string, unknown>>(`SELECT ${select} FROM "${table}"`);
    out.set(
      table,
      rows.map((r) =>
        Object.values(r)
          .map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : String(v ?? '')))
          .join('\u0001'),
      ),
    );
  }
  return out;
}

/** The tables (but the hold) whose rows hold one of `marks`, with the mark. */
const findings = (all: Map<string, string[]>, marks: string[]) =>
  [...all].flatMap(([table, rows]) =>
    table === HOLD ? [] : marks.filter((m) => rows.some((r) => r.includes(m))).map((m) => `${table}: ${m}`),
  );

const erase = (ctx: Ctx, requestId: string): Promise<ErasureReport> =>
  ctx.store.transaction((s) => erasePerson(s, 'anne', { requestId, by: 'claire' }), 'main');

suite('erasure keeps the proof', (ctx) => {
  let grants: string[] = [];
  let janGrant = '';
  let keys = '';

  test('anne has grants, consents, a decision, mail; jan has his own', async () => {
    const anne = await ctx.signIn('anne');
    const claire = await ctx.signIn('claire');
    keys = save('keys.json', await (await ctx.fetch('/proof/keys')).text());
    const one = await ctx.makeGrant(anne);
    const two = await ctx.makeGrant(anne, { service: 'Déclaration de sinistre' });
    grants = [one.grantId, two.grantId];
    assert.equal((await ctx.fetch(`/grants/${one.grantId}/activate`, { method: 'POST', token: claire })).status, 200);
    const at = new Date().toISOString();
    const consent = {
      recordId: randomUUID(),
      indicatedBy: { role: 'subject' },
      noticeVersion: '2025-01',
      noticeSha256: 'a'.repeat(64),
      locale: 'fr-BE',
      decisions: [{ purpose: 'newsletter', basis: 'consent', state: 'given', at }],
      collectedAt: at,
      source: 'https://assurances.example.com/mon-espace',
    };
    assert.equal((await ctx.post('/consents', consent, { token: anne })).status, 201);
    const decision = { treeId: 'broker-000', treeVersion: '1', answers: [], outcome: 'mandate-insured' };
    assert.equal((await ctx.post('/decisions', decision, { token: anne })).status, 201);
    const jan = await ctx.signIn('jan');
    const signedAt = new Date().toISOString();
    const janMandate = {
      grantor: { kind: 'natural', givenName: 'Jan', familyName: 'Peeters', email: 'jan.peeters@example.com' },
      signatures: [
        { party: 'grantor', method: 'typed', signerName: 'Jan Peeters', signedAt },
        { party: 'mandatary', method: 'typed', signerName: 'Bram Janssens', signedAt },
      ],
    };
    janGrant = (await ctx.makeGrant(jan, janMandate)).grantId;
    assert.equal((await ctx.post('/consents', { ...consent, recordId: randomUUID() }, { token: jan })).status, 201);
    assert.ok((await ctx.count('idempotency_keys', 'principal = $1', ['anne'])) > 0);
    const before = await dump(ctx);
    // Everything the search below must no longer find is there before.
    for (const table of ['grants', 'grant_events', 'mandates', 'people', 'mail_outbox'])
      assert.ok(findings(new Map([[table, before.get(table) ?? []]]), ANNE).length, `${table} names anne before`);
  });

  test('after the erasure no table but the legal hold names anne; the hold says its law and its end', async () => {
    const janBefore = findings(await dump(ctx), ['Peeters', 'jan.peeters@example.com']);
    const report = await erase(ctx, randomUUID());
    assert.ok((report.tables.grant_events ?? 0) > 0 && (report.tables.sessions ?? 0) > 0, JSON.stringify(report));
    assert.equal(report.held.length, 1);
    assert.equal(report.held[0]?.what, 'accounting');
    assert.equal(report.held[0]?.until.slice(0, 4), String(new Date().getUTCFullYear() + 10));
    const after = await dump(ctx);
    assert.deepEqual(findings(after, ANNE), []);
    assert.ok((after.get(HOLD) ?? []).some((r) => r.includes('Dupont') && r.includes('comptabilité')));
    // Jan's data is all still there, where it was.
    assert.deepEqual(findings(after, ['Peeters', 'jan.peeters@example.com']), janBefore);
    // Her open session is gone, and the answers kept for her retries.
    assert.equal(await ctx.count('idempotency_keys', 'principal = $1', ['anne']), 0);
    assert.equal(await ctx.count('sessions', 'user_id = $1', ['anne']), 0);
  });

  test('each of her trails still verifies: verifyChain, the server, procura verify; jan’s is untouched', async () => {
    const claire = await ctx.signIn('claire');
    for (const id of grants) {
      const events = await ctx.store.events(id);
      const chained = events.map((e) => ({
        ...e,
        grantId: id,
        at: new Date(e.at).toISOString(),
        prevHash: e.prev_hash,
      }));
      assert.equal(verifyChain(chained).valid, true);
      assert.equal(events.at(-1)?.type, 'erased');
      assert.ok(events.slice(0, -1).every((e) => e.data?.redacted === true && e.salt === null));
      const one = (await (await ctx.fetch(`/grants/${id}`, { token: claire })).json()) as {
        chain: { valid: boolean };
        verification: { valid: boolean; content: string; document: string; erased?: { requestId: string } };
      };
      assert.equal(one.chain.valid, true);
      assert.deepEqual(
        [one.verification.valid, one.verification.content, one.verification.document],
        [true, 'erased', 'erased'],
      );
      const evidence = await (await ctx.fetch(`/grants/${id}/evidence`, { token: claire })).text();
      const checked = await verify([save('evidence.json', evidence), '--keys', keys]);
      assert.equal(checked.status, 0, checked.stderr);
      assert.match(checked.stdout, /every link recomputes/);
      assert.doesNotMatch(evidence, /Dupont/);
    }
    const jan = (await (await ctx.fetch(`/grants/${janGrant}`, { token: claire })).json()) as {
      verification: { valid: boolean; content: string };
    };
    assert.deepEqual([jan.verification.valid, jan.verification.content], [true, 'matches']);
  });

  test('the trail stays append-only: only a redaction to its recorded digest passes the database', async () => {
    const id = grants[0] ?? '';
    await assert.rejects(ctx.store.db.query(`UPDATE grant_events SET actor = 'x' WHERE grant_id = $1`, [id]));
    await assert.rejects(ctx.store.db.query(`DELETE FROM grant_events WHERE grant_id = $1`, [id]));
    await assert.rejects(
      ctx.store.db.query(
        `UPDATE grant_events SET data = '{"redacted": true, "sha256": "0"}', salt = NULL WHERE grant_id = $1 AND type = 'erased'`,
        [id],
      ),
    );
  });

  test('erasing twice is harmless: nothing changes the second time', async () => {
    const before = await dump(ctx);
    const report = await erase(ctx, randomUUID());
    assert.deepEqual(report.tables, {});
    assert.equal(report.held.length, 1);
    const after = await dump(ctx);
    for (const [table, rows] of before)
      if (!['job_runs', 'rate_buckets', 'checkpoints'].includes(table))
        assert.deepEqual(after.get(table)?.sort(), [...rows].sort(), table);
  });
});
