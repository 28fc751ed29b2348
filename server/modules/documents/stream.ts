/**
 * A grant's PDF without holding it in memory (issue 19): its length and SHA-256 computed by the
 * database from the stored bytes (never a column that could say otherwise), so that an unchanged
 * copy answers 304 to `If-None-Match` without reading the file, and the bytes sent in chunks.
 */
import { inOffice, type Scope } from '../scope.js';

/** What is served for a mandate: the sealed copy when there is one, else the client's original. */
export interface ServedDocument {
  table: 'sealed_documents' | 'documents';
  size: number;
  sha256: string;
  originalSha256: string;
  level: string;
}

export async function servedDocument(s: Scope, mandateId: string): Promise<ServedDocument | null> {
  const params: unknown[] = [mandateId];
  const [row] = await s.tx.query<{ sealed: boolean; size: number; sha256: string; original: string; level: string }>(
    `SELECT s.mandate_id IS NOT NULL AS sealed,
       coalesce(octet_length(s.bytes), octet_length(d.bytes))::integer AS size,
       encode(sha256(coalesce(s.bytes, d.bytes)), 'hex') AS sha256,
       encode(sha256(d.bytes), 'hex') AS original,
       coalesce(s.level, 'none') AS level
     FROM documents d LEFT JOIN sealed_documents s ON s.mandate_id = d.mandate_id
     WHERE d.mandate_id = $1 AND ${inOffice(s, params, 'd.office')}`,
    params,
  );
  if (!row) return null;
  return {
    table: row.sealed ? 'sealed_documents' : 'documents',
    size: row.size,
    sha256: row.sha256,
    originalSha256: row.original,
    level: row.level,
  };
}

const CHUNK = 256 * 1024;

/** The bytes, read CHUNK at a time as the client takes them. */
export function documentStream(s: Scope, mandateId: string, doc: ServedDocument): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const params: unknown[] = [mandateId, offset + 1, CHUNK];
      const [row] = await s.tx.query<{ part: Uint8Array }>(
        `SELECT substring(bytes FROM $2 FOR $3) AS part FROM ${doc.table} WHERE mandate_id = $1 AND ${inOffice(s, params)}`,
        params,
      );
      const part = row?.part ?? new Uint8Array();
      if (part.byteLength) controller.enqueue(new Uint8Array(part));
      offset += part.byteLength;
      if (!part.byteLength || offset >= doc.size) controller.close();
    },
  });
}
