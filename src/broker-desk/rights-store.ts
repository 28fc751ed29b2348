// The rights queue's and the staff panel's reads and writes, through the element's BackendController.
import type { BackendController } from '../core/backend-controller.js';
import { ProblemError } from '../core/errors.js';
import type {
  DeskRightsItem,
  DeskRightsPage,
  DeskRightsRequest,
  RightsAnswerInput,
  StaffAccount,
} from '../model/rights.js';

type Backend = Pick<BackendController, 'request' | 'fetchResponse'>;

export type RightsFilter = 'open' | 'answered' | 'all';
export const RIGHTS_FILTERS: readonly RightsFilter[] = ['open', 'answered', 'all'];

const id = (s: string) => encodeURIComponent(s);

async function post<T>(backend: Backend, path: string, json: unknown): Promise<T> {
  const { uuid } = await import('../core/crypto.js');
  return backend.request<T>(path, { method: 'POST', idempotencyKey: uuid(), json, retries: 2 });
}

export async function fetchRights(backend: Backend, status: RightsFilter, q: string): Promise<DeskRightsPage> {
  const p = new URLSearchParams({ status });
  if (q.trim()) p.set('q', q.trim());
  const page = await backend.request<DeskRightsPage>(`desk/rights?${p}`, { retries: 2 });
  if (!Array.isArray(page?.items)) throw new ProblemError({ title: 'unexpected answer', status: 502 });
  return page;
}

export function fetchRightsRequest(backend: Backend, rid: string): Promise<DeskRightsRequest> {
  return backend.request<DeskRightsRequest>(`desk/rights/${id(rid)}`, { retries: 2 });
}

/** One answer, one Idempotency-Key. */
export function postAnswer(backend: Backend, rid: string, body: RightsAnswerInput): Promise<DeskRightsItem> {
  return post<DeskRightsItem>(backend, `desk/rights/${id(rid)}/answer`, body);
}

export function postExtend(backend: Backend, rid: string, reason: string): Promise<DeskRightsItem> {
  return post<DeskRightsItem>(backend, `desk/rights/${id(rid)}/extend`, { reason });
}

/** The proof file a person sent with a request, saved by the browser under its own name. */
export async function downloadAttachment(backend: Backend, rid: string, filename: string): Promise<void> {
  const res = await backend.fetchResponse(`requests/${id(rid)}/attachment`, { retries: 1 });
  const url = URL.createObjectURL(await res.blob());
  Object.assign(document.createElement('a'), { href: url, download: filename }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function fetchStaff(backend: Backend): Promise<StaffAccount[]> {
  const page = await backend.request<{ items: StaffAccount[] }>('desk/staff', { retries: 1 });
  if (!Array.isArray(page?.items)) throw new ProblemError({ title: 'unexpected answer', status: 502 });
  return page.items;
}

export type StaffAction = 'disable' | 'enable';

export function postStaff(backend: Backend, sid: string, action: StaffAction, reason?: string): Promise<StaffAccount> {
  return post<StaffAccount>(backend, `desk/staff/${id(sid)}/${action}`, reason ? { reason } : {});
}

/** The signed-in person's id (`GET /session`), so the panel never offers to disable oneself. */
export async function whoAmI(backend: Backend): Promise<string | undefined> {
  const s = await backend.request<{ user?: { id?: string } | null }>('session', { retries: 1 });
  return s?.user?.id;
}
