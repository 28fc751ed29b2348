/**
 * The retention purge (server/jobs/retention.ts) and the scheduler's once-per-period runs
 * (server/jobs/scheduler.ts), on PGlite and PostgreSQL: rows past their time go, the others stay,
 * the log says counts only.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { suite, type Ctx } from './helpers.js';
import { retentionJob } from '../jobs/retention.js';
import { Scheduler } from '../jobs/scheduler.js';

const DAY = 24 * 3600_000;
const YEAR = 365 * DAY;

async function consent(ctx: Ctx, subject: string, receivedAt: Date) {
  const id = randomUUID();
  await ctx.store.db.query(
    `INSERT INTO consent_records (record_id, subject, principal, body, collected_at, received_at) VALUES ($1, $2, '', '{}', $3, $3)`,
    [id, subject, receivedAt],
  );
}

async function seed(ctx: Ctx, now: Date) {
  const old = new Date(now.getTime() - 4 * YEAR);
  const recent = new Date(now.getTime() - YEAR);
  await consent(ctx, 'prospect:old', old); // gone: a prospect, last record 4 years ago
  await consent(ctx, 'C-999999', old); // gone: no grant, not in the directory
  await consent(ctx, 'C-999999', old);
  await consent(ctx, 'prospect:recent', recent); // kept: within 3 years
  await consent(ctx, 'C-777777', old); // kept: its latest record is recent (last contact)
  await consent(ctx, 'C-777777', recent);
  await consent(ctx, 'C-100231', old); // kept: a client of the directory
  const opposition = `INSERT INTO oppositions (opposed, source, at) VALUES (true, 'toggle', $1)`;
  await ctx.store.db.query(opposition, [new Date(now.getTime() - 14 * 31 * DAY)]); // gone: > 13 months
  await ctx.store.db.query(opposition, [new Date(now.getTime() - 300 * DAY)]); // kept
  const session = `INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, 'anne', $2, $2)`;
  await ctx.store.db.query(session, [randomUUID(), new Date(now.getTime() - DAY)]); // gone: expired
  await ctx.store.db.query(session, [randomUUID(), new Date(now.getTime() + DAY)]); // kept
  const key = `INSERT INTO idempotency_keys (principal, route, key, fingerprint, status, body, created_at) VALUES ('anne', 'r', $1, 'f', 201, '{}', $2)`;
  await ctx.store.db.query(key, [randomUUID(), new Date(now.getTime() - 2 * DAY)]); // gone
  await ctx.store.db.query(key, [randomUUID(), new Date(now.getTime() - 3600_000)]); // kept
}

suite(
  'retention',
  (ctx) => {
    it('deletes what is past its time, keeps the rest, logs counts only, once per period across schedulers', async () => {
      const now = new Date(ctx.nowMs);
      await seed(ctx, now);
      const logs: string[] = [];
      const job = retentionJob({}, () => ['C-100231']);
      // Two schedulers on one store (as two processes on one database): the job runs once.
      const a = new Scheduler(ctx.store, [job], { now: () => now, log: (l) => logs.push(l) });
      const b = new Scheduler(ctx.store, [job], { now: () => now, log: (l) => logs.push(l) });
      await Promise.all([a.tick(), b.tick()]);
      const lines = logs.filter((l) => l.startsWith('job retention'));
      assert.equal(lines.length, 1, logs.join('\n'));
      assert.match(lines[0] ?? '', /prospectConsents=3 oppositions=1 sessions=1 idempotencyKeys=1 /);
      assert.doesNotMatch(lines[0] ?? '', /prospect:|C-\d|anne/);
      const subjects = await ctx.store.db.query<{ subject: string }>(
        'SELECT subject FROM consent_records ORDER BY subject',
      );
      assert.deepEqual(
        subjects.map((r) => r.subject),
        ['C-100231', 'C-777777', 'C-777777', 'prospect:recent'],
      );
      assert.equal(await ctx.count('oppositions'), 1);
      assert.equal(await ctx.count('sessions', 'user_id = $1', ['anne']), 1);
      assert.equal(await ctx.count('idempotency_keys', 'principal = $1', ['anne']), 1);
      // Due again a day later, not before.
      await a.tick();
      assert.equal(logs.filter((l) => l.startsWith('job retention')).length, 1);
      const later = new Scheduler(ctx.store, [job], {
        now: () => new Date(now.getTime() + DAY + 1),
        log: (l) => logs.push(l),
      });
      await later.tick();
      assert.equal(logs.filter((l) => l.startsWith('job retention')).length, 2);
      const runs = await ctx.store.db.query<{ result: { prospectConsents: number } }>(
        `SELECT result FROM job_runs WHERE name = 'retention'`,
      );
      assert.equal(runs[0]?.result.prospectConsents, 0);
    });
  },
  { retention: false },
);
