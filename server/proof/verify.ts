/**
 * `procura verify`: checks procura's proofs offline, against a saved `GET /proof/keys` answer
 * (the "keys file"), without trusting the server that made them. Pure Node: `node:crypto`,
 * `jose` (through keys.ts) and `pkijs`/`asn1js` to read the CMS inside a sealed PDF.
 *
 * What it checks, per kind of file (docs/proof.md, "Checking a proof yourself"):
 * - a receipt download (`{procura:'receipt', jws, payload}`) or a bare compact JWS: the signature
 *   against the keys, and that the shown payload is the signed one;
 * - a sealed PDF: every signature dictionary (/ByteRange, /Contents), its CMS SignedData
 *   (messageDigest over the signed bytes, the signature with the embedded certificate's key,
 *   signing-certificate-v2), that the seal covers the whole file but its own value, that the
 *   certificate is the one the keys file pins, and B-B or B-T (the timestamp's imprint);
 * - an evidence export (`procura.evidence/1`): every link of the chain, every checkpoint JWS,
 *   the latest checkpoint's head against the event at its seq, and a document's SHA-256.
 *
 * Each kind has its file: verify-receipt.ts, verify-pdf.ts (with cms.ts), verify-evidence.ts;
 * the plain words are in verify-words.ts. Every function answers `{ valid, problems, summary }`:
 * problems are the reasons it is not valid, in plain words; the summary says what the file proves
 * (and what it does not).
 */
import { canonicalJson } from '../../src/model/canonical.js';
import { sha256, type FileKind, type KeysFile, type Verdict, type VerifyOptions } from './verify-types.js';
import { isRightsReceipts, verifyReceipt, verifyRightsReceipts } from './verify-receipt.js';
import { verifyEvidence, type Evidence } from './verify-evidence.js';
import { verifySealedPdf } from './verify-pdf.js';

export type { FileKind, KeysFile, Lang, Verdict, VerifyOptions } from './verify-types.js';
export type { Evidence } from './verify-evidence.js';
export { verifyEvidence, verifyReceipt, verifySealedPdf };

/** Reads a keys file (the saved `GET /proof/keys` answer); throws a plain sentence when it is not one. */
export function parseKeysFile(text: string): KeysFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`the keys file is not JSON (${(e as Error).message})`);
  }
  const v = value as Partial<KeysFile>;
  if (
    !v ||
    typeof v !== 'object' ||
    !Array.isArray(v.keys) ||
    !v.keys.every((k) => k && typeof k === 'object' && typeof k.kid === 'string')
  )
    throw new Error('the keys file is not a saved GET /proof/keys answer (no "keys" list of JWKs with a kid)');
  const seal = v.seal && typeof v.seal === 'object' && typeof v.seal.certificate === 'string' ? v.seal : null;
  return { keys: v.keys, seal };
}

/** The SHA-256 of the keys file's canonical JSON: what a person compares with the fingerprint published by another channel. */
export function keysFingerprint(keys: KeysFile): string {
  return sha256(canonicalJson(keys));
}

export function detectKind(bytes: Uint8Array): { kind: FileKind; json?: unknown; text?: string } {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (/^\s*%PDF-/.test(head)) return { kind: 'pdf' };
  const text = Buffer.from(bytes).toString('utf8').trim();
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text)) return { kind: 'jws', text };
  if (text.startsWith('{')) {
    try {
      const json = JSON.parse(text) as Record<string, unknown>;
      if (json && json.procura === 'receipt' && typeof json.jws === 'string') return { kind: 'receipt', json };
      if (json && json.schema === 'procura.evidence/1') return { kind: 'evidence', json };
      return { kind: 'unknown', json };
    } catch {
      return { kind: 'unknown' };
    }
  }
  return { kind: 'unknown' };
}

/** Detects the kind of file and checks it. */
export async function verifyFile(bytes: Uint8Array, keys: KeysFile, opts: VerifyOptions = {}): Promise<Verdict> {
  const { kind, json, text } = detectKind(bytes);
  if (kind === 'pdf') return verifySealedPdf(bytes, keys, opts);
  if (kind === 'jws') return verifyReceipt(text!, undefined, keys, opts);
  if (kind === 'receipt') {
    const r = json as { jws: string; payload?: unknown };
    return verifyReceipt(r.jws, 'payload' in r ? { shown: r.payload } : undefined, keys, opts);
  }
  if (kind === 'evidence') return verifyEvidence(json as Evidence, keys, opts);
  if (isRightsReceipts(json)) return verifyRightsReceipts(json, keys, opts);
  return {
    kind,
    valid: false,
    problems: [
      'this is not a file procura verify knows: a receipt (JSON or compact JWS), a sealed PDF, or an evidence export (procura.evidence/1)',
    ],
    summary: [],
  };
}
