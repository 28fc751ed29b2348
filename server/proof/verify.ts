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
 * Every function answers `{ valid, problems, summary }`: problems are the reasons it is not
 * valid, in plain words; the summary says what the file proves (and what it does not).
 */
import { createHash, X509Certificate, verify as cryptoVerify, constants } from 'node:crypto';
import type { JWK } from 'jose';
import { canonicalJson } from '../../src/model/canonical.js';
import { eventHash, GENESIS } from '../chain.js';
import { verifyJws } from './keys.js';

export interface KeysFile {
  keys: JWK[];
  seal: { certificate: string; sha256: string; origin?: string } | null;
}

export type FileKind = 'receipt' | 'jws' | 'pdf' | 'evidence' | 'unknown';

export interface Verdict {
  kind: FileKind;
  valid: boolean;
  /** Why it is not valid: one sentence each. */
  problems: string[];
  /** What the file proves, in plain words (also when not valid: what it would have proved). */
  summary: string[];
}

export type Lang = 'en' | 'fr';

export interface VerifyOptions {
  /** `--document`: the PDF an evidence export speaks of. */
  document?: Uint8Array;
  lang?: Lang;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

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
  return {
    kind,
    valid: false,
    problems: [
      'this is not a file procura verify knows: a receipt (JSON or compact JWS), a sealed PDF, or an evidence export (procura.evidence/1)',
    ],
    summary: [],
  };
}

// ——— plain words ———

const dateWords = (iso: unknown, lang: Lang) => {
  const d = typeof iso === 'string' ? new Date(iso) : undefined;
  if (!d || Number.isNaN(d.getTime())) return String(iso);
  const words = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-BE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone: 'UTC',
  }).format(d);
  return `${words} (${d.toISOString()})`;
};

