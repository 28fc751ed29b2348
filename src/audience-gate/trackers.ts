/**
 * What the page's analytics tool is told when the person opposes or changes their
 * mind: its own opt-out (Matomo, Google Analytics 4), so that a tracker already
 * running sends nothing more.
 */
type Win = typeof globalThis & {
  _paq?: unknown[] | { push(...c: unknown[]): unknown };
  gtag?: (...args: unknown[]) => void;
  dataLayer?: unknown[];
} & Record<string, unknown>;

/** GA4 measurement ids: those configured, and those the page's `gtag('config', 'G-…')` calls name. */
function measurementIds(configured: readonly string[]): Set<string> {
  const ids = new Set(configured);
  for (const entry of (globalThis as Win).dataLayer ?? []) {
    const a = entry as ArrayLike<unknown> | undefined;
    if (a?.[0] === 'config' && typeof a[1] === 'string' && /^G-\w+$/.test(a[1])) ids.add(a[1]);
  }
  return ids;
}

export function tellTrackers(opposed: boolean, gaIds: readonly string[]): void {
  const w = globalThis as Win;
  const paq = w._paq;
  // A queue (Array) means matomo.js has not run: an opposition needs telling only to a running
  // tracker; a withdrawal goes first in a queue, before the queued page view.
  if (Array.isArray(paq)) {
    if (!opposed) paq.unshift(['forgetUserOptOut']);
  } else paq?.push(...(opposed ? [['optUserOut'], ['forgetConsentGiven']] : [['forgetUserOptOut']]));
  if (typeof w.gtag === 'function') w.gtag('consent', 'update', { analytics_storage: opposed ? 'denied' : 'granted' });
  for (const id of measurementIds(gaIds)) w[`ga-disable-${id}`] = opposed;
}
