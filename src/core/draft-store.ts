import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfiguration } from './configure.js';

export type { DraftLoad } from './draft-db.js';

let purged = false;
/**
 * The database side (IndexedDB, the person's key): loaded on the first restore or save, never
 * before the first render; expired drafts are purged then, once a page.
 */
const store = () => {
  const db = import('./draft-db.js');
  if (!purged) {
    purged = true;
    void db.then((m) => m.drafts.purgeExpired()).catch(() => undefined);
  }
  return db;
};

/** Every draft write not yet in the database, across elements (clearPersonalData waits for them). */
const inFlight = new Set<Promise<void>>();

/** Resolves once no draft write of any element is still on its way to the database. */
export async function draftWritesSettled(): Promise<void> {
  while (inFlight.size) await Promise.all([...inFlight]);
}

export type DraftStatus = 'off' | 'unavailable' | 'empty' | 'restored' | 'stale' | 'saved';

export interface DraftOptions {
  /** The draft's key, or undefined when the element has no identity to keep a draft under. */
  key: () => string | undefined;
  version: () => string;
  enabled: () => boolean;
}

/**
 * Keeps one element's draft, under the key of the person signed in at the element's
 * endpoint (see person.ts): a draft is never restored for another person. Saves are
 * coalesced: while one write runs, only the latest data waits, so typing fast costs
 * one write in flight at most.
 */
export class DraftController<T> implements ReactiveController {
  status: DraftStatus = 'empty';
  savedAt?: number;
  private writing?: Promise<void>;
  private next?: { data: T };

  constructor(
    private host: ReactiveControllerHost,
    private opts: DraftOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get key(): string | undefined {
    if (!this.opts.enabled() || getConfiguration().drafts === false) return undefined;
    const k = this.opts.key();
    return k ? `${k}` : undefined;
  }

  /** Whose drafts this element reads and writes now. */
  private async person(): Promise<string> {
    return (await store()).currentPerson((this.host as { resolvedEndpoint?: string }).resolvedEndpoint);
  }

  async restore(): Promise<T | undefined> {
    const key = this.key;
    if (!key) return this.set('off');
    // This element's own write still on its way first: reading before it would bring back an older state.
    await this.writing;
    const { drafts, scopedKey } = await store();
    const r = await drafts.load<T>(scopedKey(await this.person(), key), this.opts.version());
    if (r.status === 'found') {
      this.savedAt = r.savedAt;
      this.set('restored');
      return r.data;
    }
    this.set(r.status === 'unavailable' ? 'unavailable' : r.status === 'stale' ? 'stale' : 'empty');
    return undefined;
  }

  save(data: T): Promise<void> {
    const key = this.key;
    if (!key || this.status === 'unavailable') return Promise.resolve();
    this.next = { data };
    if (!this.writing) {
      const w = (this.writing = this.drain(key));
      inFlight.add(w);
      void w.finally(() => inFlight.delete(w));
    }
    return this.writing;
  }

  async clear(): Promise<void> {
    await this.writing;
    const key = this.key;
    if (key) {
      const { drafts, scopedKey } = await store();
      await drafts.remove(scopedKey(await this.person(), key));
    }
    this.savedAt = undefined;
    this.set(this.key ? 'empty' : 'off');
  }

  /** Resolves once every pending write reached the database. */
  get settled(): Promise<void> {
    return this.writing ?? Promise.resolve();
  }

  private async drain(key: string): Promise<void> {
    try {
      while (this.next) {
        const { data } = this.next;
        this.next = undefined;
        const person = await this.person();
        const { drafts, scopedKey } = await store();
        const ok = await drafts.save(scopedKey(person, key), this.opts.version(), data, undefined, person);
        if (!ok) this.set('unavailable');
        else if (this.status !== 'restored') this.status = 'saved';
      }
    } catch (e) {
      console.warn('[procura] a draft could not be saved', (e as Error)?.name);
    } finally {
      this.writing = undefined;
    }
  }

  private set(status: DraftStatus): undefined {
    if (this.status !== status) {
      this.status = status;
      this.host.requestUpdate();
    }
    return undefined;
  }
}
