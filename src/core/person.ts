import { getConfiguration, onConfigurationChange } from './configure.js';
import { database } from './idb.js';
import { sha256Hex } from './crypto.js';

/**
 * Who the kit's stored data belongs to. Drafts, outbox records and cached lists are
 * kept under a person key: `p:` and the SHA-256 of a per-browser random salt and the
 * id the backend gave (`GET /session`), never the id in clear; `anonymous` when
 * nobody is signed in or when it is not known. Several people sharing one browser
 * profile therefore never see each other's data.
 */
export const ANONYMOUS = 'anonymous';

type Answer = { person: string } | { unknown: true };

let answers = new Map<string, Promise<Answer>>();
/** The last person a `GET /session` confirmed on this page (since the identity settings last changed). */
let confirmed: string | undefined;
let identity: readonly unknown[] | undefined;
let salt: Promise<string> | undefined;
let watching = false;

function identitySettings(): unknown[] {
  const c = getConfiguration();
  return [c.headers, c.credentials, c.fetch];
}

/** A change of headers or credentials may be another person: what was confirmed is forgotten. */
function watch(): void {
  if (watching) return;
  watching = true;
  identity = identitySettings();
  onConfigurationChange(() => {
    const now = identitySettings();
    if (identity && now.every((v, i) => v === identity![i])) return;
    identity = now;
    forgetPerson();
  });
}

/** Forgets who was confirmed on this page: the next use asks `GET /session` again. */
export function forgetPerson(): void {
  answers = new Map();
  confirmed = undefined;
}

/** The browser's own random salt, kept in IndexedDB (in memory where IndexedDB cannot be used). */
function browserSalt(): Promise<string> {
  return (salt ??= (async () => {
    const fresh = () =>
      [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
    try {
      const db = await database();
      if (!db) return fresh();
      const tx = db.transaction('meta', 'readwrite');
      const kept = await tx.store.get('salt');
      if (kept && typeof kept.value === 'string') return kept.value;
      const value = fresh();
      await tx.store.put({ key: 'salt', value });
      await tx.done;
      return value;
    } catch {
      return fresh();
    }
  })().catch((e) => {
    salt = undefined;
    throw e;
  }));
}

/** The person key of a backend user id. */
export async function personKeyOf(userId: string): Promise<string> {
  return `p:${await sha256Hex(`${await browserSalt()}\u0000${userId}`)}`;
}

function defaultEndpoint(): string | undefined {
  return (
    document.querySelector<HTMLMetaElement>('meta[name="procura:endpoint"]')?.content ||
    getConfiguration().endpoint ||
    undefined
  );
}

async function ask(endpoint: string): Promise<Answer> {
  try {
    // The HTTP client loads here, not with drafts: a page that only keeps drafts never pays for it.
    const { BackendClient } = await import('./backend.js');
    const a = await new BackendClient(endpoint).request<{ user?: { id?: unknown } | null }>('session', {
      retries: 0,
      timeout: 5_000,
    });
    if (!a || typeof a !== 'object' || !('user' in a)) return { unknown: true };
    if (a.user === null) return { person: ANONYMOUS };
    if (typeof a.user?.id !== 'string' || !a.user.id) return { unknown: true };
    return { person: await personKeyOf(a.user.id) };
  } catch {
    return { unknown: true };
  }
}

/**
 * The key of the person signed in at `endpoint`, read once per page and kept in memory.
 * While it is unknown (no endpoint, backend unreachable, an answer that is not a session),
 * it is the last person confirmed on this page, else `anonymous`: never another person.
 */
export async function currentPerson(endpoint = defaultEndpoint()): Promise<string> {
  watch();
  if (!endpoint) return confirmed ?? ANONYMOUS;
  let url: string;
  try {
    url = new URL(endpoint, document.baseURI).href;
  } catch {
    return confirmed ?? ANONYMOUS;
  }
  const generation = answers;
  let pending = answers.get(url);
  if (!pending) {
    pending = ask(url);
    answers.set(url, pending);
    void pending.then((a) => {
      // Failures are asked again next time; answers are kept for the page.
      if ('unknown' in a && answers.get(url) === pending) answers.delete(url);
    });
  }
  const a = await pending;
  if ('person' in a) {
    if (generation === answers) confirmed = a.person;
    return a.person;
  }
  return confirmed ?? ANONYMOUS;
}

/** `key` scoped to a person: what drafts are stored under. */
export function scopedKey(person: string, key: string): string {
  return `${person}/${key}`;
}
