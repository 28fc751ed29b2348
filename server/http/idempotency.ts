/**
 * `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): the first request with a key
 * runs; a retry with the same key and the same body gets the stored answer again
 * (`Idempotent-Replayed: true`); the same key with another body answers 422; a retry while
 * the first is still running answers 409. Only successes are stored: a refused request
 * changed nothing, so running it again is harmless and lets a corrected body through.
 */
import type { Context } from 'hono';
import type { Store } from '../store/index.js';
import { Problem, badRequest } from '../errors.js';
import { problemResponse } from './respond.js';
import { canonicalJson, sha256 } from '../chain.js';

export const REPLAYED = 'Idempotent-Replayed';

export function idempotencyKey(c: Context, required: boolean): string | null {
  const raw = c.req.header('idempotency-key');
  if (raw === undefined || raw.trim() === '') {
    if (required)
      throw badRequest('The Idempotency-Key header is required on this route: send a fresh random value (a UUID) per submission and the same one on retries.', undefined, 'idempotency-key');
    return null;
  }
  // The draft defines the value as a structured-field string ("..."); bare tokens are accepted too.
  const key = raw.trim().replace(/^"(.*)"$/, '$1');
  if (key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) throw badRequest('The Idempotency-Key header must be 1 to 255 visible ASCII characters.');
  return key;
}

export const idempotencyRoute = (c: Context) => `${c.req.method} ${c.req.path}`;

export const fingerprintOf = (value: unknown) => sha256(canonicalJson(value));

export interface Outcome {
  status: number;
  body: unknown;
}

export async function idempotent(
  c: Context,
  store: Store,
  opts: { key: string | null; principal: string; fingerprint: string; now: Date },
  run: () => Promise<Outcome>,
): Promise<Response> {
  const json = (o: { status: number; body: string }, replayed = false) =>
    new Response(o.body, { status: o.status, headers: { 'Content-Type': 'application/json', ...(replayed && { [REPLAYED]: 'true' }) } });
  if (!opts.key) {
    const out = await run();
    return json({ status: out.status, body: JSON.stringify(out.body) });
  }
  const route = idempotencyRoute(c);
  const claim = await store.claimIdempotency(opts.principal, route, opts.key, opts.fingerprint, opts.now);
  if (claim.kind === 'mismatch')
    return problemResponse(
      new Problem('idempotency-mismatch', undefined, [{ pointer: '', detail: 'differs from the body first sent with this key', code: 'idempotencyMismatch' }]),
      c,
    );
  if (claim.kind === 'busy') return problemResponse(new Problem('in-progress'), c);
  if (claim.kind === 'replay') return json({ status: claim.status, body: claim.body }, true);
  let out: Outcome;
  try {
    out = await run();
  } catch (err) {
    await store.releaseIdempotency(opts.principal, route, opts.key);
    throw err;
  }
  const body = JSON.stringify(out.body);
  if (out.status < 300) await store.completeIdempotency(opts.principal, route, opts.key, out.status, body);
  else await store.releaseIdempotency(opts.principal, route, opts.key);
  return json({ status: out.status, body });
}
