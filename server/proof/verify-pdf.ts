/**
 * `procura verify` on a sealed PDF: every signature dictionary (/ByteRange, /Contents), its CMS
 * SignedData (cms.ts), that the seal covers the whole file but its own value, that the certificate
 * is the one the keys file pins, and B-B or B-T (the timestamp's imprint).
 */
import { createHash } from 'node:crypto';
import type * as Asn1 from 'asn1js';
import {
  bytesOf,
  checkSigner,
  DIGESTS,
  OID,
  parseSignedData,
  pemToDer,
  same,
  type Asn1js,
  type Pkijs,
  type SignerCheck,
} from './cms.js';
import type { KeysFile, Lang, Verdict, VerifyOptions } from './verify-types.js';
import { dateWords } from './verify-words.js';

interface SignatureField {
  byteRange: [number, number, number, number];
  contents: Uint8Array;
  subFilter?: string;
  problems: string[];
}

/** Finds every signature dictionary by its /ByteRange; its /Contents is the gap the range leaves. */
function findSignatures(pdf: Uint8Array): SignatureField[] {
  const text = Buffer.from(pdf).toString('latin1');
  const out: SignatureField[] = [];
  for (const m of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const br: SignatureField['byteRange'] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    const problems: string[] = [];
    const [a, b, c, d] = br;
    let contents = new Uint8Array();
    if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length)
      problems.push(`the signature's byte range [${br.join(' ')}] is not a range of this file`);
    else {
      const hex = /^<([0-9A-Fa-f\s]*)>$/.exec(text.slice(b, c));
      if (!hex) problems.push('the bytes the signature leaves out are not only its /Contents value');
      else contents = new Uint8Array(Buffer.from((hex[1] ?? '').replace(/\s+/g, ''), 'hex'));
    }
    // The dictionary around it, for /SubFilter (a few hundred bytes either side).
    const at = m.index;
    const around = text.slice(Math.max(0, at - 2000), Math.min(text.length, at + 2000 + (c - b > 0 ? c - b : 0)));
    const sf = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(around)?.[1];
    out.push({ byteRange: br, contents, subFilter: sf, problems });
  }
  return out;
}

interface PdfContext {
  pkijs: Pkijs;
  asn1js: Asn1js;
  pdf: Uint8Array;
  pinned?: Uint8Array;
  lang: Lang;
  problems: string[];
  summary: string[];
}

/** B-T: a timestamp token over the signature value. Answers the level the signature reaches. */
function checkTimestamp(ctx: PdfContext, s: SignerCheck, what: string): 'B-B' | 'B-T' {
  const { pkijs, asn1js, problems } = ctx;
  const tst = s.unsigned?.find((a) => a.type === OID.timeStampToken);
  if (!tst) return 'B-B';
  try {
    const tsd = new pkijs.SignedData({
      schema: new pkijs.ContentInfo({ schema: tst.values[0] as Asn1.Sequence }).content,
    });
    const eContent = tsd.encapContentInfo.eContent;
    if (!eContent || tsd.encapContentInfo.eContentType !== OID.tstInfo) throw new Error('it holds no TSTInfo');
    const econtentBytes = bytesOf(eContent.getValue());
    const info = new pkijs.TSTInfo({ schema: asn1js.fromBER(econtentBytes).result });
    const alg = DIGESTS[info.messageImprint.hashAlgorithm.algorithmId];
    const imprint = bytesOf(info.messageImprint.hashedMessage.valueBlock.valueHexView);
    if (!alg || !s.signatureValue || !same(imprint, createHash(alg).update(s.signatureValue).digest()))
      problems.push(`${what}: the timestamp is not over this signature (its imprint differs)`);
    const ts = checkSigner(pkijs, tsd, econtentBytes, `${what}'s timestamp`);
    problems.push(...ts.problems);
    const authority = ts.certificate?.subject.replace(/\n/g, ', ') ?? 'an authority';
    ctx.summary.push(
      `${what} carries a timestamp of ${dateWords(info.genTime.toISOString(), ctx.lang)} from ${authority}: the seal existed then (the authority's certificate is reported, not judged: check it is one you trust).`,
    );
    return 'B-T';
  } catch (e) {
    problems.push(`${what}: its timestamp cannot be read (${(e as Error).message})`);
    return 'B-B';
  }
}

