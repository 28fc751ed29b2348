/**
 * Rate limits: a token bucket per client address and one per session. A bucket holds
 * `burst` requests and refills at `perSecond`; an empty one answers 429 with `Retry-After` (whole
 * seconds until one request is allowed again) and a `rate-limited` problem.
 *
 * The defaults are generous (a person's page never comes near them; the test suites and the demo
 * neither); they stop a script hammering the anonymous routes (`/consents`, `/oppositions`) or a
 * stolen session flooding the writes. On PostgreSQL the buckets are rows of `rate_buckets`
 * (migrations/009), shared by every server process on the database: one UPSERT per request and
 * bucket, the database's clock deciding; on PGlite (one process) they are kept in memory. Behind
 * a proxy, set `trustProxy` (TRUST_PROXY=1) so the address is the client's (from
 * `X-Forwarded-For`), not the proxy's.
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../store/store.js';
import { Problem } from '../errors.js';
import { problemResponse } from './respond.js';

export interface Bucket {
  /** Requests allowed at once. */
  burst: number;
  /** Requests regained per second. */
  perSecond: number;
}

export interface RateLimits {
  /** Per client address (every request but CORS preflights and /health). */
  perAddress: Bucket | false;
  /** Per signed-in session (its token), on top of its address's. */
  perSession: Bucket | false;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perAddress: { burst: 3000, perSecond: 50 },
  perSession: { burst: 1500, perSecond: 25 },
};

/** Past this many keys, the least recently used tenth is forgotten (an idle bucket refills anyway). */
const MAX_KEYS = 100_000;

/**
 * RATE_LIMIT=0 turns limits off (a bounded load test on loopback); RATE_LIMIT_ADDRESS and
 * RATE_LIMIT_SESSION as `burst/perSecond` (e.g. `300/5`) or `0` for none.
 */
export function rateLimitsFromEnv(env: Record<string, string | undefined>): RateLimits | false | undefined {
  if (env.RATE_LIMIT === '0' || env.RATE_LIMIT === 'off') return false;
  const parse = (v: string | undefined, fallback: Bucket | false): Bucket | false => {
    if (v === undefined || v.trim() === '') return fallback;
    if (v.trim() === '0') return false;
    const m = v.trim().match(/^(\d+)\/(\d+(?:\.\d+)?)$/);
    if (!m || Number(m[1]) < 1 || Number(m[2]) <= 0)
      throw new Error(`A rate limit is written "burst/perSecond", e.g. 300/5 (got "${v}").`);
    return { burst: Number(m[1]), perSecond: Number(m[2]) };
  };
  if (env.RATE_LIMIT_ADDRESS === undefined && env.RATE_LIMIT_SESSION === undefined) return undefined;
  return {
    perAddress: parse(env.RATE_LIMIT_ADDRESS, DEFAULT_RATE_LIMITS.perAddress),
    perSession: parse(env.RATE_LIMIT_SESSION, DEFAULT_RATE_LIMITS.perSession),
  };
}

export class TokenBuckets {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private bucket: Bucket,
    private clock: () => number = () => performance.now(),
  ) {}

  /** Takes one request from `key`'s bucket: 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const t = this.clock();
    const { burst, perSecond } = this.bucket;
    let b = this.buckets.get(key);
    if (b) {
      b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);
      b.at = t;
      // Most recently used last: the first entries are the oldest when the map must shrink.
      this.buckets.delete(key);
    } else {
      b = { tokens: burst, at: t };
      if (this.buckets.size >= MAX_KEYS) this.forgetOldest();
    }
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
  }

  private forgetOldest() {
    let n = Math.ceil(MAX_KEYS / 10);
    for (const key of this.buckets.keys()) {
      if (n-- <= 0) break;
      this.buckets.delete(key);
    }
  }
}

export function tooManyRequests(c: Context, seconds: number): Response {
  const res = problemResponse(new Problem('rate-limited'), c);
  res.headers.set('Retry-After', String(seconds));
  return res;
}

/**
 * The refilled bucket: what it held plus what it regained since, at most `burst` ($2); `$3` per second.
 * A request is taken from it when it holds one or more.
 */
const REFILLED = `LEAST($2::double precision, b.tokens + EXTRACT(EPOCH FROM (clock_timestamp() - b.at)) * $3::double precision)`;

/**
 * One round trip: a new bucket starts full less this request; an existing one is refilled, then
 * one is taken if it holds one. The row lock of the UPDATE orders concurrent requests, whichever
 * process they reach. Answers what the bucket holds after and whether the request was taken.
 */
const TAKE = `INSERT INTO rate_buckets AS b (office, key, tokens, at, taken) VALUES ('*', $1, $2::double precision - 1, clock_timestamp(), true)
  ON CONFLICT (office, key) DO UPDATE SET
    tokens = CASE WHEN ${REFILLED} >= 1 THEN ${REFILLED} - 1 ELSE ${REFILLED} END,
    taken = ${REFILLED} >= 1,
    at = clock_timestamp()
  RETURNING tokens, taken`;

/** Token buckets in `rate_buckets` (PostgreSQL), with TokenBuckets' answers; keys are stored hashed. */
export class SharedBuckets {
  constructor(
    private bucket: Bucket,
    private store: Store,
    private name: string,
  ) {}

  async take(key: string): Promise<number> {
    const { burst, perSecond } = this.bucket;
    const hashed = createHash('sha256').update(`${this.name}:${key}`).digest('hex');
    // The pool itself, not an office's scope: the table has no office's data (no row-level
    // security), and a connection's office setting would cost a second round trip.
    const rows = await this.store.db.query<{ tokens: number; taken: boolean }>(TAKE, [hashed, burst, perSecond]);
    const row = rows[0];
    if (!row || row.taken) return 0;
    return Math.max(1, Math.ceil((1 - Number(row.tokens)) / perSecond));
  }
}

/**
 * One bucket per key; `keyOf` returning null lets the request through uncounted. Given a store on
 * PostgreSQL, the buckets are shared through the database (`name` tells two limits' buckets
 * apart); otherwise they are this process's.
 */
export function rateLimit(
  bucket: Bucket | false,
  keyOf: (c: Context) => string | null,
  shared?: { store: Store; name: string },
): MiddlewareHandler {
  if (!bucket) return (_c, next) => next();
  const memory = new TokenBuckets(bucket);
  const database = shared?.store.db.kind === 'pg' ? new SharedBuckets(bucket, shared.store, shared.name) : null;
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const key = keyOf(c);
    if (key === null) return next();
    const wait = database ? await database.take(key) : memory.take(key);
    if (wait > 0) return tooManyRequests(c, wait);
    return next();
  };
}
