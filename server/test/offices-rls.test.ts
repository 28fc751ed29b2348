/**
 * Broker offices, the second wall (issue 16 item 2, migrations/007_offices.sql): on PostgreSQL
 * the server works as the app role (scripts/db-roles.sql), which row-level security binds. With
 * `procura.office` set to one office, a query that names no office at all (`SELECT * FROM t`)
 * returns none of the other office's rows, in every table holding an office's data; with nothing
 * set, none at all; and the app role cannot write a row into another office. PostgreSQL only:
 * without PROCURA_TEST_DATABASE_URL (or with PROCURA_TEST_STORE=pglite) this file declares no
 * test (PGlite runs as the tables' owner, whom the policies do not bind: there the WHERE of
 * every repository is the wall, offices.test.ts).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setUpRoles } from '../../scripts/db-roles.js';
import { Store } from '../store/store.js';
import { BACKENDS, Ctx, sha256 } from './helpers.js';
import { canonicalJson } from '../../src/model/canonical.js';
import { consentBody, postWithHost, sofieGrant } from './offices-helpers.js';

const PG_URL = process.env.PROCURA_TEST_DATABASE_URL;

/** Every table that holds an office's data (migrations/007). */
const TABLES = [
  'sessions',
  'mandates',
  'documents',
  'sealed_documents',
  'grants',
  'grant_events',
  'grant_receipts',
  'consent_records',
  'decisions',
  'idempotency_keys',
  'oppositions',
  'checkpoints',
  'notices',
  'rights_requests',
];

if (PG_URL && BACKENDS.some((b) => b.name === 'postgres')) {
  describe('offices: row-level security, the second wall [postgres]', () => {
    const tag = randomBytes(5).toString('hex');
    const names = { owner: `t_own_${tag}`, app: `t_app_${tag}`, schema: `t_off_${tag}` };
    let appUrl: string;
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

    /** Runs `fn` as the app role in one transaction with `procura.office` set to `office` (or not set). */
    const asApp = async <T>(office: string | null, fn: (q: (sql: string) => Promise<unknown[]>) => Promise<T>) => {
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: appUrl, options: `-c search_path=${names.schema}` });
      await c.connect();
      try {
        await c.query('BEGIN');
        if (office !== null) await c.query(`SELECT set_config('procura.office', $1, true)`, [office]);
        return await fn(async (sql) => (await c.query(sql)).rows);
      } finally {
        await c.query('ROLLBACK').catch(() => {});
        await c.end();
      }
    };

    before(async () => {
      let ownerUrl: string;
      ({ ownerUrl, appUrl } = await setUpRoles(PG_URL, names));
      ctx = new Ctx(
        {
          name: 'postgres',
          open: async () => {
            const store = await Store.open({ databaseUrl: appUrl, ownerUrl, schema: names.schema });
            return { store, drop: () => store.close() };
          },
        },
        { offices: [{ id: 'nord', name: 'Assurances du Nord', hosts: ['nord.localhost'] }] },
      );
      await ctx.start();
      // Rows of both offices in every table, through the routes (the server runs as the app role).
      const [anne, sofie, claire, pieter] = await Promise.all([
        ctx.signIn('anne'),
        ctx.signIn('sofie'),
        ctx.signIn('claire'),
        ctx.signIn('pieter'),
      ]);
      const { grantId } = await ctx.makeGrant(anne);
      const nordGrant = await sofieGrant(ctx, sofie);
      assert.equal((await ctx.post(`/grants/${grantId}/activate`, {}, { token: claire })).status, 200);
      assert.equal((await ctx.post(`/grants/${nordGrant}/activate`, {}, { token: pieter })).status, 200);
      for (const [token, subject] of [
        [anne, 'C-100231'],
        [sofie, 'C-300017'],
      ] as [string, string][]) {
        assert.equal((await ctx.post('/consents', { ...consentBody(), subject }, { token })).status, 201);
        const decision = {
          treeId: 'broker-000',
          treeVersion: '1',
          answers: [{ question: 'who', option: 'natural' }],
          outcome: 'mandate-insured',
        };
        assert.equal((await ctx.post('/decisions', decision, { token })).status, 201);
        // The notice text its records name (migrations/010), kept in the signed-in person's office.
        const notice = { title: 'Avis', purposes: [] };
        const kept = await ctx.fetch(`/notices/${sha256(canonicalJson(notice))}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(notice),
          token,
        });
        assert.equal(kept.status, 201);
        // A rights request (migrations/012), in the person's office.
        assert.equal((await ctx.post('/requests', { kind: 'access' }, { token })).status, 201);
      }
      // The app role may extend and answer one (its UPDATE columns, scripts/db-roles.sql).
      const queue = (await (await ctx.fetch('/desk/rights', { token: claire })).json()) as { items: { id: string }[] };
      const rightsId = queue.items[0]?.id ?? '';
      const extend = { reason: 'Archives.' };
      assert.equal((await ctx.post(`/desk/rights/${rightsId}/extend`, extend, { token: claire })).status, 200);
      const answer = { outcome: 'done' };
      assert.equal((await ctx.post(`/desk/rights/${rightsId}/answer`, answer, { token: claire })).status, 200);
      const opposition = { opposed: true, source: 'gpc', at: '2025-05-01T12:00:00Z' };
      assert.equal(await postWithHost(`${ctx.url}/api/oppositions`, 'nord.localhost', opposition), 201);
      assert.equal(await postWithHost(`${ctx.url}/api/oppositions`, 'localhost', opposition), 201);
    });
    after(async () => {
      await ctx?.stop();
      await admin(`DROP SCHEMA IF EXISTS ${names.schema} CASCADE`);
      await admin(`DROP OWNED BY ${names.owner}, ${names.app}`);
      await admin(`DROP ROLE IF EXISTS ${names.app}`);
      await admin(`DROP ROLE IF EXISTS ${names.owner}`);
    });

    const offices = (rows: unknown[]) => [...new Set(rows.map((r) => (r as { office: string }).office))].sort();

    for (const table of TABLES)
      test(`${table}: the app role set to one office selects none of the other's rows, even with no WHERE`, async () => {
        assert.deepEqual(await asApp('main', (q) => q(`SELECT * FROM ${table}`).then(offices)), ['main']);
        assert.deepEqual(await asApp('nord', (q) => q(`SELECT * FROM ${table}`).then(offices)), ['nord']);
        assert.deepEqual(await asApp(null, (q) => q(`SELECT * FROM ${table}`)), [], 'nothing set: no row');
        // Both offices have rows (the owner, who bypasses the policies, sees them all; `*` too, global checkpoint aside).
        const all = await ctx.store.systemScope().tx.query(`SELECT DISTINCT office FROM ${table} WHERE office <> '*'`);
        assert.deepEqual(offices(all), ['main', 'nord']);
      });

    test('the app role cannot write a row into another office than its own', async () => {
      await asApp('main', async (q) => {
        await assert.rejects(
          q(
            `INSERT INTO decisions (id, tree_id, tree_version, outcome, answers, created_at, office)
             VALUES (gen_random_uuid(), 't', '1', 'o', '[]', now(), 'nord')`,
          ),
          (err: { code?: string }) => err.code === '42501', // new row violates row-level security policy
        );
      });
      const moved = await asApp('main', (q) =>
        q(`UPDATE grants SET status = status WHERE office = 'nord' RETURNING id`),
      );
      assert.deepEqual(moved, [], 'another office’s grants are not even there to update');
    });
  });
}
