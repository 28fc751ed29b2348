/**
 * What the page's analytics tool is told when the person opposes or changes their
 * mind: its own opt-out (Matomo, Google Analytics 4), so that a tracker already
 * running sends nothing more.
 */
type Win = typeof self & {
  _paq?: unknown[] | { push(...c: unknown[]): unknown };
  gtag?: (...args: unknown[]) => void;
  dataLayer?: ArrayLike<unknown>[];
} & Record<string, unknown>;

/** Tells Matomo and GA4 (`gaIds`, and those the page's `gtag('config', 'G-…')` calls name). */
export function tellTrackers(opposed: boolean, gaIds: readonly string[]): void {
  const w = self as Win;
  const paq = w._paq;
  // A queue (Array) means matomo.js has not run: an opposition needs telling only to a running
  // tracker; a withdrawal goes first in a queue, before the queued page view.
  if (!opposed) (paq as unknown[] | undefined)?.[Array.isArray(paq) ? 'unshift' : 'push'](['forgetUserOptOut']);
  else if (!Array.isArray(paq)) paq?.push(['optUserOut'], ['forgetConsentGiven']);
  w.gtag?.('consent', 'update', { analytics_storage: opposed ? 'denied' : 'granted' });
  for (const id of [...gaIds, ...(w.dataLayer ?? []).map((a) => a?.[0] === 'config' && a[1])])
    if (/^G-\w+$/.test(id as string)) w[`ga-disable-${id}`] = opposed;
}
