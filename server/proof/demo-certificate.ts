/**
 * Self-signed X.509 certificates made with pkijs (the ASN.1 library @libpdf/core builds its CMS
 * with): the demo seal's certificate (made at first start in demo mode, its subject saying it is
 * not a qualified seal) and the test timestamp authority's (server/test/tsa.ts).
 */
import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** The subject's common name of every demo seal: a reader sees it in any PDF viewer's signature panel. */
export const DEMO_SEAL_SUBJECT = 'procura DEMO seal - not a qualified seal';

const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  country: '2.5.4.6',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  timeStamping: '1.3.6.1.5.5.7.3.8',
};

const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
} as const;

export interface MadeCertificate {
  /** DER of the certificate. */
  certificate: Uint8Array;
  privateKey: CryptoKey;
  certificatePem: string;
  /** PKCS#8 PEM of the private key. */
  keyPem: string;
}

export interface CertificateRequest {
  commonName: string;
  organization?: string;
  /** Years from now until it expires (the notBefore is an hour ago, for clocks a little behind). */
  years?: number;
  /** A timestamp authority's certificate: extended key usage timeStamping only, critical (RFC 3161 2.3). */
  timeStamping?: boolean;
}

/** The subject (and issuer) name: a common name, and an organization when given. */
function subjectName(req: CertificateRequest): pkijs.AttributeTypeAndValue[] {
  const attribute = (type: string, value: string) =>
    new pkijs.AttributeTypeAndValue({ type, value: new asn1js.Utf8String({ value }) });
  return [
    attribute(OID.commonName, req.commonName),
    ...(req.organization ? [attribute(OID.organization, req.organization)] : []),
  ];
}

/** Not a CA; digitalSignature + nonRepudiation (contentCommitment), what a seal does; its key id; timeStamping for a TSA. */
function extensions(cert: pkijs.Certificate, timeStamping: boolean | undefined): pkijs.Extension[] {
  const keyUsage = new asn1js.BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 });
  const ski = createHash('sha1')
    .update(Buffer.from(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView))
    .digest();
  return [
    new pkijs.Extension({
      extnID: OID.basicConstraints,
      critical: true,
      extnValue: new pkijs.BasicConstraints({ cA: false }).toSchema().toBER(false),
      parsedValue: new pkijs.BasicConstraints({ cA: false }),
    }),
    new pkijs.Extension({ extnID: OID.keyUsage, critical: true, extnValue: keyUsage.toBER(false) }),
    new pkijs.Extension({
      extnID: OID.subjectKeyIdentifier,
      critical: false,
      extnValue: new asn1js.OctetString({ valueHex: ski }).toBER(false),
    }),
    ...(timeStamping
      ? [
          new pkijs.Extension({
            extnID: OID.extKeyUsage,
            critical: true,
            extnValue: new pkijs.ExtKeyUsage({ keyPurposes: [OID.timeStamping] }).toSchema().toBER(false),
          }),
        ]
      : []),
  ];
}

export async function makeSelfSignedCertificate(req: CertificateRequest): Promise<MadeCertificate> {
  const keys = (await webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ valueHex: positiveSerial() });
  const name = subjectName(req);
  cert.subject.typesAndValues = name;
  cert.issuer.typesAndValues = name;
  const now = Date.now();
  cert.notBefore.value = new Date(now - 3600_000);
  cert.notAfter.value = new Date(now + (req.years ?? 10) * 365 * 86400_000);
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey);
  cert.extensions = extensions(cert, req.timeStamping);
  await cert.sign(keys.privateKey, 'SHA-256');
  const der = new Uint8Array(cert.toSchema(true).toBER(false));
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return {
    certificate: der,
    privateKey: keys.privateKey,
    certificatePem: toPem('CERTIFICATE', der),
    keyPem: toPem('PRIVATE KEY', pkcs8),
  };
}

export function toPem(label: string, der: Uint8Array): string {
  const b64 = Buffer.from(der)
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
}

/** Every `-----BEGIN <label>-----` block of a PEM text, as DER, in order. */
export function fromPem(text: string, label: string): Uint8Array[] {
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return [...text.matchAll(re)].map((m) => new Uint8Array(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')));
}

/** 16 random bytes with the top bit clear: a positive INTEGER, as RFC 5280 4.1.2.2 asks. */
function positiveSerial(): ArrayBuffer {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return bytes.buffer;
}
