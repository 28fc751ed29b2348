/** `procura verify` on a receipt download or a bare compact JWS: the signature, the shown payload, the plain words. */
import { canonicalJson } from '../../src/model/canonical.js';
import { verifyJws } from './keys.js';
import type { FileKind, KeysFile, Lang, Rec, Verdict, VerifyOptions } from './verify-types.js';
import { T } from './verify-words.js';

const RECEIPT_TYPS: Record<string, string> = {
  'procura-consent-receipt+jws': 'procura.consent-receipt/1',
  'procura-mandate-receipt+jws': 'procura.mandate-receipt/1',
  'procura-rights-receipt+jws': 'procura.rights-receipt/1',
  'procura-checkpoint+jws': 'procura.checkpoint/1',
};

/** What a signed receipt or checkpoint says, in plain words. */
function receiptSummary(p: Rec, lang: Lang): string[] {
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
  } else if (p.schema === 'procura.rights-receipt/1') {
    summary.push(p.part === 'answer' ? t.rightsAnswer(p, lang) : t.rightsRequest(p, lang));
    summary.push(t.keyboard);
  } else if (p.schema === 'procura.checkpoint/1') {
    summary.push(t.checkpoint(p, lang));
  }
  return summary;
}

export async function verifyReceipt(
  jws: string,
  shown: { shown: unknown } | undefined,
  keys: KeysFile,
  opts: VerifyOptions = {},
): Promise<Verdict> {
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
  const summary = receiptSummary(p, opts.lang ?? 'en');
  summary.push(`Signed by key ${check.kid}.`);
  return { kind, valid: problems.length === 0, problems, summary };
}

/** A `GET /requests/{id}/receipt` answer saved as is (`{ request, answer? }`): both receipts checked, each must hold. */
export function isRightsReceipts(json: unknown): json is { request: string; answer?: string } {
  const r = json as { request?: unknown; answer?: unknown } | null;
  return !!r && typeof r.request === 'string' && (r.answer === undefined || typeof r.answer === 'string');
}

export async function verifyRightsReceipts(
  r: { request: string; answer?: string },
  keys: KeysFile,
  opts: VerifyOptions = {},
): Promise<Verdict> {
  const parts = [await verifyReceipt(r.request, undefined, keys, opts)];
  if (r.answer) parts.push(await verifyReceipt(r.answer, undefined, keys, opts));
  return {
    kind: 'receipt',
    valid: parts.every((p) => p.valid),
    problems: parts.flatMap((p, i) => p.problems.map((m) => `${i ? 'answer' : 'request'}: ${m}`)),
    summary: parts.flatMap((p) => p.summary),
  };
}
