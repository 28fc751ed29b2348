/**
 * Storage and failure handling under attack and fault: one PGlite folder per process, a crash
 * between an effect and its idempotency answer, and 500s that can be traced without logging
 * anyone's data. The process tests start the real server (`server/main.ts`) as a child.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKENDS, makePdf, problemOf, sha256, suite, validMandate } from './helpers.js';
import { startServer } from '../start.js';
import { fingerprintOf } from '../http/idempotency.js';
import { LOCK_FILE } from '../store/db.js';
import { STALE_CLAIM_MS } from '../store/idempotency.js';
import { at } from '../../test/support/at.js';

const PG_URL = process.env.PROCURA_TEST_DATABASE_URL;

interface Child {
  proc: ChildProcess;
  /** Resolves with the URL once listening, rejects if the process exits first. */
  url: Promise<string>;
  exit: Promise<number | null>;
  stderr: () => string;
}

function serverProcess(env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PROCURA_DEMO: '1', DATABASE_URL: '', DATA_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
  const url = new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) resolve(at(m, 1));
    });
    void exit.then((code) => reject(new Error(`the server exited with ${code}: ${err}`)));
  });
  url.catch(() => {});
  return { proc, url, exit, stderr: () => err };
}

async function stopChild(c: Child, signal: NodeJS.Signals = 'SIGTERM') {
  if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill(signal);
  await c.exit;
}

/** A session usable from Node: the bearer token when the body carries one, else the cookie. */
async function signIn(url: string, user: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  assert.equal(res.status, 201, `sign-in as ${user}`);
  const body = (await res.json()) as { token?: string };
  if (body.token) return { authorization: `Bearer ${body.token}` };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie };
}

async function submitMandate(
  url: string,
  auth: Record<string, string>,
  mandate: unknown,
  pdf: Uint8Array,
  key: string,
) {
  const form = new FormData();
  form.set('mandate', JSON.stringify(mandate));
  form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'mandate.pdf');
  return fetch(`${url}/api/mandates`, { method: 'POST', body: form, headers: { ...auth, 'idempotency-key': key } });
}

// A PGlite matter: declared in the PGlite run only (the PostgreSQL run has nothing to add).
if (BACKENDS.some((b) => b.name === 'pglite'))
  describe('one PGlite folder, one process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procura-lock-'));
    const children: Child[] = [];
    const start = (env: Record<string, string> = {}) => {
      const c = serverProcess({ DATA_DIR: dir, ...env });
      children.push(c);
      return c;
    };
    after(async () => {
      for (const c of children) await stopChild(c, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    });

    test('two servers on one PGlite folder: the second refuses to start, naming the folder, the other pid and what to do', async () => {
      const first = start();
      const url = await first.url;
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8').trim(), String(first.proc.pid));
      const second = start();
      const code = await second.exit;
      assert.notEqual(code, 0);
      const message = second.stderr();
      assert.ok(message.includes(dir), message);
      assert.ok(message.includes(`pid ${first.proc.pid}`), message);
      assert.match(message, /DATA_DIR/);
      assert.match(message, /DATABASE_URL/);
      // The refused one took nothing from the first: its lock and its answers are intact.
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8').trim(), String(first.proc.pid));
      assert.equal((await fetch(`${url}/api/health`)).status, 200);
      // A clean stop releases the folder.
      await stopChild(first);
      assert.equal(existsSync(join(dir, LOCK_FILE)), false);
    });

    test('a server killed with SIGKILL leaves a stale lock: the next one takes it over and starts', async () => {
      const first = start();
      await first.url;
      await stopChild(first, 'SIGKILL');
      assert.equal(
        readFileSync(join(dir, LOCK_FILE), 'utf8').trim(),
        String(first.proc.pid),
        'the killed server could not remove its lock',
      );
      const next = start();
      const url = await next.url;
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8').trim(), String(next.proc.pid));
      assert.equal((await fetch(`${url}/api/health`)).status, 200);
      await stopChild(next);
    });
  });

