/**
 * The server's scheduled jobs (scheduler.ts runs them): the expiry sweep, the daily global
 * checkpoint and the retention purge (retention.ts).
 */
import { anyDue, expireDue } from '../modules/grants/repository.js';
import type { Store } from '../store/store.js';
import { retentionJob, type Retention } from './retention.js';
import type { Job } from './scheduler.js';

const DAY = 24 * 3600_000;

export interface JobOptions {
  /** Retention rules (retention.ts); `false` turns the purge off. */
  retention?: Partial<Retention> | false;
  /** The directory's client references: their consent is a client's, not a prospect's. */
  clients?: () => readonly string[];
  /** How often the expiry sweep runs without any request asking (default 15 minutes). */
  sweepEveryMs?: number;
  log: (line: string) => void;
}

/**
 * Expires grants past their last valid day even when no request reads them (the routes also
 * sweep before grant reads and changes).
 */
export const sweepJob = (store: Store, everyMs = 15 * 60_000): Job => ({
  name: 'expiry-sweep',
  everyMs,
  async run(s, at) {
    const today = at.toISOString().slice(0, 10);
    if (!(await anyDue(s, today))) return { expired: 0 };
    // Office by office: each `expired` event carries its grant's office.
    const offices = await s.tx.query<{ office: string }>(
      `SELECT DISTINCT office FROM grants WHERE status IN ('pending', 'active') AND valid_until < $1`,
      [today],
    );
    let expired = 0;
    for (const { office } of offices) expired += await expireDue(store.scope(office), today, at);
    return { expired };
  },
});

/**
 * The daily signed global checkpoint, unless one was signed less than a day ago (each process
 * signs one when it starts and stops); its JWS is logged as `checkpoint daily <jws>` (hashes and
 * counts only).
 */
export const checkpointJob = (store: Store, log: (line: string) => void): Job => ({
  name: 'global-checkpoint',
  everyMs: DAY,
  async run(s, at) {
    const last = await s.tx.query<{ at: string | Date }>(
      `SELECT at FROM checkpoints WHERE scope = 'global' ORDER BY id DESC LIMIT 1`,
    );
    const prev = last[0]?.at;
    if (prev && at.getTime() - new Date(prev).getTime() < DAY) return { signed: 0 };
    const jws = await store.globalCheckpoint(at);
    if (jws) log(`checkpoint daily ${jws}`);
    return { signed: jws ? 1 : 0 };
  },
});

export function serverJobs(store: Store, opts: JobOptions): Job[] {
  return [
    sweepJob(store, opts.sweepEveryMs),
    checkpointJob(store, opts.log),
    ...(opts.retention === false ? [] : [retentionJob(opts.retention, opts.clients)]),
  ];
}
