/**
 * Scheduled jobs (issue 16): the expiry sweep, the daily global checkpoint and the retention
 * purge run here, started and stopped with the server (start.ts).
 *
 * With several server processes on one PostgreSQL, each job runs in one transaction that first
 * takes `pg_try_advisory_xact_lock(7220, hashtext(name))`: a process that does not get it skips
 * the job (another one is running it). Under the lock, `job_runs` says when the job last started:
 * a job due once a day runs once a day however many processes there are. On PGlite (one process)
 * the same table is read, without the lock: a job never overlaps itself within the process.
 * Each run logs one line, `job <name> <counts>` (counts only, never personal data).
 */
import type { Scope } from '../modules/scope.js';
import type { Store } from '../store/store.js';

export interface Job {
  name: string;
  /** How often it is due. */
  everyMs: number;
  /** Does the work in the job's transaction; returns what it counted (for the log and `job_runs`). */
  run(s: Scope, at: Date): Promise<Record<string, number | string>>;
}

export interface SchedulerOptions {
  now?: () => Date;
  log?: (line: string) => void;
  /** How often due jobs are looked for (default one minute). */
  tickMs?: number;
}

/** The advisory lock's first key: the jobs' own space (7211 migrations, 7213 grant versions). */
const JOB_LOCK = 7220;

/** The job's transaction: on PostgreSQL under the advisory lock and `job_runs`' row; null when skipped. */
async function runLocked(store: Store, job: Job, at: Date): Promise<Record<string, number | string> | null> {
  // Every office (`*`: on PostgreSQL row-level security shows the job every office's rows).
  const office = store.systemScope().office;
  return store.transaction(async (s) => {
    if (store.db.kind === 'pg') {
      const lock = await s.tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok', [
        JOB_LOCK,
        job.name,
      ]);
      if (!lock[0]?.ok) return null;
    }
    const last = await s.tx.query<{ started_at: Date }>(
      'SELECT started_at FROM job_runs WHERE office = $1 AND name = $2',
      [office, job.name],
    );
    const prev = last[0]?.started_at;
    if (prev && at.getTime() - new Date(prev).getTime() < job.everyMs) return null;
    const result = await job.run(s, at);
    await s.tx.query(
      `INSERT INTO job_runs (office, name, started_at, finished_at, result) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (office, name) DO UPDATE SET started_at = $3, finished_at = $4, result = $5`,
      [office, job.name, at, new Date(), JSON.stringify(result)],
    );
    return result;
  }, office);
}

const counts = (r: Record<string, number | string>) =>
  Object.entries(r)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

export class Scheduler {
  private timer?: ReturnType<typeof setInterval>;
  private running?: Promise<void>;
  private readonly now: () => Date;
  private readonly log: (line: string) => void;

  constructor(
    private readonly store: Store,
    private readonly jobs: readonly Job[],
    private readonly opts: SchedulerOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.log = opts.log ?? ((line) => process.stderr.write(line + '\n'));
  }

  /** Runs what is due now, then looks again every tick. */
  start() {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.opts.tickMs ?? 60_000);
    this.timer.unref();
  }

  /** Stops the ticks and waits for a run in progress. */
  async stop() {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass over the jobs, one after the other; a pass still running makes the next tick wait its turn. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.runDue().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runDue() {
    for (const job of this.jobs) {
      try {
        const result = await runLocked(this.store, job, this.now());
        if (result) this.log(`job ${job.name} ${counts(result)}`.trimEnd());
      } catch (err) {
        this.log(`job ${job.name} failed: ${(err as Error).message}`);
      }
    }
  }
}
