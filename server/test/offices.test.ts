/**
 * Broker offices (issue 16 item 2, server/README.md "Offices"): staff of one office can neither
 * see nor act on another office's grants, documents, evidence, consents or desk, each answered
 * 404 exactly as a missing one; a request not signed in belongs to its Host's office. On both
 * stores. The second wall (PostgreSQL row-level security) is in offices-rls.test.ts.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './helpers.js';
import { consentBody, postWithHost, sofieGrant } from './offices-helpers.js';

const NORD = { id: 'nord', name: 'Assurances du Nord', hosts: ['nord.localhost'] };

suite(
  'offices: staff of one office neither see nor act on another office’s data',
  (ctx) => {
    let claire: string, pieter: string, anne: string, sofie: string;
    let mainGrant: string, nordGrant: string;
    before(async () => {
      [claire, pieter, anne, sofie] = await Promise.all([
        ctx.signIn('claire'),
        ctx.signIn('pieter'),
        ctx.signIn('anne'),
        ctx.signIn('sofie'),
      ]);
      ({ grantId: mainGrant } = await ctx.makeGrant(anne));
      nordGrant = await sofieGrant(ctx, sofie);
      for (const [token, subjectOf] of [
        [anne, 'C-100231'],
        [sofie, 'C-300017'],
      ] as const)
        assert.equal((await ctx.post('/consents', { ...consentBody(), subject: subjectOf }, { token })).status, 201);
    });

    const ids = async (token: string) =>
      ((await (await ctx.fetch('/grants', { token })).json()) as { grants: { id: string }[] }).grants.map((g) => g.id);

    test('each office’s broker lists its own grants only; each row is stored with its office', async () => {
      assert.deepEqual(await ids(pieter), [nordGrant]);
      assert.deepEqual(await ids(claire), [mainGrant]);
      assert.equal(await ctx.count('grants', 'id = $1 AND office = $2', [nordGrant, 'nord']), 1);
      assert.equal(await ctx.count('grant_events', 'grant_id = $1 AND office = $2', [nordGrant, 'nord']), 1);
      assert.equal(await ctx.count('consent_records', 'subject = $1 AND office = $2', ['C-300017', 'nord']), 1);
    });

    for (const [who, other] of [
      ['pieter (nord)', () => [pieter, mainGrant] as const],
      ['claire (main)', () => [claire, nordGrant] as const],
    ] as const) {
      test(`${who}: the other office’s grant, its document, receipt and evidence are 404`, async () => {
        const [token, id] = other();
        for (const path of [
          `/grants/${id}`,
          `/grants/${id}/document`,
          `/grants/${id}/receipt`,
          `/grants/${id}/evidence`,
        ])
          assert.equal((await ctx.fetch(path, { token })).status, 404, path);
      });

      test(`${who}: activating, refusing, narrowing or revoking the other office’s grant is 404, and nothing changes`, async () => {
        const [token, id] = other();
        const bodies: Record<string, unknown> = {
          activate: {},
          refuse: { code: 'other', note: 'x' },
          scope: { scope: { contracts: 'one', contractIds: ['P-1'] } },
          revoke: {},
        };
        for (const [action, body] of Object.entries(bodies))
          assert.equal((await ctx.post(`/grants/${id}/${action}`, body, { token })).status, 404, action);
        assert.equal(await ctx.count('grants', "id = $1 AND status = 'pending' AND requested IS NULL", [id]), 1);
        assert.equal(await ctx.count('grant_events', 'grant_id = $1', [id]), 1);
      });
    }

    test('a broker reading the consent of another office’s client is 404; their own client’s is there', async () => {
      assert.equal((await ctx.fetch('/consents?subject=C-100231', { token: pieter })).status, 404);
      assert.equal((await ctx.fetch('/consents?subject=C-300017', { token: claire })).status, 404);
      const own = await ctx.fetch('/consents?subject=C-300017', { token: pieter });
      assert.equal(own.status, 200);
      assert.equal(((await own.json()) as { records: unknown[] }).records.length, 1);
    });

    test('the desk: the other office’s request is 404, absent from the inbox and from the audit export', async () => {
      const inbox = await ctx.fetch('/desk/requests?status=pending', { token: pieter });
      assert.equal(inbox.status, 200);
      const items = ((await inbox.json()) as { items: { id: string }[] }).items.map((i) => i.id);
      assert.deepEqual(items, [nordGrant]);
      assert.equal((await ctx.fetch(`/desk/requests/${mainGrant}`, { token: pieter })).status, 404);
      assert.equal((await ctx.fetch(`/desk/requests/${nordGrant}`, { token: claire })).status, 404);
      assert.equal((await ctx.fetch(`/desk/consents?subject=C-100231`, { token: pieter })).status, 404);
      const today = new Date().toISOString().slice(0, 10);
      const audit = await ctx.fetch(`/desk/audit?format=jsonl&from=2000-01-01&to=${today}`, { token: pieter });
      assert.equal(audit.status, 200);
      const text = await audit.text();
      assert.ok(text.includes(nordGrant), 'the office’s own request is in its export');
      assert.ok(!text.includes(mainGrant) && !text.includes('C-100231'), 'nothing of the other office');
    });

    test('the owner of a grant of one office is not shown it through the other office’s host', async () => {
      // Sofie's session says nord, whatever host she calls: her office wins over the host's.
      assert.deepEqual(await ids(sofie), [nordGrant]);
      assert.deepEqual(await ids(anne), [mainGrant]);
    });

    test('not signed in, the Host decides: an opposition sent to nord.localhost is nord’s', async () => {
      const body = { opposed: true, source: 'gpc', at: '2025-05-01T12:00:00Z' };
      assert.equal(await postWithHost(`${ctx.url}/api/oppositions`, 'nord.localhost', body), 201);
      assert.equal(await postWithHost(`${ctx.url}/api/oppositions`, 'elsewhere.example', body), 201);
      assert.equal(await ctx.count('oppositions', 'office = $1', ['nord']), 1);
      assert.equal(await ctx.count('oppositions', 'office = $1', ['main']), 1);
    });
  },
  { offices: [NORD] },
);