const T = {
  en: {
    keyboard:
      "It does not prove who sat at the keyboard: only that procura's server received and signed this, at that time.",
    consent: (p: Rec, decisions: string, lang: Lang) =>
      `procura's server${p.iss && p.iss !== 'procura' ? ` (${p.iss})` : ''} received on ${dateWords(p.receivedAt, lang)} a consent record (${p.recordId}) for subject ${p.subject}: ${decisions}.`,
    decision: (d: Rec) => `purpose ${d.purpose} ${d.state}${d.basis ? ` (basis: ${d.basis})` : ''}`,
    notice: (n: Rec) => `The person was shown notice ${n.id} version ${n.version} (SHA-256 ${n.sha256}).`,
    collected: (p: Rec, lang: Lang) =>
      `The person's device said it collected the choices on ${dateWords(p.collectedAt, lang)}: a claim of the device, not checked by the server's clock.`,
    record: (h: unknown) => `The stored record's SHA-256 is ${h}.`,
    mandate: (p: Rec, lang: Lang) => {
      const who = p.mandatary
        ? `${(p.mandatary as Rec).display}${(p.mandatary as Rec).email ? ` <${(p.mandatary as Rec).email}>` : ''}`
        : null;
      const what =
        p.kind === 'access-request'
          ? `an access request by ${(p.grantor as Rec)?.display}`
          : `a mandate by which ${(p.grantor as Rec)?.display} gives ${who ?? 'someone'} access`;
      return `procura's server${p.iss && p.iss !== 'procura' ? ` (${p.iss})` : ''} received on ${dateWords(p.receivedAt, lang)} ${what} to ${p.service}${p.scope ? ` (scope: ${typeof p.scope === 'string' ? p.scope : canonicalJson(p.scope)})` : ''}, valid ${p.validUntil ? `until ${p.validUntil}` : 'until revoked'}; grant ${p.grantId}, document ${p.mandateId}.`;
    },
    assisted: (i: Rec) => `Submitted with the help of ${i.displayName ?? i.id} (assisted).`,
    hashes: (p: Rec) =>
      `The signed document's SHA-256 is ${p.documentSha256}${p.sealedSha256 ? `; the sealed copy's is ${p.sealedSha256} (${p.sealLevel})` : ''}; the mandate's data SHA-256 is ${p.mandateSha256}; the trail starts with event ${(p.event as Rec)?.seq} ${(p.event as Rec)?.hash}.`,
    checkpoint: (p: Rec, lang: Lang) =>
      `procura's server signed on ${dateWords(p.at, lang)} that the trail ${p.scope === 'global' ? 'of all grants' : `of ${String(p.scope).replace(/^grant:/, 'grant ')}`} had ${p.seq} events, the last with hash ${p.head}.`,
  },
  fr: {
    keyboard:
      'Elle ne prouve pas qui était au clavier : seulement que le serveur de procura a reçu et signé ceci, à ce moment-là.',
    consent: (p: Rec, decisions: string, lang: Lang) =>
      `Le serveur de procura${p.iss && p.iss !== 'procura' ? ` (${p.iss})` : ''} a reçu le ${dateWords(p.receivedAt, lang)} un enregistrement de consentement (${p.recordId}) pour la personne ${p.subject} : ${decisions}.`,
    decision: (d: Rec) =>
      `finalité ${d.purpose} ${({ given: 'donnée', withdrawn: 'retirée', refused: 'refusée', objected: 'opposition' } as Rec)[String(d.state)] ?? d.state}${d.basis ? ` (base : ${d.basis})` : ''}`,
    notice: (n: Rec) => `La personne a vu l'information ${n.id} version ${n.version} (SHA-256 ${n.sha256}).`,
    collected: (p: Rec, lang: Lang) =>
      `L'appareil de la personne a déclaré avoir recueilli les choix le ${dateWords(p.collectedAt, lang)} : une déclaration de l'appareil, non vérifiée par l'horloge du serveur.`,
    record: (h: unknown) => `Le SHA-256 de l'enregistrement conservé est ${h}.`,
    mandate: (p: Rec, lang: Lang) => {
      const who = p.mandatary
        ? `${(p.mandatary as Rec).display}${(p.mandatary as Rec).email ? ` <${(p.mandatary as Rec).email}>` : ''}`
        : null;
      const what =
        p.kind === 'access-request'
          ? `une demande d'accès de ${(p.grantor as Rec)?.display}`
          : `un mandat par lequel ${(p.grantor as Rec)?.display} donne à ${who ?? 'quelqu’un'} l'accès`;
      return `Le serveur de procura${p.iss && p.iss !== 'procura' ? ` (${p.iss})` : ''} a reçu le ${dateWords(p.receivedAt, lang)} ${what} à ${p.service}${p.scope ? ` (portée : ${typeof p.scope === 'string' ? p.scope : canonicalJson(p.scope)})` : ''}, valable ${p.validUntil ? `jusqu'au ${p.validUntil}` : "jusqu'à révocation"} ; accès ${p.grantId}, document ${p.mandateId}.`;
    },
    assisted: (i: Rec) => `Soumis avec l'aide de ${i.displayName ?? i.id} (assisté).`,
    hashes: (p: Rec) =>
      `Le SHA-256 du document signé est ${p.documentSha256}${p.sealedSha256 ? ` ; celui de la copie scellée est ${p.sealedSha256} (${p.sealLevel})` : ''} ; le SHA-256 des données du mandat est ${p.mandateSha256} ; la piste commence par l'événement ${(p.event as Rec)?.seq} ${(p.event as Rec)?.hash}.`,
    checkpoint: (p: Rec, lang: Lang) =>
      `Le serveur de procura a signé le ${dateWords(p.at, lang)} que la piste ${p.scope === 'global' ? 'de tous les accès' : `de ${String(p.scope).replace(/^grant:/, "l'accès ")}`} comptait ${p.seq} événements, le dernier de hash ${p.head}.`,
  },
};

type Rec = Record<string, unknown>;

// ——— receipts and bare JWS ———

const RECEIPT_TYPS: Record<string, string> = {
  'procura-consent-receipt+jws': 'procura.consent-receipt/1',
  'procura-mandate-receipt+jws': 'procura.mandate-receipt/1',
  'procura-checkpoint+jws': 'procura.checkpoint/1',
};

