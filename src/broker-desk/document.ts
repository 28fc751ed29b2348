// The opened request's PDF (a lazy chunk): fetched through the backend, its SHA-256 recomputed here.
import type { BackendController } from '../core/backend-controller.js';
import { sha256Hex } from '../core/crypto.js';
import type { DeskRequest } from '../model/desk.js';

export interface LoadedDocument {
  /** A blob: URL of the bytes served, for the browser's PDF viewer and the download link. */
  url: string;
  /** The SHA-256 of the bytes served, computed in this browser. */
  sha256: string;
  /** True when they are the bytes the record names (the signed original, or its sealed copy). */
  same: boolean;
}

/**
 * Fetches the document (bearer headers or cookie, as the backend client sends them) and compares
 * its SHA-256 with the record: the original's, or the sealed copy's when the server serves that.
 */
export async function loadDocument(
  backend: Pick<BackendController, 'fetchResponse'>,
  href: string,
  doc: DeskRequest['document'],
): Promise<LoadedDocument> {
  const res = await backend.fetchResponse(href, { retries: 1 });
  const blob = await res.blob();
  const sha256 = await sha256Hex(blob);
  const same = sha256 === doc.sha256 || (!!doc.sealed && sha256 === doc.sealed.sha256);
  const pdf = blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' });
  return { url: URL.createObjectURL(pdf), sha256, same };
}
