// An opened request's reads and the actions on it (the opened request's lazy chunk), through the element's
// BackendController.
import type { DeskConsents, DeskRequest } from '../model/desk.js';
import type { Grant } from '../model/grant.js';
import type { ActionBody, Backend } from './store.js';

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
