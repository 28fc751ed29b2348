/**
 * The grant trail is a hash chain: each event's hash covers the previous hash and
 * the event itself, so an edit or a removal anywhere breaks every later link.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/model/canonical.js';

export const GENESIS = '0'.repeat(64);

/** The one canonical JSON, shared with the browser and the offline verifier. */
export { canonicalJson };

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export interface ChainedEvent {
  grantId: string;
  seq: number;
  type: string;
  at: string;
  actor: string;
  data?: Record<string, unknown> | null;
}

export function eventHash(prevHash: string, e: ChainedEvent): string {
  const { grantId, seq, type, at, actor, data } = e;
  return sha256(prevHash + canonicalJson({ grantId, seq, type, at, actor, data: data ?? undefined }));
}

/** Recomputes every link; `valid` is false when any stored hash or link disagrees. */
export function verifyChain(events: (ChainedEvent & { prevHash: string; hash: string })[]): { valid: boolean; length: number } {
  let prev = GENESIS;
  for (const [i, e] of events.entries()) {
    if (e.seq !== i + 1 || e.prevHash !== prev || eventHash(prev, e) !== e.hash) return { valid: false, length: events.length };
    prev = e.hash;
  }
  return { valid: events.length > 0, length: events.length };
}
