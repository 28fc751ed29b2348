/**
 * The SQL of what a grant's documents are: the client's original PDF (`documents`), the sealed
 * copy (`sealed_documents`, migrations/003) and the signed receipt (`grant_receipts`, migrations/005).
 */
import type { SealedDocument } from '../../proof/types.js';
import { inOffice, type Scope } from '../scope.js';

const toBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export async function document(s: Scope, mandateId: string): Promise<{ bytes: Buffer; sha256: string } | null> {
  const params: unknown[] = [mandateId];
  const [row] = await s.tx.query<{ bytes: Uint8Array; sha256: string }>(
    `SELECT bytes, sha256 FROM documents WHERE mandate_id = $1 AND ${inOffice(s, params)}`,
    params,
  );
  return row ? { bytes: toBuffer(row.bytes), sha256: row.sha256 } : null;
}

export async function insertSealed(
  sc: Scope,
  mandateId: string,
  originalSha256: string,
  s: SealedDocument,
): Promise<void> {
  await sc.tx.query(
    'INSERT INTO sealed_documents (mandate_id, original_sha256, sha256, level, sealed_at, bytes, office) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [mandateId, originalSha256, s.sha256, s.level, s.sealedAt, s.bytes, sc.office],
  );
}

export interface StoredSeal {
  bytes: Buffer;
  sha256: string;
  originalSha256: string;
  level: 'B-B' | 'B-T';
  sealedAt: Date;
}

export async function sealedDocument(s: Scope, mandateId: string): Promise<StoredSeal | null> {
  const params: unknown[] = [mandateId];
  const [row] = await s.tx.query<{
    bytes: Uint8Array;
    sha256: string;
    original_sha256: string;
    level: 'B-B' | 'B-T';
    sealed_at: Date;
  }>(
    `SELECT bytes, sha256, original_sha256, level, sealed_at FROM sealed_documents WHERE mandate_id = $1 AND ${inOffice(s, params)}`,
    params,
  );
  if (!row) return null;
  return {
    bytes: toBuffer(row.bytes),
    sha256: row.sha256,
    originalSha256: row.original_sha256,
    level: row.level,
    sealedAt: new Date(row.sealed_at),
  };
}

export async function insertGrantReceipt(s: Scope, grantId: string, receipt: string, at: Date): Promise<void> {
  await s.tx.query('INSERT INTO grant_receipts (grant_id, receipt, created_at, office) VALUES ($1, $2, $3, $4)', [
    grantId,
    receipt,
    at,
    s.office,
  ]);
}

export async function grantReceipt(s: Scope, grantId: string): Promise<string | null> {
  const params: unknown[] = [grantId];
  const [row] = await s.tx.query<{ receipt: string }>(
    `SELECT receipt FROM grant_receipts WHERE grant_id = $1 AND ${inOffice(s, params)}`,
    params,
  );
  return row?.receipt ?? null;
}
