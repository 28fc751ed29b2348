// The desk's reads and writes, through the element's BackendController (never fetch in the element).
import type { BackendController } from '../core/backend-controller.js';
import { ProblemError } from '../core/errors.js';
import type { DeskConsents, DeskItem, DeskPage, DeskRequest, RefusalCode } from '../model/desk.js';
import type { Grant, GrantStatus } from '../model/grant.js';
import type { Scope } from '../model/mandate.js';

type Backend = Pick<BackendController, 'request' | 'fetchResponse'>;

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
    if (!Array.isArray(page?.items)) throw new ProblemError({ title: 'unexpected answer', status: 502 });
    items = items.concat(page.items);
    if (!onPage(items, page.counts)) return;
    cursor = page.nextCursor;
  } while (cursor);
}

export function fetchRequest(backend: Backend, id: string): Promise<DeskRequest> {
  return backend.request<DeskRequest>(`desk/requests/${encodeURIComponent(id)}`, { retries: 2 });
}

export function fetchConsents(backend: Backend, subject: string): Promise<DeskConsents> {
  return backend.request<DeskConsents>(`desk/consents?subject=${encodeURIComponent(subject)}`, { retries: 2 });
}

/** One action, with its own Idempotency-Key (a retry of the same action is the same request). */
export async function postAction(backend: Backend, id: string, body: ActionBody): Promise<Grant> {
  const { action, ...json } = body;
  const { uuid } = await import('../core/crypto.js');
  const path = `grants/${encodeURIComponent(id)}/${action}`;
  const withBody = action === 'refuse' || action === 'scope';
  return backend.request<Grant>(path, {
    method: 'POST',
    idempotencyKey: uuid(),
    ...(withBody && { json }),
    retries: 2,
  });
}
