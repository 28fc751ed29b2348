/**
 * Two server processes on one PostgreSQL database behave as one (issue 16 item 4): concurrent
 * submissions, revocations and duplicate retries (same Idempotency-Key), sent alternately to
 * both, are each stored exactly once; a session made on one works on the other; the rate limit
 * counts the requests of both; a scheduled job runs once; each mail is sent once (read from an
 * SMTP server in this process). PostgreSQL only: registered with PROCURA_TEST_STORE=postgres.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { makePdf, sha256, validMandate } from './helpers.js';
import { TestSmtp } from './smtp.js';

const PG_URL = process.env.PROCURA_TEST_DATABASE_URL;
/** The session limit of both processes: what jan's burst must meet, counted across them. */
const SESSION_BURST = 80;

interface Proc {
  child: ChildProcess;
  url: string;
  stderr: string[];
}

/** `node --import tsx server/main.ts` with `env`; resolves once it prints its listening line. */
function startProcess(env: Record<string, string>): Promise<Proc> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (d: Buffer) => stderr.push(...d.toString().split('\n').filter(Boolean)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m?.[1]) resolve({ child, url: m[1], stderr });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr.slice(-5).join(' | ')}`)));
  });
}

const stopProcess = (p: Proc) =>
  new Promise<void>((done) => {
    if (p.child.exitCode !== null) return done();
    p.child.once('exit', () => done());
    p.child.kill('SIGTERM');
  });

async function admin<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

async function until(ready: () => Promise<boolean>, what: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

if (process.env.PROCURA_TEST_STORE === 'postgres' && PG_URL) {
  describe('two server processes on one PostgreSQL [postgres]', () => {
    const name = `procura_two_${randomBytes(5).toString('hex')}`;
    const dbUrl = PG_URL.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
    const smtp = new TestSmtp();
    let servers: Proc[] = [];
    const one = (i: number) => servers[i % 2] as Proc;
    const count = async (sql: string, params: unknown[] = []) =>
      Number((await admin<{ n: string }>(dbUrl, `SELECT count(*) AS n FROM ${sql}`, params))[0]?.n);

    const api = (i: number, path: string, init: RequestInit & { token?: string; key?: string } = {}) => {
      const headers = new Headers(init.headers);
      if (init.token) headers.set('authorization', `Bearer ${init.token}`);
      if (init.key) headers.set('idempotency-key', init.key);
      return fetch(`${one(i).url}/api${path}`, { ...init, headers });
    };
    const signIn = async (i: number, user: string) => {
      const res = await api(i, '/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user, token: true }),
      });
      assert.equal(res.status, 201);
      return ((await res.json()) as { token: string }).token;
    };
    /** One mandate's body (a retry must send exactly the same one). */
    const mandateOf = async (n: number) => {
      const pdf = await makePdf(1);
      const mandatary = {
        givenName: 'Mandataire',
        familyName: `Numéro ${n}`,
        email: `m${n}@example.com`,
        relation: 'ami',
      };
      return { pdf, json: JSON.stringify(validMandate(sha256(pdf), { mandatary, service: `Service ${n}` })) };
    };
    const submit = (i: number, token: string, key: string, m: { pdf: Uint8Array; json: string }) => {
      const form = new FormData();
      form.set('mandate', m.json);
      form.set('document', new Blob([new Uint8Array(m.pdf)], { type: 'application/pdf' }), 'mandate.pdf');
      return api(i, '/mandates', { method: 'POST', body: form, token, key });
    };
    const post = (i: number, path: string, token: string, key: string, body: unknown = {}) =>
      api(i, path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        token,
        key,
      });

    before(async () => {
      await admin(PG_URL, `CREATE DATABASE ${name}`);
      await smtp.listen();
      const env = {
        PORT: '0',
        DATABASE_URL: dbUrl,
        PROCURA_DEMO: '1',
        RATE_LIMIT_ADDRESS: '0',
        RATE_LIMIT_SESSION: `${SESSION_BURST}/0.001`,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Courtier <courtier@broker.example.com>',
        MAIL_POLL_MS: '100',
      };
      // Both at once on an empty database: the migrations run once (their advisory lock).
      servers = await Promise.all([startProcess(env), startProcess(env)]);
    });

    after(async () => {
      await Promise.all(servers.map(stopProcess));
      await smtp.close();
      await admin(PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });

    test('a session made on one process works on the other', async () => {
      const token = await signIn(0, 'anne');
      const res = await api(1, '/session', { token });
      assert.equal(((await res.json()) as { user: { id: string } | null }).user?.id, 'anne');
    });

    test('concurrent submissions and revocations, each retried on the other process: each stored once', async () => {
      const anne = await signIn(1, 'anne');
      const keys = Array.from({ length: 8 }, () => randomUUID());
      // Each submission sent to both processes at once with the same key (a retry racing the first).
      const sent = await Promise.all(keys.map((_, n) => mandateOf(n)));
      const answers = await Promise.all(
        keys.flatMap((key, n) => {
          const m = sent[n] as { pdf: Uint8Array; json: string };
          return [submit(n, anne, key, m), submit(n + 1, anne, key, m)];
        }),
      );
      const bodies = await Promise.all(answers.map(async (r) => ({ status: r.status, body: await r.text() })));
      for (let n = 0; n < keys.length; n++) {
        const [a, b] = [bodies[2 * n], bodies[2 * n + 1]];
        assert.deepEqual([a?.status, b?.status], [201, 201], `${a?.body} ${b?.body}`);
        assert.equal(a?.body, b?.body, 'the retry replays the first answer');
      }
      const grantIds = bodies
        .filter((_, i) => i % 2 === 0)
        .map((b) => (JSON.parse(b.body) as { grantId: string }).grantId);
      assert.equal(new Set(grantIds).size, 8);
      assert.equal(await count('mandates'), 8);
      assert.equal(await count('grants'), 8);
      assert.equal(await count(`grant_events WHERE type = 'created'`), 8);

      // Revocations: one key sent to both processes (a duplicate), another key to one of them.
      const revokes = grantIds.flatMap((id, n) => {
        const k1 = randomUUID();
        const k2 = randomUUID();
        const path = `/grants/${id}/revoke`;
        return [post(n, path, anne, k1), post(n + 1, path, anne, k1), post(n + 1, path, anne, k2)];
      });
      const statuses = (await Promise.all(revokes)).map((r) => r.status);
      for (let n = 0; n < grantIds.length; n++) {
        const [first, retry, other] = statuses.slice(3 * n, 3 * n + 3);
        assert.equal(first, retry, 'the duplicate gets the same answer');
        // Exactly one of the two revocations was acknowledged; the other met a revoked grant.
        assert.deepEqual([first, other].sort(), [200, 409], `grant ${n}: ${statuses.slice(3 * n, 3 * n + 3)}`);
      }
      assert.equal(await count(`grant_events WHERE type = 'revoked'`), 8);
      assert.equal(await count(`grants WHERE status = 'revoked'`), 8);
    });

    test('the rate limit of a session counts the requests of both processes', async () => {
      const jan = await signIn(0, 'jan');
      const statuses: number[] = [];
      for (let i = 0; i < SESSION_BURST; i++) statuses.push((await api(i, '/grants', { token: jan })).status);
      assert.deepEqual(new Set(statuses), new Set([200]));
      const beyond = await api(SESSION_BURST, '/grants', { token: jan });
      assert.equal(beyond.status, 429);
      assert.ok(Number(beyond.headers.get('retry-after')) >= 1);
      assert.equal((await api(SESSION_BURST + 1, '/grants', { token: jan })).status, 429, 'on the other process too');
    });

    test('each scheduled job ran once across the two processes', async () => {
      await until(async () => (await count(`job_runs WHERE name = 'retention'`)) === 1, 'the retention run');
      const lines = servers.flatMap((s) => s.stderr);
      for (const job of ['retention', 'expiry-sweep', 'global-checkpoint'])
        assert.equal(lines.filter((l) => l.startsWith(`job ${job} `)).length, 1, `${job}: ${lines.join('\n')}`);
      assert.equal(await count('job_runs'), 3);
    });

    test('activations through both processes, retried on the other: each mail received once', async () => {
      const anne = await signIn(0, 'anne');
      const claire = await signIn(1, 'claire');
      const ids: string[] = [];
      for (let n = 20; n < 24; n++) {
        const res = await submit(n, anne, randomUUID(), await mandateOf(n));
        assert.equal(res.status, 201);
        ids.push(((await res.json()) as { grantId: string }).grantId);
      }
      const activations = ids.flatMap((id, n) => {
        const key = randomUUID();
        return [post(n, `/grants/${id}/activate`, claire, key), post(n + 1, `/grants/${id}/activate`, claire, key)];
      });
      assert.deepEqual(new Set((await Promise.all(activations)).map((r) => r.status)), new Set([200]));
      assert.equal(await count(`grant_events WHERE type = 'activated'`), 4);
      // Each activation of a mandate mails the grantor and the mandatary (004: split credentials).
      const invitations = `mail_outbox WHERE template = 'activated-mandatary'`;
      assert.equal(await count(invitations), 4);
      assert.equal(await count(`mail_outbox WHERE template = 'activated-grantor'`), 4);
      // Every mail queued so far (the revocations' too) sent, and received once each.
      await until(async () => (await count(`mail_outbox WHERE status <> 'sent'`)) === 0, 'the outbox sent');
      const queued = await admin<{ to_address: string }>(dbUrl, 'SELECT to_address FROM mail_outbox');
      await until(async () => smtp.received.length >= queued.length, `${queued.length} mails received`);
      const received = smtp.received.map((m) => m.to.join(',')).sort();
      assert.deepEqual(received, queued.map((r) => r.to_address).sort());
      for (const n of [20, 21, 22, 23]) assert.equal(smtp.to(`m${n}@example.com`).length, 1);
    });
  });
}
