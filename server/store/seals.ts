/** The SQL of sealed copies (migrations/003_sealed_documents.sql). */
import type { Sql } from './db.js';
import type { SealedDocument } from '../proof/types.js';

export async function insertSealed(
  tx: Sql,
  mandateId: string,
  originalSha256: string,
  s: SealedDocument,
): Promise<void> {
  await tx.query(
    'INSERT INTO sealed_documents (mandate_id, original_sha256, sha256, level, sealed_at, bytes) VALUES ($1, $2, $3, $4, $5, $6)',
    [mandateId, originalSha256, s.sha256, s.level, s.sealedAt, s.bytes],
  );
}

export interface StoredSeal {
  bytes: Buffer;
  sha256: string;
  originalSha256: string;
  level: 'B-B' | 'B-T';
  sealedAt: Date;
}

export async function sealedDocument(db: Sql, mandateId: string): Promise<StoredSeal | null> {
  const [row] = await db.query<{
    bytes: Uint8Array;
    sha256: string;
    original_sha256: string;
    level: 'B-B' | 'B-T';
    sealed_at: Date;
  }>('SELECT bytes, sha256, original_sha256, level, sealed_at FROM sealed_documents WHERE mandate_id = $1', [
    mandateId,
  ]);
  if (!row) return null;
  return {
    bytes: Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength),
    sha256: row.sha256,
    originalSha256: row.original_sha256,
    level: row.level,
    sealedAt: new Date(row.sealed_at),
  };
}
