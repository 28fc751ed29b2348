/**
 * Who each request's session token names, read from the database on every request (no cache:
 * a person disabled or erased, by this process or another, is nobody from their very next
 * request), with the lookups that arrive together read together: while one statement is under
 * way, the tokens asked meanwhile wait for the next, which reads them all at once (the group
 * commit of consents/batch.ts, for reads). A lookup never joins a statement already sent, so it
 * always sees what was committed before it was asked. Alone, a lookup costs what it did.
 */
import type { User } from '../../users.js';
import { inOffice, type Scope } from '../scope.js';

export interface Found {
  user: User;
  office: string;
}

interface Row {
  token_hash: string;
  user_id: string;
  office: string;
  expires_at: Date | string;
  data: User | string | null;
  disabled_at: unknown;
  erased_at: unknown;
}

interface Waiting {
  hash: string;
  at: Date;
  done: (found: Promise<Found | null>) => void;
}

/** At most this many tokens in one statement. */
const MAX_BATCH = 500;

/** The sessions (with their person's row) of `hashes`, by hash. */
async function rowsOf(s: Scope, hashes: string[]): Promise<Map<string, Row>> {
  const params: unknown[] = [hashes];
  const rows = await s.tx.query<Row>(
    `SELECT s.token_hash, s.user_id, s.office, s.expires_at, p.data, p.disabled_at, p.erased_at FROM sessions s
      LEFT JOIN people p ON p.office = s.office AND p.id = s.user_id
      WHERE s.token_hash = ANY($1) AND ${inOffice(s, params, 's.office')}`,
    params,
  );
  return new Map(rows.map((r) => [r.token_hash, r]));
}

/**
 * What one row says at `at`: nobody when the session is unknown or expired, or its person
 * disabled or erased; a person with no row yet (added to the directory since the start) is `fallback`'s.
 */
function personOf(r: Row | undefined, at: Date, fallback: (id: string) => User | undefined): Found | null {
  if (!r || new Date(r.expires_at).getTime() <= at.getTime() || r.disabled_at || r.erased_at) return null;
  const user = r.data ? ((typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as User) : fallback(r.user_id);
  return user ? { user, office: r.office } : null;
}

/** `scope`: where sessions are looked up (the system scope: the token says which office). */
export function sessionLookups(scope: () => Scope, fallback: (id: string) => User | undefined) {
  let queue: Waiting[] = [];
  let reading = false;

  async function drain() {
    reading = true;
    try {
      while (queue.length) {
        const batch = queue.slice(0, MAX_BATCH);
        queue = queue.slice(MAX_BATCH);
        const rows = rowsOf(scope(), [...new Set(batch.map((w) => w.hash))]);
        for (const w of batch) w.done(rows.then((m) => personOf(m.get(w.hash), w.at, fallback)));
        await rows.catch(() => {});
      }
    } finally {
      reading = false;
    }
  }

  return {
    /** The person the token's hash names at `at`, or null. */
    find(hash: string, at: Date): Promise<Found | null> {
      return new Promise((resolve, reject) => {
        queue.push({ hash, at, done: (found) => found.then(resolve, reject) });
        if (!reading) void drain();
      });
    },
  };
}
