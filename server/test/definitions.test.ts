/**
 * Issue 17: published definitions (migrations/014, server/modules/definitions). An administrator
 * publishes a tree or a consent configuration, checked with the kit's own checker; each new
 * content is a new immutable version with the SHA-256 of its canonical JSON; anyone reads it
 * (an element's `src`), the staff read the log; another office sees none of it; a record names a
 * published version or is refused. On PostgreSQL the app role cannot change a version.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../src/model/canonical.js';
import type { DefinitionVersion, PublishedDefinition } from '../../src/model/definition.js';
import { setUpRoles } from '../../scripts/db-roles.js';
import { Store } from '../store/store.js';
import { DEMO_OFFICES } from '../users.js';
import { BACKENDS, Ctx, makePdf, problemOf, sha256, suite, validMandate } from './helpers.js';

/** A small tree of the kit's shape (the server imports only src/model, not the built-in trees). */
const staffDelegation = {
  id: 'tiny',
  version: '1',
  start: 'person',
  questions: {
    person: {
      text: { fr: 'Qui êtes-vous ?', en: 'Who are you?' },
      options: [
        { id: 'natural', label: 'Une personne', next: 'self' },
        { id: 'legal', label: 'Une société', next: 'company' },
      ],
    },
  },
  outcomes: {
    self: { text: 'Accès direct.', mandate: false, contracts: 'all' },
    company: { text: 'Mandat de société.', mandate: true, contracts: 'listed' },
  },
};

const CONSENT = {
  controller: {
    name: 'Courtier Demo SRL',
    address: 'rue de l’Exemple 1, 1000 Bruxelles',
    contact: 'privacy@courtier.example',
  },
  policyUrl: 'https://courtier.example/vie-privee',
  noticeVersion: '2026-12',
  purposes: ['electronic-prospection'],
};

const MANDATE_FORM = { title: 'Mandat du cabinet', contracts: 'listed' };
const LISTED = { contracts: 'listed', contractIds: ['P-1'], includeFuture: false };

const consentRecord = (definition: unknown) => ({
  recordId: randomUUID(),
  indicatedBy: { role: 'subject' },
  noticeVersion: '2026-12',
  noticeSha256: 'a'.repeat(64),
  locale: 'fr-BE',
  decisions: [{ purpose: 'electronic-prospection', state: 'given', basis: 'consent', at: new Date().toISOString() }],
  collectedAt: new Date().toISOString(),
  source: 'https://courtier.example/#consent',
  definition,
});

