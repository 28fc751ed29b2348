import type { DBSchema, IDBPDatabase } from 'idb';

export interface ProcuraDB extends DBSchema {
  /** Keyed by the person's key and the element's (`p:…/procura-mandate-form:apply`); `person` is the person's key (see person.ts). */
  drafts: {
    key: string;
    value: { key: string; person?: string; version: string; savedAt: number; expiresAt: number; data: unknown };
  };
  outbox: { key: string; value: OutboxRecord; indexes: { nextAt: number } };
  /** One entry per element; `person` says whose it is, and it is shown to nobody else. */
  cache: { key: string; value: { key: string; person?: string; savedAt: number; expiresAt: number; data: unknown } };
  /** The kit's own settings in this browser: the salt of person keys. */
  meta: { key: string; value: { key: string; value: unknown } };
}

export interface OutboxPart {
  name: string;
  value: string | Blob;
  filename?: string;
}
export interface OutboxRecord {
  id: string;
  kind: string;
  /** Which element made it (`procura-mandate-form#apply`), so the same element can report delivery after a reload. */
  source: string;
  /** Whose it is (a person key, see person.ts): delivered only while that person (or nobody in particular) is signed in. */
  person?: string;
  url: string;
  body: { type: 'json'; value: unknown } | { type: 'multipart'; parts: OutboxPart[] };
  createdAt: number;
  attempts: number;
  nextAt: number;
  lastError?: string;
}

export const DB_NAME = 'procura';
const DB_VERSION = 2;
let opening: Promise<IDBPDatabase<ProcuraDB> | null> | undefined;

/**
 * The kit's one database, or null where IndexedDB cannot be used (private modes,
 * sandboxed frames, a newer copy of the kit holding the database at a higher version).
 */
export function database(): Promise<IDBPDatabase<ProcuraDB> | null> {
  return (opening ??= open());
}

async function open(): Promise<IDBPDatabase<ProcuraDB> | null> {
  try {
    if (!globalThis.indexedDB) return null;
    // Loaded on first use: an element's first render never waits for it.
    const { openDB } = await import('idb');
    const db = await openDB<ProcuraDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('drafts', { keyPath: 'key' });
          db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('nextAt', 'nextAt');
          db.createObjectStore('cache', { keyPath: 'key' });
        }
        if (oldVersion < 2) db.createObjectStore('meta', { keyPath: 'key' });
      },
      blocking() {
        // Another tab upgrades: let it, and reopen on next use.
        db.close();
        opening = undefined;
      },
    });
    return db;
  } catch (e) {
    console.warn(
      '[procura] IndexedDB is unavailable here; drafts are off and the outbox lives in memory only.',
      (e as Error)?.name,
    );
    return null;
  }
}

/** Forgets the open connection (tests that delete the database, or a blocked upgrade). */
export function closeDatabase(): void {
  void opening?.then((db) => db?.close());
  opening = undefined;
}
