/**
 * The grant trail is a hash chain: each event's hash covers the previous hash and
 * the event itself, so an edit or a removal anywhere breaks every later link.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/model/canonical.js';
import type { DefinitionRef } from '../src/model/definition.js';

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
  /**
   * The event's salt (hex), kept beside it: when present, the link covers `dataDigest(salt, data)`
   * instead of the data itself, so the data can later be erased (`{ redacted: true, sha256 }`)
   * without breaking any link. Events chained before salts (no salt) link their data directly.
   */
  salt?: string | null;
}

/** What an erased event's data becomes: the digest its link covers, nothing of the data. */
export interface RedactedData {
  redacted: true;
  sha256: string;
}

export function isRedacted(data: unknown): data is RedactedData {
  const d = data as Partial<RedactedData> | null | undefined;
  return !!d && d.redacted === true && typeof d.sha256 === 'string' && Object.keys(d).length === 2;
}

/** The salted digest of an event's data: without the salt, the digest says nothing of the data. */
export const dataDigest = (salt: string, data: Record<string, unknown> | null | undefined) =>
  sha256(salt + canonicalJson(data ?? null));

/** The digest a salted or redacted event's link covers; undefined for an unsalted one. */
function linkedDigest(e: ChainedEvent): string | undefined {
  if (e.salt) return dataDigest(e.salt, e.data);
  if (isRedacted(e.data)) return e.data.sha256;
  return undefined;
}

export function eventHash(prevHash: string, e: ChainedEvent): string {
  const { grantId, seq, type, at, actor, data } = e;
  const dataSha256 = linkedDigest(e);
  if (dataSha256 === undefined)
    return sha256(prevHash + canonicalJson({ grantId, seq, type, at, actor, data: data ?? undefined }));
  return sha256(prevHash + canonicalJson({ grantId, seq, type, at, actor, dataSha256 }));
}

/** Recomputes every link; `valid` is false when any stored hash or link disagrees. */
export function verifyChain(events: (ChainedEvent & { prevHash: string; hash: string })[]): {
  valid: boolean;
  length: number;
} {
  let prev = GENESIS;
  for (const [i, e] of events.entries()) {
    if (e.seq !== i + 1 || e.prevHash !== prev || eventHash(prev, e) !== e.hash)
      return { valid: false, length: events.length };
    prev = e.hash;
  }
  return { valid: events.length > 0, length: events.length };
}

/** What a grant row says, as the trail must describe it. */
export interface GrantFacts {
  kind: 'mandate' | 'access-request';
  grantorKey: string;
  grantorDisplay: string;
  mandataryKey: string;
  mandatary: Record<string, unknown>;
  service: string;
  scope: Record<string, unknown>;
  validUntil: string | null;
  status: string;
  revokedBy: string | null;
  documentSha256: string;
}

/**
 * The `created` event's data (proof-spec "Events and their hashes"): the hashes of what was
 * signed (the mandate body's canonical JSON, the original PDF, the sealed copy) and the facts
 * the grant row holds, so that editing the row, or swapping the document, no longer matches.
 */
export function createdData(m: {
  kind: 'mandate' | 'access-request';
  body: unknown;
  documentSha256: string;
  sealed?: { sha256: string; level: string };
  grantorKey: string;
  grantorDisplay: string;
  mandataryKey: string;
  mandatary: Record<string, unknown>;
  service: string;
  scope: Record<string, unknown>;
  validUntil?: string | null;
  indicatedBy?: { id: string; displayName: string };
}): Record<string, unknown> {
  const body = m.body as { signatures?: { signedAt?: unknown }[]; definition?: DefinitionRef } | null;
  const signatures = body?.signatures;
  const def = body?.definition;
  return {
    kind: m.kind,
    mandateSha256: sha256(canonicalJson(m.body)),
    documentSha256: m.documentSha256,
    ...(m.sealed && { sealedSha256: m.sealed.sha256, sealLevel: m.sealed.level }),
    grantor: { key: m.grantorKey, display: m.grantorDisplay },
    // An access request has no mandatary: the requester holds the access (`holder`).
    mandatary: m.kind === 'access-request' ? null : m.mandatary,
    ...(m.kind === 'access-request' && { holder: m.mandatary }),
    mandataryKey: m.mandataryKey,
    service: m.service,
    scope: m.scope,
    validUntil: m.validUntil ?? null,
    ...(m.indicatedBy && { indicatedBy: { id: m.indicatedBy.id, displayName: m.indicatedBy.displayName } }),
    clientSignedAt: Array.isArray(signatures)
      ? signatures.map((s) => (typeof s?.signedAt === 'string' ? s.signedAt : null))
      : [],
    // The published definition the form was made from (issue 17), as the body named it.
    ...(def && { definition: { id: def.id, version: def.version, sha256: def.sha256 } }),
  };
}

const STATUS_AFTER: Record<string, string> = {
  created: 'pending',
  activated: 'active',
  refused: 'refused',
  revoked: 'revoked',
  expired: 'expired',
};

/** The `created` data the state reads (the trail is data: fields may be missing, as in an old trail). */
interface CreatedEventData {
  kind: GrantFacts['kind'];
  mandateSha256: string;
  grantor?: { key?: string; display?: string };
  mandataryKey: string;
  mandatary?: Record<string, unknown>;
  holder?: Record<string, unknown>;
  service: string;
  scope: Record<string, unknown>;
  validUntil?: string | null;
  documentSha256: string;
}

/** What a `changed` or `revoked` event's data says. */
interface ChangeEventData {
  after?: { service: string; scope: Record<string, unknown>; validUntil?: string | null };
  by?: string;
}

/**
 * The grant as its trail describes it: the `created` data, then every change applied in order.
 * `null` when the trail does not start with a `created` event that carries its content.
 */
export function stateFromEvents(
  events: readonly ChainedEvent[],
): (GrantFacts & { created: Record<string, unknown> }) | null {
  const first = events[0];
  const c = first?.data as (Record<string, unknown> & CreatedEventData) | null | undefined;
  if (!first || first.type !== 'created' || !c || typeof c.mandateSha256 !== 'string') return null;
  const s: GrantFacts & { created: Record<string, unknown> } = {
    created: c,
    kind: c.kind,
    grantorKey: c.grantor?.key as string,
    grantorDisplay: c.grantor?.display as string,
    mandataryKey: c.mandataryKey,
    mandatary: (c.kind === 'access-request' ? c.holder : c.mandatary) as Record<string, unknown>,
    service: c.service,
    scope: c.scope,
    validUntil: c.validUntil ?? null,
    status: 'pending',
    revokedBy: null,
    documentSha256: c.documentSha256,
  };
  for (const e of events.slice(1)) {
    const d = (e.data ?? {}) as ChangeEventData;
    if (e.type === 'changed' && d.after) {
      s.service = d.after.service;
      s.scope = d.after.scope;
      s.validUntil = d.after.validUntil ?? null;
    }
    if (e.type === 'revoked') s.revokedBy = d.by ?? e.actor;
    const status = STATUS_AFTER[e.type];
    if (status) s.status = status;
  }
  return s;
}

/** The fields where the grant row and its trail disagree (empty when they match). */
export function contentDifferences(row: GrantFacts, trail: GrantFacts): string[] {
  const keys: (keyof GrantFacts)[] = [
    'kind',
    'grantorKey',
    'grantorDisplay',
    'mandataryKey',
    'mandatary',
    'service',
    'scope',
    'validUntil',
    'status',
    'revokedBy',
    'documentSha256',
  ];
  return keys.filter((k) => canonicalJson(row[k] ?? null) !== canonicalJson(trail[k] ?? null));
}
