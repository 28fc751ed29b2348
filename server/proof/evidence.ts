/**
 * The evidence of one grant (proof-spec "Evidence export"): its trail, its signed checkpoints,
 * the hashes of its documents recomputed from the stored bytes, and what a verifier concludes,
 * with one plain sentence per event saying what it attests, in the reader's language.
 *
 * Verification trusts nothing the database says about itself: it recomputes every link, the
 * mandate body's and both PDFs' SHA-256 from the stored bytes, compares the grant row with the
 * state the events describe, and the trail with the latest checkpoint signed by the proof key.
 */
import type { JWK } from 'jose';
import { canonicalJson, contentDifferences, sha256, stateFromEvents, verifyChain, type GrantFacts } from '../chain.js';
import type { Lang } from '../i18n.js';
import type { Store } from '../store/store.js';
import type { GrantRow } from '../modules/grants/repository.js';
import type { EventRow } from '../modules/grants/trail.js';
import { sealedDocument } from '../modules/documents/repository.js';
import { checkGrantCheckpoints } from './checkpoints.js';
import { attests } from './attests.js';
import type { TrailEvent } from './types.js';
import type { GrantVerification } from '../../src/model/desk.js';

/** The verification's shape is the model's (the desk and the grants viewer read it). */
export type Verification = GrantVerification;

export interface DocumentEvidence {
  originalSha256: string | null;
  recomputedOriginalSha256: string | null;
  sealedSha256: string | null;
  recomputedSealedSha256: string | null;
  sealLevel: string | null;
  sealedAt: string | null;
}

export type { TrailEvent };
export { attests };

const toTrail = (e: EventRow): TrailEvent => ({
  seq: e.seq,
  type: e.type,
  at: new Date(e.at).toISOString(),
  actor: e.actor,
  data: e.data ?? null,
  prevHash: e.prev_hash,
  hash: e.hash,
  ...(e.salt && { salt: e.salt }),
});

const rowFacts = (g: GrantRow): GrantFacts => ({
  kind: g.kind,
  grantorKey: g.grantor_key,
  grantorDisplay: g.grantor_display,
  mandataryKey: g.mandatary_key,
  mandatary: g.mandatary,
  service: g.service,
  scope: g.scope,
  validUntil: g.valid_until,
  status: g.status,
  revokedBy: g.revoked_by,
  documentSha256: g.document_sha256,
});

/** Everything the verification of `g` reads, read once. */
export async function gatherEvidence(store: Store, g: GrantRow) {
  const [rows, checkpoints, body, original, sealed] = await Promise.all([
    store.events(g.id, g.office),
    store.checkpoints(g.id, g.office),
    store.mandateBody(g.mandate_id, g.office),
    store.document(g.mandate_id, g.office),
    sealedDocument(store.scope(g.office), g.mandate_id),
  ]);
  return { grant: g, events: rows.map(toTrail), checkpoints, body, original, sealed };
}

export type Gathered = Awaited<ReturnType<typeof gatherEvidence>>;

type Problems = Verification['problems'];
type Created = { mandateSha256?: string; documentSha256?: string; sealedSha256?: string; sealLevel?: string };

/** The grant row and the mandate body against the state the trail describes. */
function checkContent(ev: Gathered, problems: Problems): { content: Verification['content']; created?: Created } {
  const { grant: g, events } = ev;
  const trail = stateFromEvents(events.map((e) => ({ ...e, grantId: g.id })));
  if (!trail) {
    problems.push({
      code: 'created-without-content',
      detail: 'The trail does not start with a creation event that records the mandate, the parties and the document.',
    });
    return { content: 'differs' };
  }
  let content: Verification['content'] = 'matches';
  for (const field of contentDifferences(rowFacts(g), trail)) {
    content = 'differs';
    problems.push({ code: 'content-differs', detail: `The grant's ${field} is not what its trail records.` });
  }
  if (ev.body === null || sha256(canonicalJson(ev.body)) !== trail.created.mandateSha256) {
    content = 'differs';
    problems.push({
      code: 'mandate-differs',
      detail: 'The stored mandate body does not hash to the SHA-256 recorded at creation.',
    });
  }
  return { content, created: trail.created as Created };
}

/** The sealed copy against the creation event; `document` is what the original's check concluded. */
function checkSealed(
  ev: Gathered,
  created: Created | undefined,
  originalSha256: string | null,
  document: Verification['document'],
  problems: Problems,
): Verification['document'] {
  if (created?.sealedSha256) {
    if (!ev.sealed) {
      problems.push({ code: 'sealed-missing', detail: 'The sealed copy recorded at creation is not stored.' });
      return document === 'matches' ? 'missing' : document;
    }
    if (sha256(ev.sealed.bytes) !== created.sealedSha256 || ev.sealed.originalSha256 !== originalSha256) {
      problems.push({
        code: 'sealed-differs',
        detail: 'The stored sealed copy does not hash to the SHA-256 recorded at creation.',
      });
      return 'differs';
    }
  } else if (ev.sealed && created) {
    problems.push({
      code: 'sealed-differs',
      detail: 'A sealed copy is stored that the creation event does not record.',
    });
    return 'differs';
  }
  return document;
}

