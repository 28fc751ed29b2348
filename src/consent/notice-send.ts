/**
 * The notice text a record names by `noticeSha256`, sent once per page load and backend
 * (`PUT /notices/{sha256}`, issue 16: the broker's consent proof shows what the person read).
 * Never in the record's way: it is not awaited, a failure is forgotten (the next record with
 * this hash tries again), and the record goes through the outbox as always. The notice is
 * the controller's text and the purposes' labels: nothing personal.
 */
import type { BackendController } from '../core/backend-controller.js';

/** `endpoint` + hash of the notices already kept (or on their way) in this page. */
const sent = new Set<string>();

export function sendNotice(backend: BackendController, sha256: string, canonical: string | undefined): void {
  const endpoint = backend.endpoint;
  if (!endpoint || !canonical) return;
  const key = `${endpoint}\n${sha256}`;
  if (sent.has(key)) return;
  sent.add(key);
  backend
    .request(`notices/${sha256}`, { method: 'PUT', json: JSON.parse(canonical) as unknown, retries: 2 })
    .catch(() => sent.delete(key));
}
