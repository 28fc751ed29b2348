/**
 * Signed checkpoints (proof-spec "Signed objects"): the head of a grant's trail after each event,
 * and a global head (every grant's head, every consent record's hash) at start, daily and at
 * shutdown. Each is a compact JWS `procura-checkpoint+jws` made with the proof key, which never
 * enters the database: whoever rewrites events and recomputes their hashes cannot sign the new
 * head, so the trail no longer meets its latest checkpoint.
 */
import type { JWK } from 'jose';
import { verifyJws } from './keys.js';

export const CHECKPOINT_TYP = 'procura-checkpoint+jws';
export const CHECKPOINT_SCHEMA = 'procura.checkpoint/1';

/** Signs a payload (ProofKey.sign): what the store is given, so it never holds the key itself. */
export type Signer = (payload: unknown, typ: string) => Promise<string>;

export interface CheckpointPayload {
  schema: typeof CHECKPOINT_SCHEMA;
  scope: string;
  seq: number;
  head: string;
  at: string;
  grants?: number;
  events?: number;
  digest?: string;
  consents?: { count: number; digest: string };
}

export const grantScope = (grantId: string) => `grant:${grantId}`;

export function grantCheckpoint(grantId: string, seq: number, head: string, at: string): CheckpointPayload {
  return { schema: CHECKPOINT_SCHEMA, scope: grantScope(grantId), seq, head, at };
}

export type CheckpointCheck = {
  checkpoint: 'matches' | 'missing' | 'differs';
  problems: { code: string; detail: string }[];
  latest?: CheckpointPayload;
};

/** One checkpoint: signed for this grant, its head the event at its seq. Its payload when it is one. */
async function checkOne(
  grantId: string,
  jws: string,
  events: readonly { seq: number; hash: string }[],
  keys: readonly JWK[],
  problems: CheckpointCheck['problems'],
): Promise<CheckpointPayload | undefined> {
  const r = await verifyJws<CheckpointPayload>(jws, keys);
  if (
    !r.ok ||
    r.typ !== CHECKPOINT_TYP ||
    r.payload.schema !== CHECKPOINT_SCHEMA ||
    r.payload.scope !== grantScope(grantId)
  ) {
    problems.push({
      code: 'checkpoint-signature',
      detail: `A stored checkpoint is not one the server signed for this grant${r.ok ? '' : ` (${r.reason})`}.`,
    });
    return undefined;
  }
  const p = r.payload;
  const e = events[p.seq - 1];
  if (!e || e.seq !== p.seq || e.hash !== p.head)
    problems.push({
      code: 'checkpoint-head',
      detail: `The checkpoint signed for event ${p.seq} names a head the trail no longer has.`,
    });
  return p;
}

/**
 * Checks a grant's checkpoints (oldest first) against its events: each signature against the
 * keys, each head against the event at its seq, and the latest against the trail's last event
 * (an event appended without a checkpoint, or a trail cut short, differs).
 */
export async function checkGrantCheckpoints(
  grantId: string,
  jwsList: readonly string[],
  events: readonly { seq: number; hash: string }[],
  keys: readonly JWK[],
): Promise<CheckpointCheck> {
  const problems: CheckpointCheck['problems'] = [];
  if (!jwsList.length)
    return {
      checkpoint: 'missing',
      problems: [{ code: 'checkpoint-missing', detail: 'No signed checkpoint names this grant.' }],
    };
  let latest: CheckpointPayload | undefined;
  for (const jws of jwsList) {
    const p = await checkOne(grantId, jws, events, keys, problems);
    if (p && (!latest || p.seq >= latest.seq)) latest = p;
  }
  if (latest && latest.seq !== events.length)
    problems.push({
      code: 'checkpoint-length',
      detail: `The latest checkpoint covers ${latest.seq} events; the trail has ${events.length}.`,
    });
  if (!latest) return { checkpoint: 'differs', problems };
  return { checkpoint: problems.length ? 'differs' : 'matches', problems, latest };
}
