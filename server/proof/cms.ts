/**
 * The CMS (SignedData) checks of `procura verify`: one SignerInfo's messageDigest, its
 * signing-certificate-v2, and its signature with the embedded certificate's key.
 */
import { createHash, X509Certificate, verify as cryptoVerify, constants } from 'node:crypto';
import type * as Asn1 from 'asn1js';
import type * as Pki from 'pkijs';

export type Pkijs = typeof Pki;
export type Asn1js = typeof Asn1;

export const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  rsaPss: '1.2.840.113549.1.1.10',
};
export const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

export const bytesOf = (b: ArrayBuffer | ArrayBufferView) =>
  b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
export const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
export const pemToDer = (pem: string) =>
  new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64'));

export interface SignerCheck {
  problems: string[];
  certDer?: Uint8Array;
  certificate?: X509Certificate;
  signingTime?: Date;
  signatureValue?: Uint8Array;
  unsigned?: { type: string; values: unknown[] }[];
}

type Attribute = Pki.Attribute;

/** The signer's certificate: the one the SignerInfo names (issuer and serial, or key identifier). */
function signerCertificate(pkijs: Pkijs, signed: Pki.SignedData, si: Pki.SignerInfo): Pki.Certificate | undefined {
  const certs = (signed.certificates ?? []).filter((c): c is Pki.Certificate => c instanceof pkijs.Certificate);
  const sid = si.sid as Pki.IssuerAndSerialNumber | Asn1.Constructed;
  if (sid instanceof pkijs.IssuerAndSerialNumber)
    return certs.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer));
  const id = sid.valueBlock?.value?.[0] as Asn1.OctetString | undefined;
  return certs.find((c) => {
    const ski = c.extensions?.find((e) => e.extnID === '2.5.29.14');
    return (
      ski &&
      id &&
      same(bytesOf((ski.parsedValue as Asn1.OctetString).valueBlock.valueHexView), bytesOf(id.valueBlock.valueHexView))
    );
  });
}

/** messageDigest: the hash of the signed bytes. */
function checkMessageDigest(attrs: Attribute[], hashName: string, content: Uint8Array, what: string): string[] {
  const value = attrs.find((a) => a.type === OID.messageDigest)?.values[0] as
    { valueBlock?: { valueHexView?: Uint8Array } } | undefined;
  const md = value?.valueBlock?.valueHexView;
  if (!md) return [`${what} has no messageDigest`];
  if (!same(bytesOf(md), createHash(hashName).update(content).digest()))
    return [
      `${what}: the signed bytes were changed after signing (their ${hashName.toUpperCase()} is not the one signed)`,
    ];
  return [];
}

/** The digest algorithm and hash an ESSCertIDv2 names (the algorithm is SHA-256 when left out). */
function certId(scv2: Asn1.Sequence): { alg: string; hash: Uint8Array } {
  const first = (scv2.valueBlock.value[0] as Asn1.Sequence).valueBlock.value[0] as Asn1.Sequence;
  const [head, second] = first.valueBlock.value;
  if (!head) throw new Error('empty ESSCertIDv2');
  if (head.constructor.name === 'Sequence' || (head as Asn1.Sequence).idBlock.tagNumber === 16) {
    const oid = ((head as Asn1.Sequence).valueBlock.value[0] as Asn1.ObjectIdentifier).valueBlock.toString();
    return { alg: DIGESTS[oid] ?? oid, hash: bytesOf((second as Asn1.OctetString).valueBlock.valueHexView) };
  }
  return { alg: 'sha256', hash: bytesOf((head as Asn1.OctetString).valueBlock.valueHexView) };
}