export async function verifyReceipt(
  jws: string,
  shown: { shown: unknown } | undefined,
  keys: KeysFile,
  opts: VerifyOptions = {},
): Promise<Verdict> {
  const lang = opts.lang ?? 'en';
  const kind: FileKind = shown ? 'receipt' : 'jws';
  const check = await verifyJws<Rec>(jws, keys.keys);
  if (!check.ok)
    return { kind, valid: false, problems: [`the receipt's signature does not hold: ${check.reason}`], summary: [] };
  const p = check.payload;
  const problems: string[] = [];
  const schema = check.typ ? RECEIPT_TYPS[check.typ] : undefined;
  if (!schema) problems.push(`the JWS is of a type procura does not issue (${String(check.typ)})`);
  else if (p.schema !== schema)
    problems.push(`the signed payload's schema (${String(p.schema)}) does not match its type (${check.typ})`);
  if (shown && canonicalJson(shown.shown) !== canonicalJson(p))
    problems.push(
      'the payload shown in the file differs from the signed one: read the signed one (procura verify prints it), not the one shown',
    );
  const t = T[lang];
  const summary: string[] = [];
  if (p.schema === 'procura.consent-receipt/1') {
    const decisions = Array.isArray(p.decisions) ? (p.decisions as Rec[]).map(t.decision).join(', ') : '';
    summary.push(t.consent(p, decisions, lang));
    if (p.notice) summary.push(t.notice(p.notice as Rec));
    if (p.collectedAt) summary.push(t.collected(p, lang));
    if (p.recordSha256) summary.push(t.record(p.recordSha256));
    summary.push(t.keyboard);
  } else if (p.schema === 'procura.mandate-receipt/1') {
    summary.push(t.mandate(p, lang));
    if (p.indicatedBy) summary.push(t.assisted(p.indicatedBy as Rec));
    summary.push(t.hashes(p));
    summary.push(t.keyboard);
  } else if (p.schema === 'procura.checkpoint/1') {
    summary.push(t.checkpoint(p, lang));
  }
  summary.push(`Signed by key ${check.kid}.`);
  return { kind, valid: problems.length === 0, problems, summary };
}

// ——— evidence export ———

export interface Evidence {
  schema: 'procura.evidence/1';
  grantId: string;
  generatedAt?: string;
  events: {
    seq: number;
    type: string;
    at: string;
    actor: string;
    data?: Rec | null;
    prevHash: string;
    hash: string;
    attests?: string;
    grantId?: string;
  }[];
  checkpoints: string[];
  document?: { originalSha256?: string; sealedSha256?: string; sealLevel?: string } | null;
}

