/**
 * Issue 13: on PostgreSQL the server works as an app role that may only INSERT and SELECT the
 * evidence tables (scripts/db-roles.sql), migrations having run as the owner. Each forbidden
 * statement is tried as the app role and must fail. PostgreSQL only: with no
 * PROCURA_TEST_DATABASE_URL (or PROCURA_TEST_STORE=pglite) this file declares no test.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setUpRoles } from '../../scripts/db-roles.js';
import { Store } from '../store/store.js';
import { BACKENDS, Ctx } from './helpers.js';

const PG_URL = process.env.PROCURA_TEST_DATABASE_URL;

if (PG_URL && BACKENDS.some((b) => b.name === 'postgres')) {
  describe('proof: the app role cannot rewrite the evidence [postgres]', () => {
    const tag = randomBytes(5).toString('hex');
    const names = { owner: `t_own_${tag}`, app: `t_app_${tag}`, schema: `t_roles_${tag}` };
    let ownerUrl: string, appUrl: string;
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
      ({ ownerUrl, appUrl } = await setUpRoles(PG_URL, names));
      ctx = new Ctx(
        {
          name: 'postgres',
          open: async () => {
            const store = await Store.open({ databaseUrl: appUrl, ownerUrl, schema: names.schema });
            return { store, drop: () => store.close() };
          },
        },
        {},
      );
      await ctx.start();
    });
    after(async () => {
      await ctx?.stop();
      await admin(`DROP SCHEMA IF EXISTS ${names.schema} CASCADE`);
      await admin(`DROP OWNED BY ${names.owner}, ${names.app}`);
      await admin(`DROP ROLE IF EXISTS ${names.app}`);
      await admin(`DROP ROLE IF EXISTS ${names.owner}`);
    });

    test('the server works as the app role: who it is, and a grant made, activated and verified', async () => {
      const [who] = await ctx.store.db.query<{ u: string; super: boolean }>(
        'SELECT current_user AS u, usesuper AS super FROM pg_user WHERE usename = current_user',
      );
      assert.deepEqual(who, { u: names.app, super: false });
      const [anne, claire] = await Promise.all([ctx.signIn('anne'), ctx.signIn('claire')]);
      const { grantId } = await ctx.makeGrant(anne);
      assert.equal((await ctx.fetch(`/grants/${grantId}/activate`, { method: 'POST', token: claire })).status, 200);
      const d = (await (await ctx.fetch(`/grants/${grantId}`, { token: anne })).json()) as {
        verification: { valid: boolean };
      };
      assert.equal(d.verification.valid, true);
    });

    const forbidden = [
      `UPDATE grant_events SET actor = 'grantor'`,
      'DELETE FROM grant_events',
      'TRUNCATE grant_events',
      `UPDATE checkpoints SET head = 'x'`,
      'DELETE FROM checkpoints',
      'TRUNCATE checkpoints',
      'ALTER TABLE grant_events DISABLE TRIGGER grant_events_append_only',
      'ALTER TABLE grant_events DISABLE TRIGGER ALL',
      'ALTER TABLE checkpoints DISABLE TRIGGER checkpoints_append_only',
      'DROP TABLE grant_events CASCADE',
      'DROP TABLE checkpoints',
      'DROP TRIGGER grant_events_append_only ON grant_events',
      `UPDATE documents SET sha256 = 'x'`,
      'DELETE FROM documents',
      `UPDATE sealed_documents SET sha256 = 'x'`,
      `UPDATE mandates SET body = '{}'`,
      'DELETE FROM mandates',
      `UPDATE consent_records SET subject = 'x'`,
      'DELETE FROM consent_records',
      'TRUNCATE consent_records',
      `UPDATE notices SET text = 'x'`,
      'DELETE FROM notices',
      `UPDATE grants SET mandatary_key = 'mallory@example.com'`,
      `UPDATE grants SET document_sha256 = 'x'`,
      'DELETE FROM grants',
      'CREATE TABLE sneaky (x int)',
      `SET session_replication_role = replica`,
    ];
    for (const sql of forbidden)
      test(`as the app role, refused: ${sql}`, async () => {
        await assert.rejects(ctx.store.db.query(sql), (err: { code?: string; message: string }) => {
          assert.equal(err.code, '42501', err.message); // insufficient_privilege (or "must be owner")
          return true;
        });
      });

    test('what the app role may still do to a grant row (its state) is detected by verification', async () => {
      const anne = await ctx.signIn('anne');
      const { grantId } = await ctx.makeGrant(anne, {
        mandatary: { givenName: 'Eva', familyName: 'Maes', email: 'eva.maes@example.com' },
      });
      // In the grant's office: row-level security (migrations/007) shows the app role no other.
      await ctx.store
        .scope('main')
        .tx.query(`UPDATE grants SET scope = '{"contracts":"all","includeFuture":true,"extra":1}' WHERE id = $1`, [
          grantId,
        ]);
      const d = (await (await ctx.fetch(`/grants/${grantId}`, { token: anne })).json()) as {
        verification: { valid: boolean; content: string };
      };
      assert.deepEqual([d.verification.valid, d.verification.content], [false, 'differs']);
    });
  });
}
