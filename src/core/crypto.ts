/** SHA-256 of bytes or text, as lowercase hex. Needs a secure context (HTTPS or localhost). */
export async function sha256Hex(data: BufferSource | Blob | string): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new Error('procura needs a secure context (HTTPS) to compute proofs.');
  const bytes =
    typeof data === 'string' ? new TextEncoder().encode(data) : data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The one canonical JSON of the project (the proof hashes depend on it): see src/model/canonical.ts. */
export { canonicalJson } from '../model/canonical.js';

export function uuid(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function' && globalThis.isSecureContext !== false)
    return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  // RFC 9562: version 4 in the high nibble of byte 6, the variant in the top bits of byte 8.
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
