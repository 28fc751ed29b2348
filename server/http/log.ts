import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

/**
 * One line per request: method, route pattern, status, duration. Never the raw URL (ids,
 * query strings), a body, a header, an e-mail or a token: the log holds no personal data.
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    // Middlewares are registered for ALL methods; the handler that answered has a method.
    const handler = matchedRoutes(c).findLast((r) => r.method !== 'ALL');
    const route = handler?.path ?? (c.req.method === 'OPTIONS' ? '(preflight)' : '(no route)');
    write(`${c.req.method} ${route} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`);
  };
}
