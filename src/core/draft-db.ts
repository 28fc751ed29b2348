// Drafts in IndexedDB: the database side of DraftController (draft-store.ts), loaded on its
// first restore or save so that an element's first render never waits for it.
import { database } from './idb.js';
import { getConfiguration } from './configure.js';

export { currentPerson, scopedKey } from './person.js';

const DAY = 86_400_000;

export type DraftLoad<T> =
  { status: 'found'; data: T; savedAt: number } | { status: 'none' | 'stale' | 'expired' | 'unavailable' };

/** Drafts in IndexedDB: versioned, with an expiry, since they hold personal data. */
export const drafts = {
  async load<T>(key: string, version: string): Promise<DraftLoad<T>> {
    const db = await database();
    if (!db) return { status: 'unavailable' };
    const rec = await db.get('drafts', key);
    if (!rec) return { status: 'none' };
    if (rec.expiresAt <= Date.now()) {
      await db.delete('drafts', key);
      return { status: 'expired' };
    }
    if (rec.version !== version) {
      await db.delete('drafts', key);
      return { status: 'stale' };
    }
    return { status: 'found', data: rec.data as T, savedAt: rec.savedAt };
  },

  async save(
    key: string,
    version: string,
    data: unknown,
    days = getConfiguration().draftDays ?? 30,
    person?: string,
  ): Promise<boolean> {
    const db = await database();
    if (!db) return false;
    const now = Date.now();
    await db.put('drafts', {
      key,
      ...(person && { person }),
      version,
      savedAt: now,
      expiresAt: now + days * DAY,
      data,
    });
    return true;
  },

  async remove(key: string): Promise<void> {
    const db = await database();
    await db?.delete('drafts', key);
  },

  /** Deletes every expired draft; run once per page. */
  async purgeExpired(now = Date.now()): Promise<number> {
    const db = await database();
    if (!db) return 0;
    const tx = db.transaction('drafts', 'readwrite');
    let n = 0;
    for await (const cursor of tx.store) {
      if (cursor.value.expiresAt <= now) {
        await cursor.delete();
        n++;
      }
    }
    await tx.done;
    return n;
  },
};
