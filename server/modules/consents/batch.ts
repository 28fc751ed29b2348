/**
 * Group commit for POST /consents (issue 19): the records that arrive while one write is under
 * way are stored together by the next, in one statement (one transaction, one commit), each with
 * its completed idempotency key, exactly as `insertConsentOnce` stores one.
 *
 * What stays true: a request is answered only once its record is committed; the records keep the
 * order they reached the queue (their `seq`, the order that decides, and the order the global
 * checkpoint digests their hashes in: consent records are hashed one by one, not chained, so
 * storing several at once changes no proof). A batch is atomic: if any of its rows cannot be
 * stored (a record id sent twice under two keys...), none is, and each row is then stored alone,
 * so that only that one request gets its refusal. Two requests with the same idempotency key
 * never share a batch: the second waits for the next, then finds the key and replays.
 */
import type { Scope } from '../scope.js';
import { insertConsentOnce, insertConsents, type KeptAnswer, type NewConsent } from './repository.js';

interface Waiting {
  /** One statement writes in one office: a batch holds one office's records. */
  office: string;
  row: NewConsent;
  idem: KeptAnswer;
  done: (stored: Promise<boolean>) => void;
}

/** At most this many records in one statement. */
const MAX_BATCH = 500;

export interface ConsentBatcher {
  /** Resolves true when the record is stored with its key; false when the key existed (the caller replays). */
  insert(row: NewConsent, idem: KeptAnswer, office: string): Promise<boolean>;
}

const keyOf = (w: Waiting) => JSON.stringify([w.row.principal, w.idem.route, w.idem.key]);

/** The next batch off `queue`: the first request of each key of the first one's office, up to MAX_BATCH; and the rest. */
function take(queue: Waiting[]): [Waiting[], Waiting[]] {
  const batch: Waiting[] = [];
  const later: Waiting[] = [];
  const keys = new Set<string>();
  const office = queue[0]?.office;
  for (const w of queue) {
    const k = keyOf(w);
    if (batch.length >= MAX_BATCH || keys.has(k) || w.office !== office) later.push(w);
    else {
      keys.add(k);
      batch.push(w);
    }
  }
  return [batch, later];
}

export function consentBatcher(scope: (office: string) => Scope): ConsentBatcher {
  let queue: Waiting[] = [];
  let writing = false;

  async function writeOne(batch: Waiting[]) {
    const s = scope(batch[0]?.office ?? '');
    try {
      const stored = await insertConsents(s, batch);
      batch.forEach((w, i) => w.done(Promise.resolve(stored[i] ?? false)));
    } catch {
      // One bad row spoils the statement: each is tried alone, and only the bad one is refused.
      for (const w of batch) {
        const stored = insertConsentOnce(s, w.row, w.idem);
        w.done(stored);
        await stored.catch(() => false);
      }
    }
  }

  async function drain() {
    writing = true;
    try {
      while (queue.length) {
        const [batch, later] = take(queue);
        queue = later;
        await writeOne(batch);
      }
    } finally {
      writing = false;
    }
  }

  return {
    insert(row, idem, office) {
      return new Promise<boolean>((resolve, reject) => {
        queue.push({ office, row, idem, done: (stored) => stored.then(resolve, reject) });
        if (!writing) void drain();
      });
    },
  };
}
