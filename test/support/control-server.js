// A real HTTP server on loopback that the core tests drive: it records what it
// receives and can be told to fail, answer slowly, answer a problem, or go down
// (destroying connections, so the browser sees a genuine network error).
import http from 'node:http';

export function startControlServer(port = 0) {
  const received = [];
  const plans = new Map(); // path -> { failures, status, delayMs, problem, retryAfter }
  const seenKeys = new Map(); // Idempotency-Key -> first response
  let down = false;

  const server = http.createServer(async (req, res) => {
    const origin = req.headers.origin;
    res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader(
      'Access-Control-Allow-Headers',
      'content-type, idempotency-key, authorization, accept-language, x-test',
    );
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
    res.setHeader('Access-Control-Expose-Headers', 'retry-after, idempotent-replayed');
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();

    if (url.pathname.startsWith('/_control/')) {
      const body = await readBody(req);
      const cmd = url.pathname.slice('/_control/'.length);
      if (cmd === 'reset') {
        received.length = 0;
        plans.clear();
        seenKeys.clear();
        down = false;
      } else if (cmd === 'plan') {
        const p = JSON.parse(body.toString() || '{}');
        plans.set(p.path, p);
      } else if (cmd === 'down') down = true;
      else if (cmd === 'up') down = false;
      else if (cmd === 'stored') {
        // What a backend honouring Idempotency-Key would have kept: one per key.
        const path = url.searchParams.get('path');
        const keys = new Set(
          received
            .filter((r) => (!path || r.path === path) && r.headers['idempotency-key'])
            .map((r) => r.headers['idempotency-key']),
        );
        return json(res, 200, [...keys]);
      } else if (cmd === 'received') {
        const path = url.searchParams.get('path');
        return json(
          res,
          200,
          received.filter((r) => !path || r.path === path),
        );
      }
      return json(res, 200, { ok: true });
    }

    if (down) return req.socket.destroy();
    const body = await readBody(req);
    const key = req.headers['idempotency-key'];
    const entry = {
      method: req.method,
      path: url.pathname,
      query: url.search,
      headers: {
        'idempotency-key': key,
        authorization: req.headers.authorization,
        'content-type': req.headers['content-type'],
        'accept-language': req.headers['accept-language'],
      },
      body: body.toString('latin1').slice(0, 200_000),
      size: body.length,
    };
    received.push(entry);

    const plan = plans.get(url.pathname);
    if (plan?.delayMs) await new Promise((r) => setTimeout(r, plan.delayMs));
    if (plan?.failures > 0) {
      plan.failures--;
      if (plan.destroy) return req.socket.destroy();
      if (plan.retryAfter !== undefined) res.setHeader('Retry-After', String(plan.retryAfter));
      return json(
        res,
        plan.status ?? 503,
        { title: 'Unavailable', status: plan.status ?? 503 },
        'application/problem+json',
      );
    }
    if (plan?.problem) return json(res, plan.problem.status, plan.problem, 'application/problem+json');
    if (key && seenKeys.has(key)) {
      res.setHeader('Idempotent-Replayed', 'true');
      return json(res, 201, seenKeys.get(key));
    }
    const answer = { ok: true, path: url.pathname, n: received.length };
    if (key) seenKeys.set(key, answer);
    return json(res, req.method === 'POST' ? 201 : 200, answer);
  });

  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(r);
          }),
      });
    });
  });
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.alloc(0)));
  });
}

function json(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type });
  res.end(JSON.stringify(body));
}
