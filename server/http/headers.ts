/**
 * Security headers on every answer of the server: the static pages, the demo stand-ins and the
 * API. A header a route set itself (a document's own CSP, for instance) is kept.
 *
 * The CSP is the one a site embedding the elements should send (README, "Headers a site should
 * send"): scripts only from the site, no inline script or style, Trusted Types for every DOM sink
 * (Lit creates its own policy), PDF previews from `blob:` frames, and no framing by anyone.
 */
import type { Context, MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    // A route that says who may frame it (a signed form, framed by our own pages) is not overruled by X-Frame-Options.
    const ownFraming = /frame-ancestors/.test(headers.get('content-security-policy') ?? '');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (headers.has(name) || (name === 'X-Frame-Options' && ownFraming)) continue;
      headers.set(name, value);
    }
  };
}

/**
 * Whether the request reached us over TLS: directly (the socket is encrypted), or through a
 * TLS-terminating proxy we trust (`trustProxy`) that says so in `X-Forwarded-Proto`.
 */
export function cameOverTls(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * The client's address: the socket's peer, or, behind a proxy we trust, the last address the
 * proxy appended to `X-Forwarded-For` (earlier entries are whatever the client claimed).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last;
  }
  const env = c.env as
    | {
        incoming?: { socket?: { remoteAddress?: string } };
        server?: { incoming?: { socket?: { remoteAddress?: string } } };
      }
    | undefined;
  return (env?.server ?? env)?.incoming?.socket?.remoteAddress ?? 'unknown';
}
