/**
 * The office middleware: which broker office a request is for, from its Host header (an office's
 * `hosts`), else the default office. A signed-in person's own office wins over it (officeOf in
 * modules/office.ts): the host only decides for those not signed in (a prospect's consent, an
 * opposition, the sign-in page).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../auth.js';
import { DEFAULT_OFFICE } from '../modules/scope.js';
import type { Office } from '../users.js';

/** Host names (lower case, with and without port) to office ids. */
export function hostMap(offices: readonly Office[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const o of offices) for (const h of o.hosts ?? []) map.set(h.trim().toLowerCase(), o.id);
  return map;
}

export function officeFromHost(hosts: Map<string, string>, host: string | undefined): string {
  const h = (host ?? '').trim().toLowerCase();
  return hosts.get(h) ?? hosts.get(h.replace(/:\d{1,5}$/, '')) ?? DEFAULT_OFFICE;
}

/** Sets `office` for the request; waits, the first time, for the offices to be stored (`ready`). */
export function resolveOffice(offices: readonly Office[], ready: Promise<unknown>): MiddlewareHandler<AppEnv> {
  const hosts = hostMap(offices);
  return async (c, next) => {
    await ready;
    c.set('office', officeFromHost(hosts, c.req.header('host')));
    return next();
  };
}
