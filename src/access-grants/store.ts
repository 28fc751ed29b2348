// The grants list from the backend (all pages), and the copy kept in this browser for offline use: a lazy
// chunk with the backend's controller, loaded with the first request (a list given as a property needs none).
import type { BackendController } from '../core/backend-controller.js';

export { BackendController } from '../core/backend-controller.js';
import type { Grant } from '../model/grant.js';

/** An answer that is not a list (the error classes load with the backend client, not before the first screen). */
const unexpected = async () =>
  new (await import('../core/errors.js')).ProblemError({ title: 'unexpected answer', status: 502 });

/** Every page of `GET /grants`. */
export async function fetchGrants(backend: Pick<BackendController, 'request'>): Promise<Grant[]> {
  let all: Grant[] = [];
  let cursor: string | undefined;
  do {
    const page = await backend.request<{ grants?: Grant[]; nextCursor?: string }>(
      `grants?limit=10000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { retries: 2 },
    );
    if (!Array.isArray(page?.grants)) throw await unexpected();
    all = all.concat(page.grants);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** The cache and IndexedDB load after the list is shown: they are not needed to paint. */
const load = () => Promise.all([import('../core/cache.js'), import('../core/person.js')]);

/** Kept for the person signed in: another person in this browser never sees it. */
export async function keepGrants(
  key: string,
  items: Grant[],
  days: number,
  endpoint: string | undefined,
): Promise<void> {
  const [{ cache }, { currentPerson }] = await load();
  await cache.put(key, items, days, undefined, await currentPerson(endpoint));
}

export async function cachedGrants(
  key: string | undefined,
  endpoint: string | undefined,
): Promise<{ data: Grant[]; savedAt: number } | undefined> {
  const [{ cache }, { currentPerson }] = await load();
  return key ? cache.get<Grant[]>(key, undefined, await currentPerson(endpoint)) : undefined;
}
