import { database, type OutboxRecord, type OutboxPart } from './idb.js';
import { BackendClient, RetryLaterError, backoff, type Part } from './backend.js';
import { ProblemError, UnreachableError } from './errors.js';
import { uuid } from './crypto.js';
import { ANONYMOUS, currentPerson } from './person.js';

export type { OutboxRecord };

export interface OutboxSubmission {
  kind: string;
  source: string;
  endpoint: string;
  path: string;
  json?: unknown;
  parts?: Part[];
  /** Reuse a key (a retried submission of the same data); a new one otherwise. */
  id?: string;
  locale?: string;
  /** Sent without the configured headers and cookies. */
  anonymous?: boolean;
}

export type SubmitResult = { status: 'delivered'; id: string; response: unknown } | { status: 'queued'; id: string };

export interface OutboxEventDetail {
  record: OutboxRecord;
  response?: unknown;
  error?: ProblemError;
}

const MAX_DELAY = 5 * 60_000;
/** A `Retry-After` up to this is waited for inside the attempt; a longer one queues the submission until then. */
const INLINE_RETRY_AFTER = 5_000;
/** `lastError` of a record the server asked to hold back until `nextAt` (Retry-After): even a forced flush waits. */
const HELD = 'retry-after';

/**
 * Submissions that must arrive: each is written to IndexedDB before the first
 * attempt, sent with its id as Idempotency-Key, and removed only once the backend
 * has accepted (or definitively refused) it. Retried on `online`, on the next page
 * load and on a backoff timer; one tab at a time delivers (Web Locks), and the
 * backend's idempotency makes a replay harmless.
 */
/** Where a record goes, as kept in its `url` field. */
interface Target {
  endpoint: string;
  path: string;
  locale?: string;
  anonymous?: boolean;
}

type Delivery =
  { status: 'delivered'; response: unknown } | { status: 'queued' } | { status: 'failed'; error: ProblemError };

export class Outbox extends EventTarget {
  private memory = new Map<string, OutboxRecord>();
  private inFlight = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private flushing?: Promise<void>;
  /** Until when each backend (by origin) asked us, with Retry-After, to send nothing. */
  private holds = new Map<string, number>();

  constructor() {
    super();
    globalThis.addEventListener?.('online', () => void this.flush());
    // Submissions left by an earlier page: a short delay keeps page load light.
    setTimeout(() => void this.flush(), 50);
  }

  async submit(s: OutboxSubmission): Promise<SubmitResult> {
    const record: OutboxRecord = {
      id: s.id ?? uuid(),
      kind: s.kind,
      source: s.source,
      // Whose it is: delivered with the credentials of that person only (see flush).
      person: s.anonymous ? ANONYMOUS : await currentPerson(s.endpoint),
      url: JSON.stringify({
        endpoint: new URL(s.endpoint, document.baseURI).href,
        path: s.path,
        locale: s.locale,
        ...(s.anonymous && { anonymous: true }),
      }),
      body: s.parts ? { type: 'multipart', parts: s.parts.map((p) => ({ ...p })) } : { type: 'json', value: s.json },
      createdAt: Date.now(),
      attempts: 0,
      nextAt: Date.now(),
    };
    await this.store(record);
    const outcome = await this.deliver(record, 1);
    if (outcome.status === 'failed') throw outcome.error;
    return outcome.status === 'delivered'
      ? { status: 'delivered', id: record.id, response: outcome.response }
      : { status: 'queued', id: record.id };
  }