/** Both PDFs' SHA-256, recomputed from the stored bytes, against the hashes recorded at creation. */
function checkDocuments(ev: Gathered, created: Created | undefined, problems: Problems) {
  const originalSha256 = created?.documentSha256 ?? ev.grant.document_sha256;
  const recomputedOriginal = ev.original ? sha256(ev.original.bytes) : null;
  let document: Verification['document'] = 'matches';
  if (!ev.original) {
    document = 'missing';
    problems.push({ code: 'document-missing', detail: 'The original PDF is not stored.' });
  } else if (recomputedOriginal !== originalSha256) {
    document = 'differs';
    problems.push({
      code: 'document-differs',
      detail: 'The stored original PDF does not hash to the SHA-256 recorded at creation.',
    });
  }
  document = checkSealed(ev, created, originalSha256, document, problems);
  const evidence: DocumentEvidence = {
    originalSha256,
    recomputedOriginalSha256: recomputedOriginal,
    sealedSha256: created?.sealedSha256 ?? ev.sealed?.sha256 ?? null,
    recomputedSealedSha256: ev.sealed ? sha256(ev.sealed.bytes) : null,
    sealLevel: created?.sealLevel ?? ev.sealed?.level ?? null,
    sealedAt: ev.sealed ? ev.sealed.sealedAt.toISOString() : null,
  };
  return { document, evidence };
}

/** The trail's `erased` event (rights/erase.ts), when it has one. */
function erasedBy(events: TrailEvent[]): Verification['erased'] {
  const e = events.find((x) => x.type === 'erased');
  return e ? { at: e.at, requestId: String(e.data?.requestId ?? '') } : undefined;
}

/** An erased grant's documents: none stored; only the hashes the trail's (redacted) events still name. */
function erasedDocument(events: TrailEvent[]): DocumentEvidence {
  const created = events[0]?.data as Created | null | undefined;
  return {
    originalSha256: created?.documentSha256 ?? null,
    recomputedOriginalSha256: null,
    sealedSha256: created?.sealedSha256 ?? null,
    recomputedSealedSha256: null,
    sealLevel: null,
    sealedAt: null,
  };
}

export async function verifyGathered(
  ev: Gathered,
  keys: readonly JWK[],
): Promise<{ verification: Verification; document: DocumentEvidence }> {
  const problems: Problems = [];
  const { grant: g, events } = ev;
  const links = verifyChain(events.map((e) => ({ ...e, grantId: g.id })));
  const chain = links.valid ? 'valid' : 'broken';
  if (!links.valid)
    problems.push({
      code: 'chain-broken',
      detail: events.length
        ? 'A stored hash or link of the trail does not match the events it covers.'
        : 'The grant has no trail.',
    });
  const erased = erasedBy(events);
  // After an erasure (GDPR art. 17) the content and the documents are gone on purpose: the links
  // and the signed checkpoints are what remains to verify.
  const { content, created } = erased ? { content: 'erased' as const, created: undefined } : checkContent(ev, problems);
  const { document, evidence } = erased
    ? { document: 'erased' as const, evidence: erasedDocument(events) }
    : checkDocuments(ev, created, problems);
  const cp = await checkGrantCheckpoints(g.id, ev.checkpoints, events, keys);
  problems.push(...cp.problems);
  const kept = erased || (content === 'matches' && document === 'matches');
  const valid = chain === 'valid' && kept && cp.checkpoint === 'matches';
  return {
    verification: { valid, chain, content, document, checkpoint: cp.checkpoint, problems, ...(erased && { erased }) },
    document: evidence,
  };
}

/** The verification of one grant (GET /grants/{id}'s `verification`). */
export async function verifyGrant(store: Store, g: GrantRow, keys: readonly JWK[]): Promise<Verification> {
  return (await verifyGathered(await gatherEvidence(store, g), keys)).verification;
}

/** GET /grants/{id}/evidence. */
export async function evidenceExport(store: Store, g: GrantRow, keys: readonly JWK[], lang: Lang, generatedAt: Date) {
  const ev = await gatherEvidence(store, g);
  const { verification, document } = await verifyGathered(ev, keys);
  return {
    schema: 'procura.evidence/1',
    grantId: g.id,
    generatedAt: generatedAt.toISOString(),
    events: ev.events.map((e) => ({ ...e, attests: attests(e, lang) })),
    checkpoints: ev.checkpoints,
    document,
    verification,
  };
}