/** signing-certificate-v2: the hash of the embedded certificate. */
function checkSigningCertificate(attrs: Attribute[], certDer: Uint8Array, what: string): string[] {
  const scv2 = attrs.find((a) => a.type === OID.signingCertificateV2)?.values[0] as Asn1.Sequence | undefined;
  if (!scv2) return [`${what} has no signing-certificate-v2 attribute (PAdES baseline requires it)`];
  try {
    const { alg, hash } = certId(scv2);
    if (!Object.values(DIGESTS).includes(alg))
      return [`${what}: signing-certificate-v2 uses an unknown digest (${alg})`];
    if (!same(hash, createHash(alg).update(certDer).digest()))
      return [`${what}: signing-certificate-v2 names another certificate than the one embedded`];
    return [];
  } catch {
    return [`${what}: the signing-certificate-v2 attribute cannot be read`];
  }
}

/** The signature over the DER of the signed attributes, with the certificate's key. */
function checkSignature(
  si: Pki.SignerInfo,
  signedAttrs: Pki.SignedAndUnsignedAttributes,
  certificate: X509Certificate,
  hashName: string,
  what: string,
): string[] {
  const signatureValue = bytesOf(si.signature.valueBlock.valueHexView);
  const tbs = bytesOf(signedAttrs.encodedValue);
  const key = certificate.publicKey;
  try {
    let ok: boolean;
    if (key.asymmetricKeyType === 'ec') ok = cryptoVerify(hashName, tbs, { key, dsaEncoding: 'der' }, signatureValue);
    else if (key.asymmetricKeyType === 'rsa' && si.signatureAlgorithm.algorithmId === OID.rsaPss) {
      const pss = { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO };
      ok = cryptoVerify(hashName, tbs, pss, signatureValue);
    } else if (key.asymmetricKeyType === 'rsa') ok = cryptoVerify(hashName, tbs, key, signatureValue);
    else if (key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448')
      ok = cryptoVerify(null, tbs, key, signatureValue);
    else return [`${what}: a ${key.asymmetricKeyType} key, which procura verify does not check`];
    return ok ? [] : [`${what}: the signature does not match the certificate's key`];
  } catch (e) {
    return [`${what}: the signature cannot be checked (${(e as Error).message})`];
  }
}

/** Checks the first SignerInfo of a SignedData over `content` (the detached signed bytes, or the eContent). */
export function checkSigner(pkijs: Pkijs, signed: Pki.SignedData, content: Uint8Array, what: string): SignerCheck {
  const si = signed.signerInfos[0];
  if (!si) return { problems: [`${what} has no signer`] };
  const hashName = DIGESTS[si.digestAlgorithm.algorithmId];
  if (!hashName)
    return { problems: [`${what} uses a digest procura verify does not know (${si.digestAlgorithm.algorithmId})`] };
  const cert = signerCertificate(pkijs, signed, si);
  if (!cert) return { problems: [`${what} does not embed its signer's certificate`] };
  const certDer = bytesOf(cert.toSchema().toBER());
  const certificate = new X509Certificate(Buffer.from(certDer));
  const attrs = si.signedAttrs?.attributes ?? [];
  const problems: string[] = [];
  if (!si.signedAttrs) problems.push(`${what} has no signed attributes (CAdES requires them)`);
  problems.push(...checkMessageDigest(attrs, hashName, content, what));
  problems.push(...checkSigningCertificate(attrs, certDer, what));
  if (si.signedAttrs) problems.push(...checkSignature(si, si.signedAttrs, certificate, hashName, what));
  const st = attrs.find((a) => a.type === OID.signingTime)?.values[0] as { toDate?: () => Date } | undefined;
  return {
    problems,
    certDer,
    certificate,
    signingTime: st?.toDate?.(),
    signatureValue: bytesOf(si.signature.valueBlock.valueHexView),
    unsigned: si.unsignedAttrs?.attributes.map((a) => ({ type: a.type, values: a.values })),
  };
}

export function parseSignedData(pkijs: Pkijs, asn1js: Asn1js, der: Uint8Array): Pki.SignedData {
  const asn1 = asn1js.fromBER(der);
  if (asn1.offset === -1) throw new Error('not DER');
  const ci = new pkijs.ContentInfo({ schema: asn1.result });
  if (ci.contentType !== OID.signedData) throw new Error(`a ${ci.contentType}, not a CMS SignedData`);
  return new pkijs.SignedData({ schema: ci.content });
}
