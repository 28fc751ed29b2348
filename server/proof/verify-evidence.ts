/**
 * `procura verify` on an evidence export (`procura.evidence/1`): every link of the chain, every
 * checkpoint JWS, the latest checkpoint's head against the event at its seq, and a document's SHA-256.
 */
import { eventHash, GENESIS } from '../chain.js';
import { verifyJws } from './keys.js';
import { sha256, type KeysFile, type Lang, type Rec, type Verdict, type VerifyOptions } from './verify-types.js';
import { dateWords, T } from './verify-words.js';

export interface Evidence {
  schema: 'procura.evidence/1';
  grantId: string;
  generatedAt?: string;
  events: EvidenceEvent[];
  checkpoints: string[];
  document?: { originalSha256?: string; sealedSha256?: string; sealLevel?: string } | null;
}

interface EvidenceEvent {
  seq: number;
  type: string;
  at: string;
  actor: string;
  data?: Rec | null;
  prevHash: string;
  hash: string;
  attests?: string;
  grantId?: string;
  /** The salt its link covers the data with; absent on events chained before salts, and on erased ones. */
  salt?: string;
}

/** The export being checked, and what the check has found so far. */
interface Trail {
  ev: Evidence;
  events: EvidenceEvent[];
  problems: string[];
  summary: string[];
}

/** Every link, recomputed from the events themselves (the stored hashes are only claims); false at the first broken one. */
function checkChain(grantId: string, events: EvidenceEvent[], problems: string[]): boolean {
  let prev = GENESIS;
  for (const [i, e] of events.entries()) {
    if (e.seq !== i + 1) {
      problems.push(`event ${i + 1}: its seq is ${e.seq} (an event is missing or out of order)`);
      return false;
    }
    if (e.prevHash !== prev) {
      problems.push(`event ${e.seq}: its prevHash does not name the hash of event ${e.seq - 1}`);
      return false;
    }
    const { seq, type, at, actor, data, salt } = e;
    if (eventHash(prev, { grantId: e.grantId ?? grantId, seq, type, at, actor, data, salt }) !== e.hash) {
      problems.push(
        `event ${e.seq} (${e.type}): its content does not give its hash (it was edited after it was chained)`,
      );
      return false;
    }
    prev = e.hash;
  }
  return true;
}

/** One checkpoint: signed by the keys, for this grant, naming the hash of the event at its seq. Its payload when it is one. */
async function checkCheckpoint(ctx: Trail, keys: KeysFile, jws: string, n: number): Promise<Rec | undefined> {
  const { ev, events, problems } = ctx;
  const c = await verifyJws<Rec>(jws, keys.keys);
  if (!c.ok) {
    problems.push(`checkpoint ${n}: its signature does not hold (${c.reason})`);
    return undefined;
  }
  const p = c.payload;
  if (c.typ !== 'procura-checkpoint+jws' || p.schema !== 'procura.checkpoint/1') {
    problems.push(`checkpoint ${n}: not a procura checkpoint (${String(c.typ)})`);
    return undefined;
  }
  if (p.scope !== `grant:${ev.grantId}`) {
    problems.push(`checkpoint ${n}: it is for ${String(p.scope)}, not for grant ${ev.grantId}`);
    return undefined;
  }
  const at = events[Number(p.seq) - 1];
  if (!at)
    problems.push(
      `checkpoint ${n}: it signs ${p.seq} events but the export holds ${events.length} (events were removed)`,
    );
  else if (at.hash !== p.head)
    problems.push(
      `checkpoint ${n}: the signed head of event ${p.seq} is ${p.head}, the export's is ${at.hash} (the trail was rewritten after it was signed)`,
    );
  return p;
}

/** Every checkpoint; answers the latest one that is a checkpoint of this grant. */
async function checkCheckpoints(ctx: Trail, keys: KeysFile): Promise<Rec | undefined> {
  const { ev, problems } = ctx;
  const checkpoints = Array.isArray(ev.checkpoints) ? ev.checkpoints : [];
  let latest: Rec | undefined;
  for (const [i, jws] of checkpoints.entries()) {
    const p = await checkCheckpoint(ctx, keys, jws, i + 1);
    if (p && (!latest || Number(p.seq) >= Number(latest.seq))) latest = p;
  }
  if (!checkpoints.length)
    problems.push(
      'the export holds no signed checkpoint: without one, whoever can write the database could have recomputed the chain',
    );
  return latest;
}

/** The document, when given: its SHA-256 against the hashes the chained `created` event holds. */
function checkDocument(document: Uint8Array, created: Rec, problems: string[], summary: string[]): void {
  const h = sha256(document);
  if (h === created.sealedSha256) summary.push(`The document given is the sealed copy the trail names (SHA-256 ${h}).`);
  else if (h === created.documentSha256)
    summary.push(`The document given is the original both parties signed, as the trail names it (SHA-256 ${h}).`);
  else
    problems.push(
      `the document given (SHA-256 ${h}) is neither the original (${String(created.documentSha256)}) nor the sealed copy (${String(created.sealedSha256)}) the trail names`,
    );
}

/** What a whole chain proves: its events, the latest checkpoint, the document hashes it names. */
function trailSummary(ctx: Trail, latest: Rec | undefined, created: Rec, lang: Lang): void {
  const { ev, events, summary } = ctx;
  const s = events.length === 1 ? '' : 's';
  const list = events.map((e) => `${e.seq} ${e.type} on ${dateWords(e.at, lang)}`).join('; ');
  summary.unshift(
    `The trail of grant ${ev.grantId} holds ${events.length} event${s} (${list}), and every link recomputes.`,
  );
  if (latest) {
    summary.push(T[lang].checkpoint(latest, lang));
    summary.push(
      Number(latest.seq) < events.length
        ? `Events after ${latest.seq} are not covered by a signed checkpoint yet: they rest on the chain alone.`
        : 'An edit of any event, or a chain recomputed after the edit, would no longer match this signed checkpoint.',
    );
  }
  if (created.documentSha256) {
    const sealed = created.sealedSha256 ? ` and the sealed copy's ${created.sealedSha256}` : '';
    summary.push(`The trail names the signed document's SHA-256 ${created.documentSha256}${sealed}.`);
  }
}

export async function verifyEvidence(ev: Evidence, keys: KeysFile, opts: VerifyOptions = {}): Promise<Verdict> {
  const events = Array.isArray(ev.events) ? ev.events : [];
  const ctx: Trail = { ev, events, problems: [], summary: [] };
  const { problems, summary } = ctx;
  if (!events.length) problems.push('the export holds no event');
  const chainOk = checkChain(ev.grantId, events, problems);
  const latest = await checkCheckpoints(ctx, keys);
  const created = events.find((e) => e.type === 'created')?.data ?? {};
  if (opts.document) checkDocument(opts.document, created, problems, summary);
  if (chainOk && events.length) trailSummary(ctx, latest, created, opts.lang ?? 'en');
  summary.push(
    'The "verification" and "attests" parts of the export are the server\'s own words: procura verify recomputed the above instead of reading them.',
  );
  return { kind: 'evidence', valid: problems.length === 0, problems, summary };
}