for (const backend of BACKENDS) {
  describe(`a crash between a mandate and its idempotency answer [${backend.name}]`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'procura-crash-'));
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const env: Record<string, string> =
      backend.name === 'pglite' ? { DATA_DIR: dir } : { DATABASE_URL: PG_URL!, PGOPTIONS: `-c search_path=${schema}` };
    const children: Child[] = [];
    before(async () => {
      if (backend.name !== 'postgres') return;
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`CREATE SCHEMA ${schema}`);
      await c.end();
    });
    after(async () => {
      for (const c of children) await stopChild(c, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      if (backend.name !== 'postgres') return;
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    });

    test('a server killed right after committing a mandate: the retry with the same key gets 201 and the same grant id, not 409', async () => {
      // The server kills itself (SIGKILL) as soon as the transaction that wrote the grant commits.
      const crashing = serverProcess({ ...env, PROCURA_TEST_KILL_AFTER_COMMIT: 'INSERT INTO grants' });
      children.push(crashing);
      const url = await crashing.url;
      const anne = await signIn(url, 'anne');
      const pdf = await makePdf(1);
      const mandate = validMandate(sha256(pdf));
      const key = randomUUID();
      await assert.rejects(submitMandate(url, anne, mandate, pdf, key), 'the first answer never arrives');
      await crashing.exit;
      assert.equal(crashing.proc.signalCode, 'SIGKILL');

      const restarted = serverProcess(env);
      children.push(restarted);
      const again = await restarted.url;
      const retry = await submitMandate(again, anne, mandate, pdf, key);
      assert.equal(retry.status, 201, await retry.clone().text());
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
      const { grantId } = (await retry.json()) as { grantId: string };
      const list = (await (await fetch(`${again}/api/grants`, { headers: anne })).json()) as {
        grants: { id: string }[];
      };
      assert.deepEqual(
        list.grants.map((g) => g.id),
        [grantId],
        'one grant, the one the retry names',
      );
      // And a second retry still gets the same answer.
      const twice = await submitMandate(again, anne, mandate, pdf, key);
      assert.equal(twice.status, 201);
      assert.equal(((await twice.json()) as { grantId: string }).grantId, grantId);
      await stopChild(restarted);
    });
  });
}

suite('idempotency claims left by a crash', (ctx) => {
  const body = { treeId: 'who-signs', treeVersion: '1', outcome: 'self', answers: [{ question: 'q', option: 'a' }] };

  test('a request "in progress" abandoned by a crashed server is taken over after the timeout, not refused forever', async () => {
    const key = randomUUID();
    const claimedAt = new Date(ctx.nowMs - STALE_CLAIM_MS - 1000);
    assert.equal(
      (await ctx.store.claimIdempotency('', 'POST /api/decisions', key, fingerprintOf(body), claimedAt)).kind,
      'new',
    );
    const res = await ctx.post('/decisions', body, { key });
    assert.equal(res.status, 201, await res.clone().text());
    const again = await ctx.post('/decisions', body, { key });
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), await res.json());
  });

  test('a request still in progress within the timeout answers 409 in-progress (the outbox retries it later)', async () => {
    const key = randomUUID();
    await ctx.store.claimIdempotency('', 'POST /api/decisions', key, fingerprintOf(body), new Date(ctx.nowMs));
    const res = await ctx.post('/decisions', body, { key });
    assert.equal(res.status, 409);
    assert.equal((await problemOf(res)).code, 'in-progress');
  });
});

for (const backend of BACKENDS) {
  describe(`an unexpected error [${backend.name}]`, () => {
    test('a 500 is logged with its class, stack and a request id that the answer carries, never with the request body', async () => {
      const { store, drop } = await backend.open();
      const logs: string[] = [];
      const server = await startServer({ port: 0, demo: true, store, log: (l) => logs.push(l) });
      try {
        // The store closed under the running app: every query now throws.
        await store.close();
        const secret = `Marie Curie née Skłodowska ${randomUUID()}`;
        const res = await fetch(`${server.url}/api/decisions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify({
            treeId: 'who-signs',
            treeVersion: '1',
            outcome: 'self',
            answers: [{ question: 'name', option: secret }],
          }),
        });
        assert.equal(res.status, 500);
        const id = res.headers.get('x-request-id');
        assert.match(id ?? '', /^[0-9a-f-]{36}$/);
        const problem = (await problemOf(res)) as { code?: string; instance?: string };
        assert.equal(problem.code, 'internal');
        assert.equal(problem.instance, `urn:procura:request:${id}`);
        const log = logs.join('\n');
        const line = logs.find((l) => l.startsWith(`error request=${id} `));
        assert.ok(line, `no error line with the request id in:\n${log}`);
        assert.match(line, /POST \/api\/decisions \w*Error: /, 'the route, the error class and its message');
        assert.match(line, / \| at /, 'the stack frames');
        assert.ok(!log.includes(secret) && !log.includes('Curie'), 'the request body stays out of the log');
      } finally {
        await server.close();
        await drop().catch(() => {});
      }
    });
  });
}