suite(
  'definitions: publish, versions, src, records that name them',
  (ctx) => {
    let claire: string, lucas: string, pieter: string, anne: string;
    const publish = (body: unknown, token = claire, key?: string) => ctx.post('/definitions', body, { token, key });

    before(async () => {
      [claire, lucas, pieter, anne] = await Promise.all([
        ctx.signIn('claire'),
        ctx.signIn('lucas'),
        ctx.signIn('pieter'),
        ctx.signIn('anne'),
      ]);
    });

    test('an admin publishes a tree: 201, version 1, the SHA-256 of its canonical JSON; the same again is 200, no new version', async () => {
      const res = await publish({ kind: 'tree', id: 'staff', definition: staffDelegation, note: 'Premier arbre' });
      assert.equal(res.status, 201, await res.clone().text());
      const v = (await res.json()) as DefinitionVersion;
      assert.equal(v.version, 1);
      assert.equal(v.sha256, sha256(canonicalJson(staffDelegation)));
      assert.match(v.publishedBy, /^Claire /);
      assert.equal(v.note, 'Premier arbre');
      const again = await publish({
        kind: 'tree',
        id: 'staff',
        definition: JSON.parse(JSON.stringify(staffDelegation)),
      });
      assert.equal(again.status, 200);
      assert.equal(((await again.json()) as DefinitionVersion).version, 1);
      assert.equal(await ctx.count('definitions', "id = 'staff'"), 1);
    });

    test('a changed tree is version 2; the log lists both, newest first; GET gives the newest with its ETag, ?version=1 the first, immutable', async () => {
      const changed = { ...staffDelegation, version: '2' };
      const res = await publish({ kind: 'tree', id: 'staff', definition: changed, note: 'Version 2' });
      assert.equal(res.status, 201, await res.clone().text());
      assert.equal(((await res.json()) as DefinitionVersion).version, 2);
      const log = (await (await ctx.fetch('/definitions/staff/versions', { token: lucas })).json()) as {
        items: DefinitionVersion[];
      };
      assert.deepEqual(
        log.items.map((i) => [i.version, i.note]),
        [
          [2, 'Version 2'],
          [1, 'Premier arbre'],
        ],
      );
      const newest = await ctx.fetch('/definitions/staff');
      assert.equal(newest.status, 200);
      const body = (await newest.json()) as PublishedDefinition;
      assert.deepEqual(body.definition, changed);
      assert.equal(newest.headers.get('etag'), `"${sha256(canonicalJson(changed))}"`);
      assert.match(newest.headers.get('cache-control') ?? '', /max-age=60/);
      assert.equal(body.publishedBy, '', 'a visitor reads the definition, not who published it');
      const first = await ctx.fetch('/definitions/staff?version=1');
      assert.deepEqual(((await first.json()) as PublishedDefinition).definition, staffDelegation);
      assert.match(first.headers.get('cache-control') ?? '', /immutable/);
      const etag = first.headers.get('etag')!;
      const cached = await ctx.fetch('/definitions/staff?version=1', { headers: { 'if-none-match': etag } });
      assert.equal(cached.status, 304);
      assert.equal((await ctx.fetch('/definitions/staff?version=9')).status, 404);
      const list = (await (await ctx.fetch('/definitions', { token: claire })).json()) as {
        items: DefinitionVersion[];
      };
      assert.deepEqual(
        list.items.filter((i) => i.id === 'staff').map((i) => i.version),
        [2],
      );
    });

    test('a bad tree is refused with the checker’s words, each at its place; a forbidden consent with the 002 rule', async () => {
      const bad = { ...staffDelegation, start: 'nowhere' };
      const res = await publish({ kind: 'tree', id: 'broken', definition: bad });
      assert.equal(res.status, 422);
      const p = await problemOf(res);
      const start = p.errors?.find((e) => e.pointer === '/definition/start');
      assert.ok(start, JSON.stringify(p.errors));
      assert.match(start.detail, /nowhere/);
      const ticked = { ...CONSENT, purposes: [{ preset: 'electronic-prospection', checked: true }] };
      const refused = await problemOf(await publish({ kind: 'consent', id: 'prospection', definition: ticked }));
      assert.deepEqual(
        refused.errors?.map((e) => [e.pointer, e.code]),
        [['/definition/purposes/0/checked', 'pre-ticked']],
      );
      assert.equal(await ctx.count('definitions', "id IN ('broken', 'prospection')"), 0);
      assert.equal(
        (await publish({ kind: 'consent', id: 'staff', definition: CONSENT })).status,
        422,
        'a tree id stays a tree',
      );
    });

    test('a reviewer may read the log but not publish (403); signed out 401; another office sees nothing (404)', async () => {
      assert.equal((await publish({ kind: 'consent', id: 'prospection', definition: CONSENT }, lucas)).status, 403);
      assert.equal((await ctx.post('/definitions', { kind: 'consent', id: 'x', definition: CONSENT })).status, 401);
      assert.equal((await ctx.fetch('/definitions/staff/versions', { token: lucas })).status, 200);
      assert.equal((await ctx.fetch('/definitions', { token: anne })).status, 403);
      assert.equal((await ctx.fetch('/definitions/staff/versions', { token: pieter })).status, 404);
      assert.equal((await ctx.fetch('/definitions/staff', { token: pieter })).status, 404);
      const nord = (await (await ctx.fetch('/definitions', { token: pieter })).json()) as { items: unknown[] };
      assert.deepEqual(nord.items, []);
    });

    test('a consent record names a published version: kept and in its receipt; an unknown one is 422 unknown-definition', async () => {
      const pub = await publish({ kind: 'consent', id: 'prospection', definition: CONSENT });
      assert.equal(pub.status, 201, await pub.clone().text());
      const v = (await pub.json()) as DefinitionVersion;
      const ref = { id: v.id, version: v.version, sha256: v.sha256 };
      const res = await ctx.post('/consents', consentRecord(ref));
      assert.equal(res.status, 201, await res.clone().text());
      const { receipt } = (await res.json()) as { receipt: string };
      const payload = JSON.parse(Buffer.from(receipt.split('.')[1]!, 'base64url').toString()) as {
        definition?: unknown;
      };
      assert.deepEqual(payload.definition, ref);
      for (const wrong of [
        { ...ref, sha256: 'b'.repeat(64) },
        { ...ref, version: 7 },
      ]) {
        const p = await problemOf(await ctx.post('/consents', consentRecord(wrong)));
        assert.deepEqual(
          p.errors?.map((e) => [e.pointer, e.code]),
          [['/definition', 'unknown-definition']],
        );
      }
    });

    test('a mandate names a published mandate form: kept in its created event and its receipt; another kind or hash is 422 unknown-definition', async () => {
      const pub = await publish({ kind: 'mandate-form', id: 'mandat', definition: MANDATE_FORM });
      assert.equal(pub.status, 201, await pub.clone().text());
      const v = (await pub.json()) as DefinitionVersion;
      const ref = { id: 'mandat', version: v.version, sha256: sha256(canonicalJson(MANDATE_FORM)) };
      const pdf = await makePdf(1);
      const send = (definition: unknown) =>
        ctx.submitMandate(anne, validMandate(sha256(pdf), { scope: LISTED, definition }), pdf);
      const res = await send(ref);
      assert.equal(res.status, 201, await res.clone().text());
      const { grantId, receipt } = (await res.json()) as { grantId: string; receipt: string };
      const payload = JSON.parse(Buffer.from(receipt.split('.')[1]!, 'base64url').toString()) as {
        definition?: unknown;
      };
      assert.deepEqual(payload.definition, ref, 'the receipt names the form’s definition');
      const g = (await (await ctx.fetch(`/grants/${grantId}`, { token: claire })).json()) as {
        events: { type: string; data: { definition?: unknown } }[];
        verification: { valid: boolean };
      };
      assert.deepEqual(g.events[0]?.data.definition, ref, 'the created event keeps it');
      assert.equal(g.verification.valid, true);
      const tree = (await (await ctx.fetch('/definitions/staff/versions', { token: claire })).json()) as {
        items: DefinitionVersion[];
      };
      const aTree = { id: 'staff', version: tree.items[0]!.version, sha256: tree.items[0]!.sha256 };
      for (const wrong of [{ ...ref, sha256: 'c'.repeat(64) }, aTree]) {
        const p = await problemOf(await send(wrong));
        assert.deepEqual(
          p.errors?.map((e) => [e.pointer, e.code]),
          [['/definition', 'unknown-definition']],
        );
      }
      const bad = await problemOf(await send({ id: 'mandat', version: 'one' }));
      assert.deepEqual(bad.errors?.[0]?.pointer.startsWith('/definition'), true, 'a malformed reference is 422 too');
    });

    test('a decision names the published tree: kept with it; another office’s tree is unknown there', async () => {
      const log = (await (await ctx.fetch('/definitions/staff/versions', { token: claire })).json()) as {
        items: DefinitionVersion[];
      };
      const newest = log.items[0]!;
      const ref = { id: 'staff', version: newest.version, sha256: newest.sha256 };
      const decision = {
        treeId: 'tiny',
        treeVersion: '2',
        outcome: 'mandate',
        answers: [],
        definition: ref,
      };
      assert.equal((await ctx.post('/decisions', decision, { token: anne })).status, 201);
      const [row] = await ctx.store.db.query<{ definition: unknown }>(
        "SELECT definition FROM decisions WHERE tree_id = 'tiny' AND office = 'main'",
      );
      assert.deepEqual(row?.definition, ref);
      const p = await problemOf(await ctx.post('/decisions', decision, { token: pieter }));
      assert.equal(p.errors?.[0]?.code, 'unknown-definition');
    });
  },
  { offices: [...DEMO_OFFICES] },
);

