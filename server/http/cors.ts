/**
 * CORS with credentials, the headers hono/cors sends, written on the answer once it is made.
 *
 * hono/cors sets its headers on `c.res` before the route runs: the route's answer is then merged
 * into that one, which turns its body into a stream (a page of 1,000 grants copied, then written
 * chunk by chunk) and costs every answer a second Response. Set afterwards, an answer of bytes
 * goes to the socket as it is.
 */
import type { MiddlewareHandler } from 'hono';

export interface CorsOptions {
  /** The origin to echo back (never `*`, with credentials), or null for none. */
  origin: (origin: string) => string | null;
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  /** Seconds a preflight's answer may be kept. */
  maxAge: number;
}

export function cors(opts: CorsOptions): MiddlewareHandler {
  const expose = opts.exposeHeaders.join(',');
  const methods = opts.allowMethods.join(',');
  const allowed = opts.allowHeaders.join(',');
  const common = (headers: Headers, origin: string | null) => {
    if (origin) headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
    if (expose) headers.set('Access-Control-Expose-Headers', expose);
    headers.append('Vary', 'Origin');
  };
  return async (c, next) => {
    const origin = opts.origin(c.req.header('origin') ?? '');
    if (c.req.method === 'OPTIONS') {
      const headers = new Headers();
      common(headers, origin);
      headers.set('Access-Control-Max-Age', String(opts.maxAge));
      headers.set('Access-Control-Allow-Methods', methods);
      headers.set('Access-Control-Allow-Headers', allowed);
      headers.append('Vary', 'Access-Control-Request-Headers');
      return new Response(null, { status: 204, statusText: 'No Content', headers });
    }
    await next();
    try {
      common(c.res.headers, origin);
    } catch {
      // Immutable headers (a fetched response): copy it.
      c.res = new Response(c.res.body, c.res);
      common(c.res.headers, origin);
    }
  };
}