export async function verifyEvidence(ev: Evidence, keys: KeysFile, opts: VerifyOptions = {}): Promise<Verdict> {
  const lang = opts.lang ?? 'en';
  const problems: string[] = [];
  const summary: string[] = [];
  const events = Array.isArray(ev.events) ? ev.events : [];
  if (!events.length) problems.push('the export holds no event');
  // 1. Every link, recomputed from the events themselves (the stored hashes are only claims).
  let prev = GENESIS;
  let chainOk = true;
  for (const [i, e] of events.entries()) {
    if (e.seq !== i + 1) {
      problems.push(`event ${i + 1}: its seq is ${e.seq} (an event is missing or out of order)`);
      chainOk = false;
      break;
    }
    if (e.prevHash !== prev) {
      problems.push(`event ${e.seq}: its prevHash does not name the hash of event ${e.seq - 1}`);
      chainOk = false;
      break;
    }
    const h = eventHash(prev, {
      grantId: e.grantId ?? ev.grantId,
      seq: e.seq,
      type: e.type,
      at: e.at,
      actor: e.actor,
      data: e.data,
    });
    if (h !== e.hash) {
      problems.push(
        `event ${e.seq} (${e.type}): its content does not give its hash (it was edited after it was chained)`,
      );
      chainOk = false;
      break;
    }
    prev = e.hash;
  }
  // 2. Every checkpoint: signed by the keys, for this grant, naming the hash of the event at its seq.
  const checkpoints = Array.isArray(ev.checkpoints) ? ev.checkpoints : [];
  let latest: Rec | undefined;
  for (const [i, jws] of checkpoints.entries()) {
    const c = await verifyJws<Rec>(jws, keys.keys);
    if (!c.ok) {
      problems.push(`checkpoint ${i + 1}: its signature does not hold (${c.reason})`);
      continue;
    }
    const p = c.payload;
    if (c.typ !== 'procura-checkpoint+jws' || p.schema !== 'procura.checkpoint/1') {
      problems.push(`checkpoint ${i + 1}: not a procura checkpoint (${String(c.typ)})`);
      continue;
    }
    if (p.scope !== `grant:${ev.grantId}`) {
      problems.push(`checkpoint ${i + 1}: it is for ${String(p.scope)}, not for grant ${ev.grantId}`);
      continue;
    }
    const at = events[Number(p.seq) - 1];
    if (!at)
      problems.push(
        `checkpoint ${i + 1}: it signs ${p.seq} events but the export holds ${events.length} (events were removed)`,
      );
    else if (at.hash !== p.head)
      problems.push(
        `checkpoint ${i + 1}: the signed head of event ${p.seq} is ${p.head}, the export's is ${at.hash} (the trail was rewritten after it was signed)`,
      );
    if (!latest || Number(p.seq) >= Number(latest.seq)) latest = p;
  }
  if (!checkpoints.length)
    problems.push(
      'the export holds no signed checkpoint: without one, whoever can write the database could have recomputed the chain',
    );
  // 3. The document, when given: its SHA-256 against the hashes the chained `created` event holds.
  const created = events.find((e) => e.type === 'created')?.data ?? {};
  if (opts.document) {
    const h = sha256(opts.document);
    if (h === created.sealedSha256)
      summary.push(`The document given is the sealed copy the trail names (SHA-256 ${h}).`);
    else if (h === created.documentSha256)
      summary.push(`The document given is the original both parties signed, as the trail names it (SHA-256 ${h}).`);
    else
      problems.push(
        `the document given (SHA-256 ${h}) is neither the original (${String(created.documentSha256)}) nor the sealed copy (${String(created.sealedSha256)}) the trail names`,
      );
  }
  if (chainOk && events.length) {
    summary.unshift(
      `The trail of grant ${ev.grantId} holds ${events.length} event${events.length === 1 ? '' : 's'} (${events.map((e) => `${e.seq} ${e.type} on ${dateWords(e.at, lang)}`).join('; ')}), and every link recomputes.`,
    );
    if (latest) {
      summary.push(T[lang].checkpoint(latest, lang));
      summary.push(
        Number(latest.seq) < events.length
          ? `Events after ${latest.seq} are not covered by a signed checkpoint yet: they rest on the chain alone.`
          : 'An edit of any event, or a chain recomputed after the edit, would no longer match this signed checkpoint.',
      );
    }
    if (created.documentSha256)
      summary.push(
        `The trail names the signed document's SHA-256 ${created.documentSha256}${created.sealedSha256 ? ` and the sealed copy's ${created.sealedSha256}` : ''}.`,
      );
  }
  summary.push(
    'The "verification" and "attests" parts of the export are the server\'s own words: procura verify recomputed the above instead of reading them.',
  );
  return { kind: 'evidence', valid: problems.length === 0, problems, summary };
}

// ——— sealed PDF ———

const OID = {
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
const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

const bytesOf = (b: ArrayBuffer | ArrayBufferView) =>
  b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
const pemToDer = (pem: string) =>
  new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64'));

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
    const br = [1, 2, 3, 4].map((i) => Number(m[i])) as [number, number, number, number];
    const problems: string[] = [];
    const [a, b, c, d] = br;
    let contents = new Uint8Array();
    if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length)
      problems.push(`the signature's byte range [${br.join(' ')}] is not a range of this file`);
    else {
      const gap = text.slice(b, c);
      const hex = /^<([0-9A-Fa-f\s]*)>$/.exec(gap);
      if (!hex) problems.push('the bytes the signature leaves out are not only its /Contents value');
      else contents = new Uint8Array(Buffer.from(hex[1].replace(/\s+/g, ''), 'hex'));
    }
    // The dictionary around it, for /SubFilter (a few hundred bytes either side).
    const around = text.slice(
      Math.max(0, m.index! - 2000),
      Math.min(text.length, m.index! + 2000 + (c - b > 0 ? c - b : 0)),
    );
    const sf = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(around)?.[1];
    out.push({ byteRange: br, contents, subFilter: sf, problems });
  }
  return out;
}

