/**
 * The rules of a received form (a mandate or an access request): seal, store, sign the receipt.
 * Both routes end here; what differs between them is how the form becomes a NewMandate.
 */
import type { Issue, Mandate } from '../../../src/model/index.js';
import type { Deps } from '../../deps.js';
import { clientTimeIssues, mandateSha256, signMandateReceipt } from '../../proof/receipt.js';
import type { SealedDocument } from '../../proof/types.js';
import { requirePublished } from '../definitions/service.js';
import { insertGrantReceipt } from '../documents/repository.js';
import { events } from '../grants/trail.js';
import type { Scope } from '../scope.js';
import { createMandate, type NewMandate } from './repository.js';

export const partyName = (p: Mandate['grantor']) =>
  p.kind === 'legal' ? (p.legalName ?? '') : [p.givenName, p.familyName].filter(Boolean).join(' ');

/** The claimed signing times that are implausible (README "Time"). */
export const signatureTimeIssues = (signatures: { signedAt: string }[], now: Date): Issue[] =>
  clientTimeIssues(
    signatures.map((s, i) => ({ path: `signatures.${i}.signedAt`, value: s.signedAt })),
    now,
  );

async function sealOf(d: Deps, m: Omit<NewMandate, 'sealed'>, locale: string | undefined) {
  if (!d.seal) return undefined;
  return d.seal.seal(m.document.bytes, {
    documentId: m.id,
    kind: m.kind ?? 'mandate',
    originalSha256: m.document.sha256,
    ...(m.indicatedBy && { assistedBy: m.indicatedBy }),
    ...(locale && { locale }),
  });
}

async function signReceipt(d: Deps, s: Scope, m: NewMandate, sealed: SealedDocument | undefined) {
  const [created] = await events(s, m.grantId);
  const kind = m.kind ?? 'mandate';
  const mm = m.mandate.mandatary;
  const definition = (m.body as Pick<Mandate, 'definition'>).definition;
  return signMandateReceipt(d.proofKey, {
    grantId: m.grantId,
    mandateId: m.id,
    kind,
    receivedAt: m.at.toISOString(),
    grantor: { display: m.grantorDisplay },
    mandatary: kind === 'mandate' ? { display: [mm.givenName, mm.familyName].join(' '), email: mm.email } : null,
    service: m.mandate.service,
    scope: m.mandate.scope,
    validUntil: m.mandate.validUntil ?? null,
    ...(m.indicatedBy && { indicatedBy: m.indicatedBy }),
    mandateSha256: mandateSha256(m.body),
    documentSha256: m.document.sha256,
    ...(sealed && { sealedSha256: sealed.sha256, sealLevel: sealed.level }),
    ...(definition && { definition }),
    event: { seq: 1, hash: created!.hash },
  });
}

/**
 * Seals the PDF (when the host seals), creates the grant, then signs and keeps its receipt, all
 * inside the idempotent handler's transaction: a replay answers the same receipt, a failure
 * (a seal that cannot be made: 503) leaves nothing behind.
 */
export async function createWithReceipt(
  d: Deps,
  m: Omit<NewMandate, 'sealed'>,
  locale: string | undefined,
  office: string,
): Promise<string> {
  // A form made from a published definition (`src`) names one of the office's mandate forms (422 otherwise).
  await requirePublished(d.store.scope(office), (m.body as Pick<Mandate, 'definition'>).definition, 'mandate-form');
  const sealed = await sealOf(d, m, locale);
  const full: NewMandate = { ...m, ...(sealed && { sealed }) };
  return d.store.transaction(async (s) => {
    await createMandate(s, full);
    const receipt = await signReceipt(d, s, full, sealed);
    await insertGrantReceipt(s, m.grantId, receipt, m.at);
    return receipt;
  }, office);
}
