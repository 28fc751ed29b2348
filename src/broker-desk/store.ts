// The desk's reads, through the element's BackendController (never fetch in the element); an opened
// request's reads and the actions are in request-store.ts, with the opened request's chunk.
import type { BackendController } from '../core/backend-controller.js';
import type { DeskItem, DeskPage, RefusalCode } from '../model/desk.js';
import type { GrantStatus } from '../model/grant.js';
import type { Scope } from '../model/mandate.js';

export type Backend = Pick<BackendController, 'request' | 'fetchResponse'>;

export interface InboxQuery {
  status: GrantStatus;
  q: string;
  limit: number;
}

/** The four actions; `scope` narrows the access. */
export type DeskAction = 'activate' | 'refuse' | 'scope' | 'revoke';

/** What an action sends: nothing, a refusal, or the narrower access. */
export type ActionBody =
  | { action: 'activate' }
  | { action: 'revoke' }
  | { action: 'refuse'; code: RefusalCode; note?: string }
  | { action: 'scope'; scope: Scope; validUntil?: string; note?: string };

const query = (q: InboxQuery, cursor?: string): string => {
  const p = new URLSearchParams({ status: q.status, limit: String(q.limit) });
  if (q.q.trim()) p.set('q', q.q.trim());
  if (cursor) p.set('cursor', cursor);
  return `desk/requests?${p}`;
};

/**
 * Every page of `GET /desk/requests` for one filter; `onPage` is called after each page with the
 * items so far and the counts (the first page paints before the rest arrives). False: stop.
 */
export async function fetchInbox(
  backend: Backend,
  q: InboxQuery,
  onPage: (items: DeskItem[], counts: DeskPage['counts']) => boolean,
): Promise<void> {
  let items: DeskItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await backend.request<DeskPage>(query(q, cursor), { retries: 2 });
    // The error classes load with the backend client, not with the desk's first chunk.
    if (!Array.isArray(page?.items))
      throw new (await import('../core/errors.js')).ProblemError({ title: 'unexpected answer', status: 502 });
    items = items.concat(page.items);
    if (!onPage(items, page.counts)) return;
    cursor = page.nextCursor;
  } while (cursor);
}
