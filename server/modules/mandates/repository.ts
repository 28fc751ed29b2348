/**
 * The SQL of a received form: the mandate (or access request) body, its PDF, its grant, its
 * sealed copy and its `created` event. The mandate and document rows are written by one
 * function, used by the routes and by demo seeding alike.
 */
import { createdData } from '../../chain.js';
import type { SealedDocument } from '../../proof/types.js';
import { insertSealed } from '../documents/repository.js';
import { DomainError } from '../domain-error.js';
import type { GrantRow } from '../grants/repository.js';
import { appendEvent } from '../grants/trail.js';
import { inOffice, type Scope } from '../scope.js';
import { json, uniqueOr } from '../../store/sql.js';

export interface StoredDocument {
  bytes: Uint8Array;
  sha256: string;
  pages: number;
}

export interface NewMandate {
  /** `access-request`: the requester is grantor and holder at once (mandataryKey = grantorKey). */
  kind?: 'mandate' | 'access-request';
  id: string;
  grantId: string;
  grantorUser: string;
  grantorKey: string;
  grantorDisplay: string;
  mandataryKey: string;
  mandate: { service: string; mandatary: GrantRow['mandatary']; scope: Record<string, unknown>; validUntil?: string };
  body: unknown;
  document: StoredDocument;
  /** The sealed copy (server/proof/seal.ts), stored in the same transaction. */
  sealed?: SealedDocument;
  /** A broker who submitted for this client (assisted submission): recorded in the trail. */
  indicatedBy?: { id: string; displayName: string };
  at: Date;
}

/** The signed body and its PDF: the two rows every grant points at. */
export async function insertMandateAndDocument(
  s: Scope,
  m: { id: string; grantorUser: string; service: string; body: unknown; document: StoredDocument; at: Date },
) {
  await s.tx.query(
    'INSERT INTO mandates (id, grantor_user, service, body, document_sha256, created_at, office) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [m.id, m.grantorUser, m.service, json(m.body), m.document.sha256, m.at, s.office],
  );
  const d = m.document;
  await s.tx.query(
    'INSERT INTO documents (mandate_id, sha256, content_type, size, pages, bytes, office) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [m.id, d.sha256, 'application/pdf', d.bytes.byteLength, d.pages, d.bytes, s.office],
  );
}

async function insertGrant(s: Scope, m: NewMandate) {
  await s.tx.query(
    `INSERT INTO grants (id, mandate_id, grantor_user, grantor_key, grantor_display, mandatary_key, mandatary, service, scope,
       status, valid_until, document_sha256, created_at, kind, office)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $11, $12, $13, $14)`,
    [
      m.grantId,
      m.id,
      m.grantorUser,
      m.grantorKey,
      m.grantorDisplay,
      m.mandataryKey,
      json(m.mandate.mandatary),
      m.mandate.service,
      json(m.mandate.scope),
      m.mandate.validUntil ?? null,
      m.document.sha256,
      m.at,
      m.kind ?? 'mandate',
      s.office,
    ],
  );
}

/** What the `created` event records: what was signed, by and for whom (README "Evidence"). */
const createdOf = (m: NewMandate) =>
  createdData({
    kind: m.kind ?? 'mandate',
    body: m.body,
    documentSha256: m.document.sha256,
    sealed: m.sealed,
    grantorKey: m.grantorKey,
    grantorDisplay: m.grantorDisplay,
    mandataryKey: m.mandataryKey,
    mandatary: m.mandate.mandatary,
    service: m.mandate.service,
    scope: m.mandate.scope,
    validUntil: m.mandate.validUntil ?? null,
    indicatedBy: m.indicatedBy,
  });

/** The form's rows, its pending grant and its first event, in one transaction (the caller's). */
export async function createMandate(s: Scope, m: NewMandate): Promise<void> {
  const duplicate = () =>
    m.kind === 'access-request'
      ? new DomainError('access-request-exists', '/service')
      : new DomainError('mandate-exists', '/mandatary/email');
  await uniqueOr(async () => {
    await insertMandateAndDocument(s, { ...m, service: m.mandate.service });
    await insertGrant(s, m);
  }, duplicate);
  if (m.sealed) await insertSealed(s, m.id, m.document.sha256, m.sealed);
  await appendEvent(s, m.grantId, { type: 'created', actor: 'grantor', data: createdOf(m) }, m.at);
}

/** The signed mandate or access-request body as stored (its canonical JSON's SHA-256 is in the `created` event). */
export async function mandateBody(s: Scope, mandateId: string): Promise<unknown> {
  const params: unknown[] = [mandateId];
  const [row] = await s.tx.query<{ body: unknown }>(
    `SELECT body FROM mandates WHERE id = $1 AND ${inOffice(s, params)}`,
    params,
  );
  return row ? row.body : null;
}