/** One signature field; answers whether it is by the pinned seal certificate. */
function checkField(ctx: PdfContext, f: SignatureField, what: string): boolean {
  const { pdf, problems } = ctx;
  problems.push(...f.problems.map((p) => `${what}: ${p}`));
  if (f.problems.length) return false;
  const [, b, c, d] = f.byteRange;
  const covered = Buffer.concat([Buffer.from(pdf.subarray(0, b)), Buffer.from(pdf.subarray(c, c + d))]);
  let signed;
  try {
    // /Contents is zero-padded: read one DER element and ignore the padding after it.
    signed = parseSignedData(ctx.pkijs, ctx.asn1js, f.contents);
  } catch (e) {
    problems.push(`${what}: /Contents is not a CMS signature (${(e as Error).message})`);
    return false;
  }
  if (f.subFilter === 'ETSI.RFC3161') {
    ctx.summary.push(`${what} is a document timestamp (B-LTA), not checked further by procura verify.`);
    return false;
  }
  const s = checkSigner(ctx.pkijs, signed, covered, what);
  problems.push(...s.problems);
  const isPinned = !!(ctx.pinned && s.certDer && same(ctx.pinned, s.certDer));
  const wholeFile = c + d === pdf.length;
  if (isPinned && !wholeFile)
    problems.push(`${what}: ${pdf.length - (c + d)} bytes were added to the file after it was sealed`);
  if (isPinned && f.subFilter && f.subFilter !== 'ETSI.CAdES.detached')
    problems.push(`${what}: its SubFilter is ${f.subFilter}, not ETSI.CAdES.detached (PAdES)`);
  const level = checkTimestamp(ctx, s, what);
  const subject = s.certificate?.subject.replace(/\n/g, ', ');
  const pinnedWords = isPinned ? ', the seal certificate of the keys file' : '';
  const covers = wholeFile ? 'the whole file except its own value' : `bytes 0 to ${c + d}`;
  const clock = level === 'B-T' ? '' : ', not a proven time';
  const time = s.signingTime
    ? `; it claims to be made on ${dateWords(s.signingTime.toISOString(), ctx.lang)} (the sealer's clock${clock})`
    : '';
  ctx.summary.unshift(`${what} (PAdES ${level}) is by ${subject}${pinnedWords}; it covers ${covers}${time}.`);
  return isPinned;
}

export async function verifySealedPdf(pdf: Uint8Array, keys: KeysFile, opts: VerifyOptions = {}): Promise<Verdict> {
  const [pkijs, asn1js] = await Promise.all([import('pkijs'), import('asn1js')]);
  const fields = findSignatures(pdf);
  if (!fields.length)
    return {
      kind: 'pdf',
      valid: false,
      problems: ['the PDF carries no signature (no /ByteRange): it is not a sealed copy'],
      summary: [],
    };
  const pinned = keys.seal ? pemToDer(keys.seal.certificate) : undefined;
  const ctx: PdfContext = { pkijs, asn1js, pdf, pinned, lang: opts.lang ?? 'en', problems: [], summary: [] };
  const { problems, summary } = ctx;
  if (!keys.seal)
    problems.push(
      "the keys file has no seal certificate (the server had no seal): nothing to pin the PDF's certificate to",
    );
  let sealFound = false;
  for (const [i, f] of fields.entries()) {
    if (checkField(ctx, f, fields.length > 1 ? `signature ${i + 1}` : 'the seal')) sealFound = true;
  }
  if (keys.seal && !sealFound) problems.push('no signature in the PDF is by the seal certificate of the keys file');
  const reason = /\/Reason\s*\(([^)]*)\)/.exec(Buffer.from(pdf).toString('latin1'))?.[1];
  if (reason) summary.push(`The seal's reason reads: "${reason}".`);
  summary.push(
    'It proves the file is, byte for byte, what the holder of the seal certificate sealed; not who signed the document inside, nor that what it says is true.',
  );
  return { kind: 'pdf', valid: problems.length === 0, problems, summary };
}
