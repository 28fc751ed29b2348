/**
 * The SQL of Idempotency-Key (http/idempotency.ts is its HTTP side): a claim per
 * (principal, route, key), completed with the answer in the effect's own transaction.
 */
import type { Db } from './db.js';
import type { Scope } from '../modules/scope.js';

export type IdempotencyClaim =
  { kind: 'new' } | { kind: 'replay'; status: number; body: string } | { kind: 'busy' } | { kind: 'mismatch' };

export type OnceResult = { kind: 'done'; status: number; body: string } | Exclude<IdempotencyClaim, { kind: 'new' }>;

/** Which request a key belongs to: who sent it, on which route, with which key and body. */
export interface KeyRef {
  principal: string;
  route: string;
  key: string;
  fingerprint: string;
}

/**
 * A claim left unfinished this long may be taken over by a retry. Claims are now committed
 * only with their answer (see once()); an unfinished one is left by an older server, or by
 * claimIdempotency called outside once().
 */
export const STALE_CLAIM_MS = 120_000;

type ClaimRow = { fingerprint: string; status: number | null; body: string | null; created_at: Date };

/** What an existing row means for a new claim; `undefined`: take it over (stale) or try again. */
function judge(row: ClaimRow, fingerprint: string, at: Date): IdempotencyClaim | undefined {
  if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
  if (row.status !== null) return { kind: 'replay', status: row.status, body: row.body ?? '' };
  if (at.getTime() - new Date(row.created_at).getTime() < STALE_CLAIM_MS) return { kind: 'busy' };
  return undefined;
}

async function tryClaim(s: Scope, k: KeyRef, at: Date): Promise<IdempotencyClaim | undefined> {
  const tx = s.tx;
  const ref = [k.principal, k.route, k.key];
  const inserted = await tx.query(
    `INSERT INTO idempotency_keys (principal, route, key, fingerprint, created_at, office) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING RETURNING 1 AS ok`,
    [...ref, k.fingerprint, at, s.office],
  );
  if (inserted.length) return { kind: 'new' };
  // A key is its principal's, and a principal is in one office: the office filters again.
  const [row] = await tx.query<ClaimRow>(
    'SELECT fingerprint, status, body, created_at FROM idempotency_keys WHERE principal = $1 AND route = $2 AND key = $3 AND office = $4',
    [...ref, s.office],
  );
  if (!row) return undefined; // released meanwhile: try again
  const verdict = judge(row, k.fingerprint, at);
  if (verdict) return verdict;
  const taken = await tx.query(
    `UPDATE idempotency_keys SET created_at = $4 WHERE principal = $1 AND route = $2 AND key = $3
     AND status IS NULL AND created_at = $5 AND office = $6 RETURNING 1 AS ok`,
    [...ref, at, row.created_at, s.office],
  );
  return taken.length ? { kind: 'new' } : undefined;
}

export async function claimIdempotency(tx: Scope, k: KeyRef, at: Date): Promise<IdempotencyClaim> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const claim = await tryClaim(tx, k, at);
    if (claim) return claim;
  }
  return { kind: 'busy' };
}

export async function completeIdempotency(s: Scope, k: Omit<KeyRef, 'fingerprint'>, status: number, body: string) {
  await s.tx.query(
    'UPDATE idempotency_keys SET status = $4, body = $5 WHERE principal = $1 AND route = $2 AND key = $3 AND office = $6',
    [k.principal, k.route, k.key, status, body, s.office],
  );
}

/** Forgets a claim whose request failed on our side, so that a retry runs again. */
export async function releaseIdempotency(s: Scope, k: Omit<KeyRef, 'fingerprint'>) {
  await s.tx.query(
    'DELETE FROM idempotency_keys WHERE principal = $1 AND route = $2 AND key = $3 AND status IS NULL AND office = $4',
    [k.principal, k.route, k.key, s.office],
  );
}

class Refused {
  constructor(readonly out: { status: number; body: string }) {}
}

/**
 * Runs `effect` once per (principal, route, key). The claim, the effect and its answer commit
 * in one transaction: a crash leaves either nothing (the retry runs it again) or all three
 * (the retry gets the answer). A concurrent duplicate waits for that commit, then replays.
 * An answer of 300 or more is not kept, and what its effect wrote is rolled back.
 */
export async function once(
  db: Db,
  s: Scope,
  k: KeyRef,
  at: Date,
  effect: () => Promise<{ status: number; body: string }>,
): Promise<OnceResult> {
  try {
    return await db.transaction(async (): Promise<OnceResult> => {
      const claim = await claimIdempotency(s, k, at);
      if (claim.kind !== 'new') return claim;
      const out = await effect();
      if (out.status >= 300) throw new Refused(out);
      await completeIdempotency(s, k, out.status, out.body);
      return { kind: 'done', ...out };
    });
  } catch (err) {
    if (err instanceof Refused) return { kind: 'done', ...err.out };
    throw err;
  }
}

/** Housekeeping: idempotency keys are kept a day (the draft's advice). */
export async function purgeKeys(s: Scope, at: Date, keyLifetimeMs = 24 * 3600_000) {
  await s.tx.query('DELETE FROM idempotency_keys WHERE created_at < $1', [new Date(at.getTime() - keyLifetimeMs)]);
}
