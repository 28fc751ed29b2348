import type { BackendController } from '../core/backend-controller.js';
import { sha256Hex } from '../core/crypto.js';
import type { Grant } from '../model/grant.js';

/**
 * Fetches a grant's signed PDF through the backend (bearer headers, no cookie) and opens it, unless
 * its bytes do not match: then false. The served bytes are the signed original, or its sealed copy:
 * they must be what the server says it serves, and the original they seal the one this grant was signed with.
 */
export async function openDocument(
  backend: Pick<BackendController, 'fetchResponse'>,
  href: string,
  g: Grant,
): Promise<boolean> {
  const res = await backend.fetchResponse(href, { retries: 1 });
  const blob = await res.blob();
  const served = await sha256Hex(blob);
  const sealedFromOriginal =
    res.headers.get('X-Original-SHA256') === g.documentSha256 && res.headers.get('X-Content-SHA256') === served;
  if (g.documentSha256 && served !== g.documentSha256 && !sealedFromOriginal) return false;
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, target: '_blank', rel: 'noopener' }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