const PG_URL = process.env.PROCURA_TEST_DATABASE_URL;
if (PG_URL && BACKENDS.some((b) => b.name === 'postgres')) {
  describe('definitions: a published version cannot be changed by the app role [postgres]', () => {
    const tag = randomBytes(5).toString('hex');
    const names = { owner: `t_own_${tag}`, app: `t_app_${tag}`, schema: `t_defs_${tag}` };
    let ctx: Ctx;
    const admin = async (sql: string) => {
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    before(async () => {
      const { ownerUrl, appUrl } = await setUpRoles(PG_URL, names);
      const open = async () => {
        const store = await Store.open({ databaseUrl: appUrl, ownerUrl, schema: names.schema });
        return { store, drop: () => store.close() };
      };
      ctx = new Ctx({ name: 'postgres', open }, {});
      await ctx.start();
    });
    after(async () => {
      await ctx?.stop();
      await admin(`DROP SCHEMA IF EXISTS ${names.schema} CASCADE`);
      await admin(`DROP OWNED BY ${names.owner}, ${names.app}`);
      await admin(`DROP ROLE IF EXISTS ${names.app}`);
      await admin(`DROP ROLE IF EXISTS ${names.owner}`);
    });
    test('published as the app role; UPDATE, DELETE and TRUNCATE refused', async () => {
      const claire = await ctx.signIn('claire');
      const res = await ctx.post(
        '/definitions',
        { kind: 'consent', id: 'prospection', definition: CONSENT },
        { token: claire },
      );
      assert.equal(res.status, 201, await res.clone().text());
      for (const sql of [
        `UPDATE definitions SET sha256 = 'x'`,
        `UPDATE definitions SET definition = '{}'`,
        'DELETE FROM definitions',
        'TRUNCATE definitions',
      ])
        await assert.rejects(
          ctx.store.transaction((s) => s.tx.query(sql), 'main'),
          /permission denied/,
          sql,
        );
      assert.equal((await ctx.fetch('/definitions/prospection')).status, 200);
    });
  });
}
