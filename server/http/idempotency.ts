/**
 * `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): the first request with a key
 * runs; a retry with the same key and the same body gets the stored answer again
 * (`Idempotent-Replayed: true`); the same key with another body answers 422; a retry while
 * the first is still running waits for it, then gets its answer (409 `in-progress` only for a
 * claim left unfinished by an older server, until it is stale). Only successes are stored: a
 * refused request changed nothing, so running it again is harmless and lets a corrected body
 * through. The answer commits with the effect (Store.once): a crash between the two cannot
 * leave an effect whose retry is refused.
 */
import type { Context } from 'hono';
import type { Store } from '../store/store.js';
import type { AppEnv } from '../auth.js';
import { officeOf } from '../modules/office.js';
import { Problem, badRequest } from '../errors.js';
import { problemResponse } from './respond.js';
import { canonicalJson, sha256 } from '../chain.js';

export const REPLAYED = 'Idempotent-Replayed';

export function idempotencyKey(c: Context, required: boolean): string | null {
  const raw = c.req.header('idempotency-key');
  if (raw === undefined || raw.trim() === '') {
    if (required)
      throw badRequest(
        'The Idempotency-Key header is required on this route: send a fresh random value (a UUID) per submission and the same one on retries.',
        undefined,
        'idempotency-key',
      );
    return null;
  }
  // The draft defines the value as a structured-field string ("..."); bare tokens are accepted too.
  const key = raw.trim().replace(/^"(.*)"$/, '$1');
  if (key.length > 255 || !/^[\x21-\x7e]+$/.test(key))
    throw badRequest('The Idempotency-Key header must be 1 to 255 visible ASCII characters.');
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
    new Response(o.body, {
      status: o.status,
      headers: { 'Content-Type': 'application/json', ...(replayed && { [REPLAYED]: 'true' }) },
    });
  if (!opts.key) {
    const out = await run();
    return json({ status: out.status, body: JSON.stringify(out.body) });
  }
  const route = idempotencyRoute(c);
  const ref = { principal: opts.principal, route, key: opts.key, fingerprint: opts.fingerprint };
  const result = await store.once(
    ref,
    opts.now,
    async () => {
      const out = await run();
      return { status: out.status, body: JSON.stringify(out.body) };
    },
    officeOf(c as Context<AppEnv>),
  );
  if (result.kind === 'mismatch')
    return problemResponse(
      new Problem('idempotency-mismatch', undefined, [
        { pointer: '', detail: 'differs from the body first sent with this key', code: 'idempotencyMismatch' },
      ]),
      c,
    );
  if (result.kind === 'busy') return problemResponse(new Problem('in-progress'), c);
  if (result.kind === 'replay') return json({ status: result.status, body: result.body }, true);
  return json(result);
}
