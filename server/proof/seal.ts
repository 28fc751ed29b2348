/**
 * The seal: every accepted mandate and access-request PDF gets an advanced electronic seal,
 * PAdES baseline B-B (CMS `ETSI.CAdES.detached` with the ESS signing-certificate-v2 attribute),
 * B-T when a timestamp authority is configured (its RFC 3161 token in the signature).
 *
 * Library: @libpdf/core (pure JS, CMS built with pkijs/asn1js). Checked in its code (0.4.2,
 * `CAdESDetachedBuilder`): the subFilter is `ETSI.CAdES.detached` by default and the signed
 * attributes carry signing-certificate-v2 (1.2.840.113549.1.9.16.2.47) with issuerSerial.
 * The seal is an incremental update: the client's original bytes are a prefix of the sealed copy,
 * and the seal's /Reason names their SHA-256 too.
 * One deviation we cannot turn off: the library always adds the CMS signing-time attribute,
 * which ETSI EN 319 142-1 asks a PAdES baseline generator to leave out (readers accept it; its
 * value is the same server time as the dictionary's /M, a claim, never a timestamp).
 *
 * Configuration (server/README.md, "Seal"): PROCURA_SEAL_P12 + PROCURA_SEAL_P12_PASSWORD, or
 * PROCURA_SEAL_CERT + PROCURA_SEAL_KEY (PEM); PROCURA_TSA_URL (comma-separated, tried in order);
 * PROCURA_SEAL=off. Demo mode without them: a self-signed certificate labelled as a demo, made at
 * first start and kept in DATA_DIR (seal-demo-cert.pem, seal-demo-key.pem), or for this process.
 */
import { createHash, createPrivateKey, verify, webcrypto, X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CryptoKeySigner,
  HttpTimestampAuthority,
  P12Signer,
  PDF,
  type DigestAlgorithm,
  type Signer,
} from '@libpdf/core';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { Problem } from '../errors.js';
import { DEMO_SEAL_SUBJECT, fromPem, makeSelfSignedCertificate, toPem } from './demo-certificate.js';
import type { SealedDocument, Sealer, SealInfo } from './types.js';

export class SealConfigError extends Error {}

/** How long a person's outbox waits before it sends again when no timestamp authority answered. */
export const SEAL_RETRY_AFTER_SECONDS = 60;

export interface SealerOptions {
  /** RFC 3161 timestamp authorities, tried in order: B-T. None: B-B. */
  tsaUrls?: string[];
  /** Per authority (default 10 s). */
  tsaTimeoutMs?: number;
  /** The server's clock: the claimed signing time (/M) of a B-B seal. */
  now?: () => Date;
}

export interface LoadSealerOptions extends SealerOptions {
  p12?: string;
  p12Password?: string;
  certFile?: string;
  keyFile?: string;
  /** Demo mode (or a host-provided store): a demo certificate may be made. */
  demo: boolean;
  /** A PGlite folder to keep a made demo certificate in (not `memory://`). */
  dataDir?: string;
}

const CONFIG_HINT =
  'set PROCURA_SEAL_P12 and PROCURA_SEAL_P12_PASSWORD (a PKCS#12 file), or PROCURA_SEAL_CERT and PROCURA_SEAL_KEY (PEM files), or PROCURA_SEAL=off to run without sealing (sealed PDFs can then not be checked offline)';

