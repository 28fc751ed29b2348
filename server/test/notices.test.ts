import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../../src/model/canonical.js';
import type { DeskConsents } from '../../src/model/index.js';
import { DEMO_OFFICES } from '../users.js';
import { sha256, suite } from './helpers.js';

/** A notice as `<procura-consent>` shows it (src/consent/notice.ts ShownNotice): nothing personal. */
const NOTICE = {
  locale: 'fr-BE',
  title: 'Vos choix',
  intro: 'Vous pouvez changer d’avis à tout moment.',
  notice: {
    title: 'Qui traite vos données',
    controller: 'Assurances Exemple SA, rue de la Loi 1, 1000 Bruxelles',
    contact: 'Contact : privacy@assurances.example.com',
    purposes: 'Pourquoi',
    transfers: 'Aucun transfert hors de l’UE.',
    rights: 'Vous pouvez accéder à vos données.',
    retention: 'Trois ans.',
    policy: 'Politique de confidentialité',
    policyUrl: 'https://assurances.example.com/vie-privee',
  },
  purposes: [{ id: 'newsletter', basis: 'consent', version: '1', label: 'Recevoir la lettre d’information' }],
};
// The element hashes the canonical JSON (keys sorted, no whitespace): key order in the body does not matter.
const HASH = sha256(canonicalJson(NOTICE));

const recordOf = (subject: string, noticeSha256: string) => ({
  recordId: randomUUID(),
  subject,
  indicatedBy: { role: 'subject' },
  noticeVersion: '2026-11',
  noticeSha256,
  locale: 'fr-BE',
  decisions: [{ purpose: 'newsletter', state: 'given', basis: 'consent', at: new Date().toISOString() }],
  collectedAt: new Date().toISOString(),
  source: 'https://assurances.example.com#consent',
});

suite(
  'notices: the texts consent records name by hash',
  (ctx) => {
    let claire: string, anne: string, pieter: string, sofie: string;
    const put = (hash: string, body: unknown, token?: string) =>
      ctx.fetch(`/notices/${hash}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        token,
      });
    const proof = async (subject: string, token: string) => {
      const res = await ctx.fetch(`/desk/consents?subject=${subject}`, { token });
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as DeskConsents;
    };

    before(async () => {
      [claire, anne, pieter, sofie] = await Promise.all([
        ctx.signIn('claire'),
        ctx.signIn('anne'),
        ctx.signIn('pieter'),
        ctx.signIn('sofie'),
      ]);
    });

    test('kept once, signed out: 201 then 200 (idempotent), one row', async () => {
      const reordered = {
        purposes: NOTICE.purposes,
        notice: NOTICE.notice,
        intro: NOTICE.intro,
        title: NOTICE.title,
        locale: NOTICE.locale,
      };
      const first = await put(HASH, reordered);
      assert.equal(first.status, 201, await first.clone().text());
      assert.deepEqual(await first.json(), { sha256: HASH });
      const again = await put(HASH, NOTICE);
      assert.equal(again.status, 200);
      assert.equal((await ctx.store.scope().tx.query('SELECT 1 FROM notices WHERE sha256 = $1', [HASH])).length, 1);
    });

    test('a notice that does not hash to its address: 422; a malformed address 404; too large 413', async () => {
      const other = { ...NOTICE, title: 'Autre chose' };
      const res = await put(HASH.replace(/^./, HASH.startsWith('0') ? '1' : '0'), other);
      assert.equal(res.status, 422);
      assert.equal((await put('not-a-hash', NOTICE)).status, 404);
      assert.equal((await put(HASH, '[1]')).status, 400);
      const big = { ...NOTICE, intro: 'x'.repeat(70 * 1024) };
      assert.equal((await put(sha256(canonicalJson(big)), big)).status, 413);
    });

    test('the desk’s consent proof lists the notice text and the subject’s tree decisions', async () => {
      const unknown = 'b'.repeat(64);
      for (const r of [recordOf('C-100231', HASH), recordOf('C-100231', unknown)])
        assert.equal((await ctx.post('/consents', r, { token: anne })).status, 201);
      const decision = {
        treeId: 'who-signs',
        treeVersion: '1',
        outcome: 'mandate',
        answers: [{ question: 'q1', option: 'a' }],
      };
      assert.equal((await ctx.post('/decisions', decision, { token: anne })).status, 201);
      const body = await proof('C-100231', claire);
      assert.deepEqual(
        body.notices.map((n) => n.sha256),
        [HASH],
        'the unknown hash has no text',
      );
      const [notice] = body.notices;
      assert.equal(sha256(notice!.text), HASH, 'the text is exactly what was hashed');
      assert.deepEqual(JSON.parse(notice!.text), NOTICE);
      assert.ok(!Number.isNaN(Date.parse(notice!.firstSeen)));
      assert.deepEqual(
        body.decisions.map((d) => [d.treeId, d.outcome, d.answers]),
        [['who-signs', 'mandate', decision.answers]],
      );
    });

    test('another office does not see it: its desk answers 404 for main’s client, and its own records have no text', async () => {
      assert.equal((await ctx.fetch('/desk/consents?subject=C-100231', { token: pieter })).status, 404);
      assert.equal((await ctx.post('/consents', recordOf('C-300017', HASH), { token: sofie })).status, 201);
      const body = await proof('C-300017', pieter);
      assert.equal(body.records.length, 1);
      assert.deepEqual(body.notices, [], 'main’s notice is not nord’s');
      assert.deepEqual(body.decisions, []);
      // Sofie (nord) sends it: nord now has its own copy.
      assert.equal((await put(HASH, NOTICE, sofie)).status, 201);
      assert.deepEqual(
        (await proof('C-300017', pieter)).notices.map((n) => n.sha256),
        [HASH],
      );
    });
  },
  { offices: [...DEMO_OFFICES] },
);
