/**
 * PROCURA_OFFICES, read by `server/main.ts` at start: a list the server takes, or a clear
 * refusal to start. Store-independent (an in-memory PGlite), so it runs in the PGlite pass only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

function start(offices: string): Promise<{ code: number | null; out: string; err: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      PROCURA_DEMO: '1',
      DATABASE_URL: '',
      DATA_DIR: 'memory://',
      PROCURA_OFFICES: offices,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout.on('data', (d) => {
    out += d;
    if (/listening on http/.test(out)) proc.kill('SIGTERM');
  });
  proc.stderr.on('data', (d) => (err += d));
  return new Promise((done) => proc.on('exit', (code) => done({ code, out, err })));
}

if (process.env.PROCURA_TEST_STORE !== 'postgres') {
  test('PROCURA_OFFICES: a valid list is taken and the server starts', async () => {
    const r = await start('[{"id":"sud","name":"Assurances du Sud","hosts":["sud.example.be"]}]');
    assert.match(r.out, /listening on http/, r.err);
  });

  test('PROCURA_OFFICES: anything else and the server does not start, and says how to write it', async () => {
    for (const bad of ['nord', '{"id":"nord"}', '[{"id":"Nord Est","name":"x"}]', '[{"id":"nord"}]']) {
      const r = await start(bad);
      assert.equal(r.code, 1, bad);
      assert.match(r.err, /PROCURA_OFFICES must be a JSON list of offices/, bad);
    }
  });
}