/** The seal environment: PROCURA_SEAL, PROCURA_SEAL_P12(_PASSWORD), PROCURA_SEAL_CERT/KEY, PROCURA_TSA_URL. */
export function sealOptionsFromEnv(
  env: NodeJS.ProcessEnv,
): { off: boolean } & Omit<LoadSealerOptions, 'demo' | 'dataDir' | 'now'> {
  return {
    off: env.PROCURA_SEAL === 'off',
    p12: env.PROCURA_SEAL_P12 || undefined,
    p12Password: env.PROCURA_SEAL_P12_PASSWORD ?? undefined,
    certFile: env.PROCURA_SEAL_CERT || undefined,
    keyFile: env.PROCURA_SEAL_KEY || undefined,
    tsaUrls: (env.PROCURA_TSA_URL ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

/** PROCURA_SEAL_P12: a PKCS#12 file and its password. */
async function p12Signer(p12: string, password: string): Promise<Signer> {
  if (!existsSync(p12)) throw new SealConfigError(`PROCURA_SEAL_P12 names ${p12}, which does not exist`);
  try {
    return await P12Signer.create(new Uint8Array(readFileSync(p12)), password);
  } catch (err) {
    throw new SealConfigError(
      `PROCURA_SEAL_P12 (${p12}) cannot be opened with PROCURA_SEAL_P12_PASSWORD: ${(err as Error).message}`,
    );
  }
}

/** PROCURA_SEAL_CERT and PROCURA_SEAL_KEY: PEM files, both or neither. */
async function pemFilesSigner(certFile: string | undefined, keyFile: string | undefined): Promise<Signer> {
  if (!certFile || !keyFile)
    throw new SealConfigError(
      'PROCURA_SEAL_CERT and PROCURA_SEAL_KEY go together: the certificate (PEM, its chain after it) and its private key (PEM)',
    );
  for (const f of [certFile, keyFile])
    if (!existsSync(f)) throw new SealConfigError(`${f} (PROCURA_SEAL_CERT or PROCURA_SEAL_KEY) does not exist`);
  return pemSigner(readFileSync(certFile, 'utf8'), readFileSync(keyFile, 'utf8'));
}

/** Demo mode: the certificate made at first start, kept in the data directory when there is one. */
async function demoSigner(dataDir: string | undefined): Promise<Signer> {
  const keep = dataDir && !dataDir.startsWith('memory://') ? dataDir : undefined;
  const certPath = keep && join(keep, 'seal-demo-cert.pem');
  const keyPath = keep && join(keep, 'seal-demo-key.pem');
  if (certPath && keyPath && existsSync(certPath) && existsSync(keyPath))
    return pemSigner(readFileSync(certPath, 'utf8'), readFileSync(keyPath, 'utf8'));
  const made = await makeSelfSignedCertificate({ commonName: DEMO_SEAL_SUBJECT });
  if (keep && certPath && keyPath) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(keyPath, made.keyPem, { mode: 0o600 });
    chmodSync(keyPath, 0o600);
    writeFileSync(certPath, made.certificatePem);
  }
  return new CryptoKeySigner(made.privateKey, made.certificate, 'RSA', 'RSASSA-PKCS1-v1_5');
}

export async function loadSealer(opts: LoadSealerOptions): Promise<Sealer> {
  if (opts.p12) return new PadesSealer(await p12Signer(opts.p12, opts.p12Password ?? ''), 'configured', opts);
  if (opts.certFile || opts.keyFile)
    return new PadesSealer(await pemFilesSigner(opts.certFile, opts.keyFile), 'configured', opts);
  if (!opts.demo) throw new SealConfigError(`a seal certificate is required outside demo mode: ${CONFIG_HINT}`);
  return new PadesSealer(await demoSigner(opts.dataDir), 'demo', opts);
}

/** A certificate (PEM, chain after it) and its private key (PEM: PKCS#8, PKCS#1 or SEC 1). */
async function pemSigner(certText: string, keyText: string): Promise<Signer> {
  const [certificate, ...chain] = fromPem(certText, 'CERTIFICATE');
  if (!certificate) throw new SealConfigError('the seal certificate file holds no PEM CERTIFICATE block');
  let key;
  try {
    key = createPrivateKey(keyText);
  } catch (err) {
    throw new SealConfigError(`the seal key is not a PEM private key: ${(err as Error).message}`);
  }
  if (!new X509Certificate(Buffer.from(certificate)).checkPrivateKey(key))
    throw new SealConfigError('the seal key does not belong to the seal certificate');
  const pkcs8 = key.export({ format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType === 'rsa') {
    const privateKey = await webcrypto.subtle.importKey(
      'pkcs8',
      pkcs8,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    return new CryptoKeySigner(privateKey, certificate, 'RSA', 'RSASSA-PKCS1-v1_5', chain);
  }
  if (key.asymmetricKeyType === 'ec') {
    const curve = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[
      key.asymmetricKeyDetails?.namedCurve ?? ''
    ];
    if (!curve)
      throw new SealConfigError(
        `the seal key's curve (${key.asymmetricKeyDetails?.namedCurve}) is not P-256, P-384 or P-521`,
      );
    const privateKey = await webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: curve }, false, [
      'sign',
    ]);
    return new CryptoKeySigner(privateKey, certificate, 'EC', 'ECDSA', chain);
  }
  throw new SealConfigError(`the seal key is ${key.asymmetricKeyType}; an RSA or EC key is needed`);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

class PadesSealer implements Sealer {
  readonly certificatePem: string;
  readonly certificateSha256: string;
  private readonly tsaUrls: string[];

  constructor(
    private readonly signer: Signer,
    readonly origin: 'configured' | 'demo',
    private readonly opts: SealerOptions,
  ) {
    this.certificatePem = toPem('CERTIFICATE', signer.certificate);
    this.certificateSha256 = sha256(signer.certificate);
    this.tsaUrls = opts.tsaUrls ?? [];
  }

  async seal(original: Uint8Array, info: SealInfo): Promise<SealedDocument> {
    const tsa = this.tsaUrls.length
      ? new FallbackTimestamps(this.tsaUrls, this.opts.tsaTimeoutMs ?? 10_000)
      : undefined;
    const signingTime = (this.opts.now ?? (() => new Date()))();
    const pdf = await PDF.load(original);
    const { bytes } = await pdf.sign({
      signer: this.signer,
      level: tsa ? 'B-T' : 'B-B',
      ...(tsa && { timestampAuthority: tsa }),
      signingTime,
      reason: sealReason(info),
      location: 'procura',
      fieldName: 'procura-seal',
    });
    return { bytes, sha256: sha256(bytes), level: tsa ? 'B-T' : 'B-B', sealedAt: tsa?.genTime ?? signingTime };
  }
}

/**
 * The seal's /Reason: the original's SHA-256 (what both parties signed), the document, and who
 * assisted a submission made by a broker. Printable ASCII only, so every reader shows it as written.
 */
export function sealReason(info: SealInfo): string {
  const assisted = info.assistedBy
    ? ` Envoi assiste par ${ascii(info.assistedBy.displayName)}, identifiant ${ascii(info.assistedBy.id)}.`
    : '';
  return `Sceau procura. Original SHA-256 ${info.originalSha256}. Document ${info.documentId}.${assisted}`;
}

// No parentheses or backslashes either: @libpdf/core 0.4.2 escapes them twice in /Reason.
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|[()\\]/g, '?');

/**
 * The configured authorities in order; a token is kept only when its imprint is the digest we
 * sent and its CMS signature holds. None left: 503 `seal-unavailable` (the outbox sends again
 * later), never a seal dated by our own clock.
 */
class FallbackTimestamps {
  genTime?: Date;

  constructor(
    private readonly urls: string[],
    private readonly timeoutMs: number,
  ) {}

  async timestamp(digest: Uint8Array, algorithm: DigestAlgorithm): Promise<Uint8Array> {
    const failures: string[] = [];
    for (const url of this.urls) {
      try {
        const token = await new HttpTimestampAuthority(url, { timeout: this.timeoutMs }).timestamp(digest, algorithm);
        this.genTime = await checkToken(token, digest);
        return token;
      } catch (err) {
        failures.push(`${url}: ${(err as Error).message}`);
      }
    }
    throw new Problem(
      'seal-unavailable',
      'No timestamp authority answered; the document was not stored. Send it again later.',
      undefined,
      {
        retryAfter: SEAL_RETRY_AFTER_SECONDS,
        cause: failures.join('; '),
      },
    );
  }
}

const OID_TST_INFO = '1.2.840.113549.1.9.16.1.4';

/** The token's genTime, once its imprint and signature are checked. */
async function checkToken(token: Uint8Array, digest: Uint8Array): Promise<Date> {
  const asn = asn1js.fromBER(token.slice().buffer);
  if (asn.offset === -1) throw new Error('the token is not DER');
  const signed = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: asn.result }).content });
  if (signed.encapContentInfo.eContentType !== OID_TST_INFO || !signed.encapContentInfo.eContent)
    throw new Error('the token holds no TSTInfo');
  const tst = new pkijs.TSTInfo({ schema: asn1js.fromBER(signed.encapContentInfo.eContent.getValue()).result });
  if (Buffer.compare(Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView), Buffer.from(digest)) !== 0)
    throw new Error('the token is for another digest');
  // The CMS signature over the signed attributes, and their message digest over the TSTInfo.
  // (pkijs' own SignedData.verify wants the timestamped data itself; we only hold its digest.)
  const si = signed.signerInfos[0];
  const cert = signed.certificates?.find(
    (c): c is pkijs.Certificate =>
      c instanceof pkijs.Certificate &&
      si !== undefined &&
      si.sid instanceof pkijs.IssuerAndSerialNumber &&
      c.serialNumber.isEqual(si.sid.serialNumber),
  );
  if (!si?.signedAttrs || !cert) throw new Error('the token names no signer certificate (certReq was asked)');
  const md = si.signedAttrs.attributes.find((a) => a.type === '1.2.840.113549.1.9.4')?.values[0] as
    asn1js.OctetString | undefined;
  const content = new Uint8Array(signed.encapContentInfo.eContent.getValue());
  if (
    !md ||
    Buffer.compare(Buffer.from(md.valueBlock.valueHexView), createHash('sha256').update(content).digest()) !== 0
  )
    throw new Error('the token message digest does not match its TSTInfo');
  const attrs = new Uint8Array(si.signedAttrs.encodedValue);
  attrs[0] = 0x31; // signed as a SET OF, not as the [0] IMPLICIT it is stored as
  const publicKey = new X509Certificate(Buffer.from(cert.toSchema().toBER(false))).publicKey;
  if (!verify('sha256', attrs, publicKey, Buffer.from(si.signature.valueBlock.valueHexView)))
    throw new Error('the token signature does not hold');
  return tst.genTime;
}