interface SignerCheck {
  problems: string[];
  certDer?: Uint8Array;
  certificate?: X509Certificate;
  signingTime?: Date;
  signatureValue?: Uint8Array;
  unsigned?: { type: string; values: unknown[] }[];
}

/** Checks the first SignerInfo of a SignedData over `content` (the detached signed bytes, or the eContent). */
async function checkSigner(
  pkijs: typeof import('pkijs'),
  signed: import('pkijs').SignedData,
  content: Uint8Array,
  what: string,
): Promise<SignerCheck> {
  const problems: string[] = [];
  const si = signed.signerInfos[0];
  if (!si) return { problems: [`${what} has no signer`] };
  const hashName = DIGESTS[si.digestAlgorithm.algorithmId];
  if (!hashName)
    return { problems: [`${what} uses a digest procura verify does not know (${si.digestAlgorithm.algorithmId})`] };
  // The signer's certificate: the one the SignerInfo names (issuer and serial, or key identifier).
  const certs = (signed.certificates ?? []).filter(
    (c): c is import('pkijs').Certificate => c instanceof pkijs.Certificate,
  );
  const sid = si.sid as import('pkijs').IssuerAndSerialNumber | import('asn1js').Constructed;
  const cert =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? certs.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer))
      : certs.find((c) => {
          const ski = c.extensions?.find((e) => e.extnID === '2.5.29.14');
          const id = (sid as import('asn1js').Constructed).valueBlock?.value?.[0] as
            import('asn1js').OctetString | undefined;
          return (
            ski &&
            id &&
            same(
              bytesOf((ski.parsedValue as import('asn1js').OctetString).valueBlock.valueHexView),
              bytesOf(id.valueBlock.valueHexView),
            )
          );
        });
  if (!cert) return { problems: [`${what} does not embed its signer's certificate`] };
  const certDer = bytesOf(cert.toSchema().toBER());
  const certificate = new X509Certificate(Buffer.from(certDer));
  const attrs = si.signedAttrs?.attributes ?? [];
  if (!si.signedAttrs) problems.push(`${what} has no signed attributes (CAdES requires them)`);
  const attr = (oid: string) =>
    attrs.find((a) => a.type === oid)?.values[0] as { valueBlock?: { valueHexView?: Uint8Array } } | undefined;
  // messageDigest: the hash of the signed bytes.
  const md = attr(OID.messageDigest)?.valueBlock?.valueHexView;
  const digest = createHash(hashName).update(content).digest();
  if (!md) problems.push(`${what} has no messageDigest`);
  else if (!same(bytesOf(md), digest))
    problems.push(
      `${what}: the signed bytes were changed after signing (their ${hashName.toUpperCase()} is not the one signed)`,
    );
  // signing-certificate-v2: the hash of the embedded certificate.
  const scv2 = attrs.find((a) => a.type === OID.signingCertificateV2)?.values[0] as
    import('asn1js').Sequence | undefined;
  if (!scv2) problems.push(`${what} has no signing-certificate-v2 attribute (PAdES baseline requires it)`);
  else {
    try {
      const first = (scv2.valueBlock.value[0] as import('asn1js').Sequence).valueBlock
        .value[0] as import('asn1js').Sequence;
      const parts = first.valueBlock.value;
      let alg = 'sha256';
      let hash: Uint8Array;
      if (
        parts[0].constructor.name === 'Sequence' ||
        (parts[0] as import('asn1js').Sequence).idBlock.tagNumber === 16
      ) {
        const oid = (
          (parts[0] as import('asn1js').Sequence).valueBlock.value[0] as import('asn1js').ObjectIdentifier
        ).valueBlock.toString();
        alg = DIGESTS[oid] ?? oid;
        hash = bytesOf((parts[1] as import('asn1js').OctetString).valueBlock.valueHexView);
      } else hash = bytesOf((parts[0] as import('asn1js').OctetString).valueBlock.valueHexView);
      if (!Object.values(DIGESTS).includes(alg))
        problems.push(`${what}: signing-certificate-v2 uses an unknown digest (${alg})`);
      else if (!same(hash, createHash(alg).update(certDer).digest()))
        problems.push(`${what}: signing-certificate-v2 names another certificate than the one embedded`);
    } catch {
      problems.push(`${what}: the signing-certificate-v2 attribute cannot be read`);
    }
  }
  // The signature over the DER of the signed attributes, with the certificate's key.
  const signatureValue = bytesOf(si.signature.valueBlock.valueHexView);
  if (si.signedAttrs) {
    const tbs = bytesOf(si.signedAttrs.encodedValue);
    const key = certificate.publicKey;
    let ok = false;
    try {
      if (key.asymmetricKeyType === 'ec') ok = cryptoVerify(hashName, tbs, { key, dsaEncoding: 'der' }, signatureValue);
      else if (key.asymmetricKeyType === 'rsa' && si.signatureAlgorithm.algorithmId === OID.rsaPss)
        ok = cryptoVerify(
          hashName,
          tbs,
          { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
          signatureValue,
        );
      else if (key.asymmetricKeyType === 'rsa') ok = cryptoVerify(hashName, tbs, key, signatureValue);
      else if (key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448')
        ok = cryptoVerify(null, tbs, key, signatureValue);
      else problems.push(`${what}: a ${key.asymmetricKeyType} key, which procura verify does not check`);
    } catch (e) {
      problems.push(`${what}: the signature cannot be checked (${(e as Error).message})`);
    }
    if (!ok && !problems.some((p) => p.includes('cannot be checked') || p.includes('does not check')))
      problems.push(`${what}: the signature does not match the certificate's key`);
  }
  const st = attrs.find((a) => a.type === OID.signingTime)?.values[0] as { toDate?: () => Date } | undefined;
  return {
    problems,
    certDer,
    certificate,
    signingTime: st?.toDate?.(),
    signatureValue,
    unsigned: si.unsignedAttrs?.attributes.map((a) => ({ type: a.type, values: a.values })),
  };
}

function parseSignedData(
  pkijs: typeof import('pkijs'),
  asn1js: typeof import('asn1js'),
  der: Uint8Array,
): import('pkijs').SignedData {
  const asn1 = asn1js.fromBER(der);
  if (asn1.offset === -1) throw new Error('not DER');
  const ci = new pkijs.ContentInfo({ schema: asn1.result });
  if (ci.contentType !== OID.signedData) throw new Error(`a ${ci.contentType}, not a CMS SignedData`);
  return new pkijs.SignedData({ schema: ci.content });
}

export async function verifySealedPdf(pdf: Uint8Array, keys: KeysFile, opts: VerifyOptions = {}): Promise<Verdict> {
  const lang = opts.lang ?? 'en';
  const [pkijs, asn1js] = await Promise.all([import('pkijs'), import('asn1js')]);
  const problems: string[] = [];
  const summary: string[] = [];
  const fields = findSignatures(pdf);
  if (!fields.length)
    return {
      kind: 'pdf',
      valid: false,
      problems: ['the PDF carries no signature (no /ByteRange): it is not a sealed copy'],
      summary: [],
    };
  if (!keys.seal)
    problems.push(
      "the keys file has no seal certificate (the server had no seal): nothing to pin the PDF's certificate to",
    );
  const pinned = keys.seal ? pemToDer(keys.seal.certificate) : undefined;
  let sealFound = false;
  for (const [i, f] of fields.entries()) {
    const what = fields.length > 1 ? `signature ${i + 1}` : 'the seal';
    problems.push(...f.problems.map((p) => `${what}: ${p}`));
    if (f.problems.length) continue;
    const [, b, c, d] = f.byteRange;
    const covered = Buffer.concat([Buffer.from(pdf.subarray(0, b)), Buffer.from(pdf.subarray(c, c + d))]);
    const der = f.contents;
    let signed;
    try {
      // /Contents is zero-padded: read one DER element and ignore the padding after it.
      signed = parseSignedData(pkijs, asn1js, der);
    } catch (e) {
      problems.push(`${what}: /Contents is not a CMS signature (${(e as Error).message})`);
      continue;
    }
    if (f.subFilter === 'ETSI.RFC3161') {
      summary.push(`${what} is a document timestamp (B-LTA), not checked further by procura verify.`);
      continue;
    }
    const s = await checkSigner(pkijs, signed, covered, what);
    problems.push(...s.problems);
    const isPinned = !!(pinned && s.certDer && same(pinned, s.certDer));
    const wholeFile = c + d === pdf.length;
    if (isPinned) {
      sealFound = true;
      if (!wholeFile)
        problems.push(`${what}: ${pdf.length - (c + d)} bytes were added to the file after it was sealed`);
      if (f.subFilter && f.subFilter !== 'ETSI.CAdES.detached')
        problems.push(`${what}: its SubFilter is ${f.subFilter}, not ETSI.CAdES.detached (PAdES)`);
    }
    // B-T: a timestamp token over the signature value.
    let level = 'B-B';
    const tst = s.unsigned?.find((a) => a.type === OID.timeStampToken);
    if (tst) {
      try {
        const tsd = new pkijs.SignedData({
          schema: new pkijs.ContentInfo({ schema: tst.values[0] as import('asn1js').Sequence }).content,
        });
        const eContent = tsd.encapContentInfo.eContent;
        if (!eContent || tsd.encapContentInfo.eContentType !== OID.tstInfo) throw new Error('it holds no TSTInfo');
        const econtentBytes = bytesOf(eContent.getValue());
        const info = new pkijs.TSTInfo({ schema: asn1js.fromBER(econtentBytes).result });
        const alg = DIGESTS[info.messageImprint.hashAlgorithm.algorithmId];
        const imprint = bytesOf(info.messageImprint.hashedMessage.valueBlock.valueHexView);
        if (!alg || !same(imprint, createHash(alg).update(s.signatureValue!).digest()))
          problems.push(`${what}: the timestamp is not over this signature (its imprint differs)`);
        const ts = await checkSigner(pkijs, tsd, econtentBytes, `${what}'s timestamp`);
        problems.push(...ts.problems);
        level = 'B-T';
        summary.push(
          `${what} carries a timestamp of ${dateWords(info.genTime.toISOString(), lang)} from ${ts.certificate?.subject.replace(/\n/g, ', ') ?? 'an authority'}: the seal existed then (the authority's certificate is reported, not judged: check it is one you trust).`,
        );
      } catch (e) {
        problems.push(`${what}: its timestamp cannot be read (${(e as Error).message})`);
      }
    }
    const subject = s.certificate?.subject.replace(/\n/g, ', ');
    summary.unshift(
      `${what} (PAdES ${level}) is by ${subject}${isPinned ? ', the seal certificate of the keys file' : ''}; it covers ${wholeFile ? 'the whole file except its own value' : `bytes 0 to ${c + d}`}${s.signingTime ? `; it claims to be made on ${dateWords(s.signingTime.toISOString(), lang)} (the sealer's clock${level === 'B-T' ? '' : ', not a proven time'})` : ''}.`,
    );
  }
  if (keys.seal && !sealFound) problems.push('no signature in the PDF is by the seal certificate of the keys file');
  const reason = /\/Reason\s*\(([^)]*)\)/.exec(Buffer.from(pdf).toString('latin1'))?.[1];
  if (reason) summary.push(`The seal's reason reads: "${reason}".`);
  summary.push(
    'It proves the file is, byte for byte, what the holder of the seal certificate sealed; not who signed the document inside, nor that what it says is true.',
  );
  return { kind: 'pdf', valid: problems.length === 0, problems, summary };
}
