/**
 * The server's proof key: an ECDSA P-256 key that signs receipts and checkpoints as compact JWS
 * (ES256). Its public half is published at `GET /proof/keys` (a JWK Set); anyone who saved that
 * answer checks a receipt, a checkpoint or an evidence export offline (`procura verify`).
 *
 * Where it comes from (server/README.md, "Proof"):
 * - `PROCURA_PROOF_KEY`: a PEM file (PKCS#8 EC P-256 private key). Required outside demo mode.
 * - demo mode: made at first start and kept in `DATA_DIR/proof-key.pem` (mode 0600); with
 *   `DATA_DIR=memory://` or PostgreSQL and no file, a key for this process only.
 *
 * The key never goes into the database: an insider who can write every table still cannot sign.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KeyObject, sign as cryptoSign } from 'node:crypto';
import {
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  importJWK,
  importPKCS8,
  type JWK,
} from 'jose';
import { canonicalJson } from '../../src/model/canonical.js';

export const PROOF_ALG = 'ES256';

export interface ProofKey {
  /** The JWK thumbprint (RFC 7638) of the public key: the `kid` of every JWS it makes. */
  readonly kid: string;
  readonly publicJwk: JWK & { kid: string; alg: string; use: 'sig' };
  /** Where the key came from, for the start-up line: `file <path>`, `made <path>`, `this process only`. */
  readonly source: string;
  /** A compact JWS whose payload is the canonical JSON of `payload`, with `typ` in the header. */
  sign(payload: unknown, typ: string): Promise<string>;
}

export interface LoadProofKeyOptions {
  /** A PEM file (PKCS#8 EC P-256 private key): env PROCURA_PROOF_KEY. */
  file?: string;
  /** Demo mode: a key may be made (and kept under `dataDir`). */
  demo: boolean;
  /** A PGlite folder to keep a made key in (not `memory://`). */
  dataDir?: string;
}

export class ProofKeyError extends Error {}

const MAKE_KEY_HINT =
  'make one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out proof-key.pem` and keep it out of the database and its backups';

export async function loadProofKey(opts: LoadProofKeyOptions): Promise<ProofKey> {
  if (opts.file) {
    if (!existsSync(opts.file))
      throw new ProofKeyError(`PROCURA_PROOF_KEY names ${opts.file}, which does not exist: ${MAKE_KEY_HINT}`);
    return fromPem(readFileSync(opts.file, 'utf8'), `file ${opts.file}`);
  }
  if (!opts.demo)
    throw new ProofKeyError(
      `PROCURA_PROOF_KEY is required outside demo mode (receipts and checkpoints are signed with it): ${MAKE_KEY_HINT}`,
    );
  const keep = opts.dataDir && !opts.dataDir.startsWith('memory://') ? join(opts.dataDir, 'proof-key.pem') : undefined;
  if (keep && existsSync(keep)) return fromPem(readFileSync(keep, 'utf8'), `file ${keep}`);
  const made = await makeProofKey();
  if (!keep) return made.key;
  mkdirSync(dirname(keep), { recursive: true });
  writeFileSync(keep, made.pem, { mode: 0o600 });
  chmodSync(keep, 0o600);
  return { ...made.key, source: `made ${keep}` };
}

/** A new key for this process (tests, memory stores). */
export async function ephemeralProofKey(): Promise<ProofKey> {
  return (await makeProofKey()).key;
}

async function makeProofKey(): Promise<{ key: ProofKey; pem: string }> {
  const { privateKey } = await generateKeyPair(PROOF_ALG, { extractable: true });
  const pem = await exportPKCS8(privateKey);
  return { key: await fromPem(pem, 'this process only'), pem };
}

async function fromPem(pem: string, source: string): Promise<ProofKey> {
  let privateKey: CryptoKey;
  try {
    privateKey = (await importPKCS8(pem, PROOF_ALG, { extractable: true })) as CryptoKey;
  } catch (err) {
    throw new ProofKeyError(
      `the proof key (${source}) is not a PKCS#8 EC P-256 private key: ${(err as Error).message}`,
    );
  }
  const { d: _private, ...pub } = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(pub, 'sha256');
  const publicJwk = { ...pub, kid, alg: PROOF_ALG, use: 'sig' as const };
  // The compact JWS as jose's CompactSign writes it, signed by node:crypto on the request's own
  // thread: WebCrypto's sign goes through the thread pool and a promise per call, and
  // POST /consents signs a receipt per record (issue 19).
  const key = KeyObject.from(privateKey);
  const headers = new Map<string, string>();
  const headerOf = (typ: string) => {
    let h = headers.get(typ);
    if (h === undefined) headers.set(typ, (h = b64(JSON.stringify({ alg: PROOF_ALG, kid, typ }))));
    return h;
  };
  return {
    kid,
    publicJwk,
    source,
    sign: (payload, typ) => {
      const input = `${headerOf(typ)}.${b64(canonicalJson(payload))}`;
      const signature = cryptoSign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
      return Promise.resolve(`${input}.${signature.toString('base64url')}`);
    },
  };
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');

export type JwsCheck<T> =
  { ok: true; payload: T; typ: string | undefined; kid: string } | { ok: false; reason: string };

/**
 * Checks a compact JWS against a JWK Set (the saved `GET /proof/keys` answer, or the server's
 * own key). Also checks that the payload is canonical JSON, so two texts never prove the same.
 */
export async function verifyJws<T = unknown>(jws: string, keys: readonly JWK[]): Promise<JwsCheck<T>> {
  let header;
  try {
    header = decodeProtectedHeader(jws.trim());
  } catch {
    return { ok: false, reason: 'not a compact JWS' };
  }
  if (header.alg !== PROOF_ALG) return { ok: false, reason: `unexpected algorithm ${String(header.alg)}` };
  const jwk = keys.find((k) => k.kid === header.kid);
  if (!jwk) return { ok: false, reason: `signed by an unknown key (${String(header.kid)})` };
  try {
    const { payload } = await compactVerify(jws.trim(), await importJWK(jwk, PROOF_ALG));
    const text = new TextDecoder().decode(payload);
    const value = JSON.parse(text) as T;
    if (canonicalJson(value) !== text) return { ok: false, reason: 'the payload is not canonical JSON' };
    return { ok: true, payload: value, typ: header.typ, kid: header.kid! };
  } catch (err) {
    return {
      ok: false,
      reason:
        (err as Error).name === 'JWSSignatureVerificationFailed'
          ? 'the signature does not match'
          : (err as Error).message,
    };
  }
}