  /** What still waits, oldest first. */
  async pending(): Promise<OutboxRecord[]> {
    const db = await database();
    const stored = db ? await db.getAll('outbox') : [];
    return [...stored, ...this.memory.values()].sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Tries every waiting submission that is due (or all, with `force`). */
  flush(force = true): Promise<void> {
    return (this.flushing ??= this.withLock(async () => {
      for (const r of await this.pending())
        if ((force || r.nextAt <= Date.now()) && (await this.ownedNow(r))) await this.deliver(r);
    }).finally(() => {
      this.flushing = undefined;
      void this.schedule();
    }));
  }

  /** A record of another person than the one signed in now waits: it is never sent with someone else's session. */
  private async ownedNow(r: OutboxRecord): Promise<boolean> {
    if (!r.person || r.person === ANONYMOUS) return true;
    try {
      return r.person === (await currentPerson((JSON.parse(r.url) as { endpoint: string }).endpoint));
    } catch {
      return false;
    }
  }

  /** Forgets the waiting submissions that `match` (clearPersonalData). */
  async discard(match: (r: OutboxRecord) => boolean): Promise<void> {
    for (const r of await this.pending()) if (match(r)) await this.remove(r.id);
  }

  private async deliver(record: OutboxRecord, retries = 2): Promise<Delivery> {
    if (this.inFlight.has(record.id)) return { status: 'queued' };
    this.inFlight.add(record.id);
    try {
      const target = JSON.parse(record.url) as Target;
      if (await this.held(record, target.endpoint)) return { status: 'queued' };
      const body = record.body;
      const response = await new BackendClient(target.endpoint).request(target.path, {
        method: 'POST',
        idempotencyKey: record.id,
        retries,
        maxRetryAfter: INLINE_RETRY_AFTER,
        locale: target.locale,
        anonymous: target.anonymous,
        ...(body.type === 'json' ? { json: body.value } : { parts: body.parts as Part[] }),
      });
      await this.remove(record.id);
      this.dispatchEvent(new CustomEvent<OutboxEventDetail>('delivered', { detail: { record, response } }));
      return { status: 'delivered', response };
    } catch (e) {
      return await this.notDelivered(record, e);
    } finally {
      this.inFlight.delete(record.id);
    }
  }

  /** The backend said when to come back (Retry-After): nothing goes to it before, forced or not. */
  private async held(record: OutboxRecord, endpoint: string): Promise<boolean> {
    const until = Math.max(
      this.holds.get(new URL(endpoint).origin) ?? 0,
      record.lastError === HELD ? record.nextAt : 0,
    );
    if (until <= Date.now()) return false;
    record.nextAt = until;
    record.lastError = HELD;
    await this.store(record);
    void this.schedule();
    return true;
  }

  /** A refusal ends the record; anything else keeps it for a later try. */
  private async notDelivered(record: OutboxRecord, e: unknown): Promise<Delivery> {
    // 409 `in-progress`: the same submission is still being handled (or was, by a server that
    // crashed): its answer comes on a later try, so it is not a refusal.
    if (e instanceof ProblemError && e.permanent && e.code !== 'in-progress') {
      await this.remove(record.id);
      this.dispatchEvent(new CustomEvent<OutboxEventDetail>('failed', { detail: { record, error: e } }));
      return { status: 'failed', error: e };
    }
    record.attempts++;
    if (e instanceof RetryLaterError) {
      // Never given up: retried no sooner than asked (a day at most, for a date far away).
      record.nextAt = Date.now() + Math.min(e.retryAfter, 86_400_000);
      record.lastError = HELD;
      this.holds.set(new URL((JSON.parse(record.url) as Target).endpoint).origin, record.nextAt);
    } else {
      record.nextAt = Date.now() + Math.min(backoff(record.attempts, null, 5_000), MAX_DELAY);
      record.lastError = e instanceof UnreachableError ? e.message : ((e as Error | undefined)?.name ?? 'error');
    }
    await this.store(record);
    void this.schedule();
    return { status: 'queued' };
  }

  private async schedule(): Promise<void> {
    clearTimeout(this.timer);
    const waiting = await this.pending();
    if (!waiting.length) return;
    const next = Math.min(...waiting.map((r) => r.nextAt));
    this.timer = setTimeout(() => void this.flush(false), Math.max(1_000, next - Date.now()));
  }

  private async store(record: OutboxRecord): Promise<void> {
    const db = await database();
    if (db) {
      try {
        await db.put('outbox', record);
        return;
      } catch (e) {
        console.warn('[procura] the outbox could not be written; keeping the submission in memory', (e as Error)?.name);
      }
    }
    this.memory.set(record.id, record);
  }

  private async remove(id: string): Promise<void> {
    this.memory.delete(id);
    const db = await database();
    await db?.delete('outbox', id);
  }

  private async withLock(fn: () => Promise<void>): Promise<void> {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (locks) await locks.request('procura-outbox', fn);
    else await fn();
  }
}

const KEY = Symbol.for('procura.outbox');
/** The page's one outbox, shared by every element (and every copy of the kit). */
export function outbox(): Outbox {
  const g = globalThis as { [KEY]?: Outbox };
  return (g[KEY] ??= new Outbox());
}

export type { OutboxPart };
