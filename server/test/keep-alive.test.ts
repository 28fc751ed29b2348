// Idle keep-alive connections. A reverse proxy (nginx's upstream keepalive, a cloud load
// balancer: 60 seconds) or an HTTP client reuses a connection that has been idle for a while.
// Node closes idle connections after 5 seconds by default: a request written on one just as the
// server closes it is reset (ECONNRESET for a client, a 502 behind a proxy). The server keeps
// them longer than those proxies do, and says how long in its Keep-Alive header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { KEEP_ALIVE_MS } from '../start.js';
import { suite } from './helpers.js';

/** Reads one HTTP/1.1 answer (a Content-Length body) from `socket`; rejects if the server closes first. */
function readAnswer(socket: Socket): Promise<{ status: number; headers: Map<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    let data = Buffer.alloc(0);
    const done = (err?: Error) => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('error', done);
      if (err) reject(err);
    };
    const onEnd = () => done(new Error('the server closed the connection'));
    const onData = (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
      const headers = new Map(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      const length = Number(headers.get('content-length') ?? 0);
      if (data.length < end + 4 + length) return;
      done();
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: data.subarray(end + 4, end + 4 + length).toString(),
      });
    };
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', done);
  });
}

const ask = (socket: Socket, path: string) => {
  const answer = readAnswer(socket);
  socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n`);
  return answer;
};

suite('idle keep-alive connections', (ctx) => {
  test('a connection idle longer than Node’s default still carries the next request, and the server says how long it keeps one', async () => {
    const socket = connect(ctx.server.port, '127.0.0.1');
    try {
      const first = await ask(socket, '/api/health');
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('connection')?.toLowerCase(), 'keep-alive');
      assert.equal(first.headers.get('keep-alive'), `timeout=${KEEP_ALIVE_MS / 1000}`);
      // Idle as a proxy's pooled connection is between two visitors. Node 20 closes one after
      // 5 s plus a second of grace: 8 s is past both.
      await sleep(8_000);
      const second = await ask(socket, '/api/health');
      assert.equal(second.status, 200);
      assert.match(second.body, /"status"/);
      assert.ok(KEEP_ALIVE_MS > 60_000, 'longer than the 60 s a proxy keeps an idle upstream connection');
    } finally {
      socket.destroy();
    }
  });
});
