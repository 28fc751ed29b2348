import { database } from './idb.js';

const DAY = 86_400_000;

export interface Cached<T> {
  data: T;
  savedAt: number;
}

/**
 * The last known copy of what an element read from the backend, for when the backend
 * cannot be reached. It holds personal data: every entry expires (7 days by default)
 * and expired entries are deleted when read. Without IndexedDB nothing is kept.
 * With `person` (a key from person.ts), an entry is shown only to the person it was
 * kept for, and keeping it for another person replaces it.
 */
export const cache = {
  async get<T>(key: string, now = Date.now(), person?: string): Promise<Cached<T> | undefined> {
    try {
      const db = await database();
      const rec = await db?.get('cache', key);
      if (!rec) return undefined;
      // An entry of another person, or kept before entries had one, is shown to nobody.
      if (person !== undefined && rec.person !== person) return undefined;
      if (rec.expiresAt <= now) {
        await db!.delete('cache', key);
        return undefined;
      }
      return { data: rec.data as T, savedAt: rec.savedAt };
    } catch {
      return undefined;
    }
  },

  /** Keeps `data` under `key` for `days`; resolves false when it could not be kept. */
  async put(key: string, data: unknown, days = 7, now = Date.now(), person?: string): Promise<boolean> {
    try {
      const db = await database();
      if (!db) return false;
      await db.put('cache', { key, ...(person && { person }), savedAt: now, expiresAt: now + days * DAY, data });
      return true;
    } catch {
      return false;
    }
  },

  async remove(key: string): Promise<void> {
    try {
      await (await database())?.delete('cache', key);
    } catch {
      /* nothing kept, nothing to forget */
    }
  },
};
