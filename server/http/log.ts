import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

/** Sent on every answer, and in a 5xx problem's `instance`: what a person quotes to support. */
export const REQUEST_ID = 'X-Request-Id';

const ID = 'procuraRequestId';
const LOGGED = 'procuraRequestLogged';
const ERROR = 'procuraError';

/** This request's id (made on first use; never taken from the request, so it cannot forge log lines). */
export function requestIdOf(c: Context): string {
  let id = c.get(ID) as string | undefined;
  if (!id) c.set(ID, (id = randomUUID()));
  return id;
}

/**
 * One line for an unexpected error: its class, its message (quoted values masked, flattened,
 * cut at 200 characters) and its stack frames, never the request's body or headers.
 */
export function describeError(err: unknown, id: string, where = ''): string {
  const e = err instanceof Error ? err : new Error(String(err));
  const name = e.constructor?.name && e.constructor.name !== 'Object' ? e.constructor.name : e.name || 'Error';
  // Database messages quote the offending value ("invalid input syntax for type date: "2023-02-30""): masked.
  const message = String(e.message ?? '')
    .replace(/"[^"]*"|'[^']*'|«[^»]*»/g, '"…"')
    .replace(/\s+/g, ' ')
    .slice(0, 200);
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12)
    .map((l) => l.trim());
  return `error request=${id}${where && ' ' + where} ${name}: ${message}${frames.length ? ' | ' + frames.join(' | ') : ''}`;
}

/**
 * Called by onError: the error line is written by requestLog (after the request line, with
 * the same id) when it wraps the request, else at once with `fallback`.
 */
export function logError(c: Context, err: unknown, fallback: (line: string) => void): string {
  const id = requestIdOf(c);
  if (c.get(LOGGED)) c.set(ERROR, err);
  else fallback(describeError(err, id));
  return id;
}

/**
 * One line per request: method, route pattern, status, duration. Never the raw
 * URL (ids, query strings), a body, a header, an e-mail or a token: the log holds no personal
 * data. An unexpected error adds one line (describeError) with the request id, which the
 * answer carries too (`X-Request-Id`, and `instance` in a 5xx problem).
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    const id = requestIdOf(c);
    c.set(LOGGED, true);
    await next();
    // Middlewares are registered for ALL methods; the handler that answered has a method.
    const handler = matchedRoutes(c).findLast((r) => r.method !== 'ALL');
    const route = handler?.path ?? (c.req.method === 'OPTIONS' ? '(preflight)' : '(no route)');
    write(`${c.req.method} ${route} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`);
    const err = c.get(ERROR);
    if (err !== undefined) write(describeError(err, id, `${c.req.method} ${route}`));
    try {
      c.res.headers.set(REQUEST_ID, id);
    } catch {
      // Immutable headers (a fetched response): copy it.
      c.res = new Response(c.res.body, c.res);
      c.res.headers.set(REQUEST_ID, id);
    }
  };
}
