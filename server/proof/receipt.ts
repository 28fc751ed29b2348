/**
 * Receipts people can keep (issue 13, docs: server/README.md "Time" and "Proof"): a compact JWS
 * signed with the server's proof key over the canonical JSON of what was received, when (the
 * server's clock), and the hashes that tie it to the stored record or document. `procura
 * verify` checks one offline against a saved `GET /proof/keys`.
 *
 * Also the rules for the times a browser sends (`signedAt`, a decision's `at`, `collectedAt`):
 * they are the client's claim (`clientAt`), kept as sent, never what orders or decides.
 */
import type { ConsentRecord, DefinitionRef, Issue } from '../../src/model/index.js';
import { canonicalJson } from '../../src/model/canonical.js';
import { sha256 } from '../chain.js';
import type { ProofKey } from './keys.js';

export const CONSENT_RECEIPT_TYP = 'procura-consent-receipt+jws';
export const MANDATE_RECEIPT_TYP = 'procura-mandate-receipt+jws';
/** Who signs: the receipts name the service, not a host name a proxy could choose. */
export const ISSUER = 'procura';

/** How far ahead of the server's clock a browser's time may be: a phone's clock a little fast. */
export const CLIENT_SKEW_MS = 5 * 60_000;
/**
 * How far back a browser's time may be: a draft lives 30 days (draftDays) and the outbox then
 * keeps the signed form until it is delivered, so a grantor who signed on day 0 may have it
 * arrive on day 30; one more day covers time zones and a last retry. Older is refused.
 */
export const CLIENT_HORIZON_DAYS = 31;
const HORIZON_MS = CLIENT_HORIZON_DAYS * 86_400_000;

/**
 * Issues (422) for browser times further than the skew ahead of `receivedAt`, or older than the
 * horizon. The schema has already refused impossible dates (a calendar check, model/schema.ts).
 */
export function clientTimeIssues(times: readonly { path: string; value: string }[], receivedAt: Date): Issue[] {
  const issues: Issue[] = [];
  const now = receivedAt.getTime();
  for (const { path, value } of times) {
    const t = Date.parse(value);
    if (Number.isNaN(t)) issues.push({ path, code: 'format', message: 'is not a real date and time' });
    else if (t > now + CLIENT_SKEW_MS)
      issues.push({
        path,
        code: 'future',
        message: `is more than ${CLIENT_SKEW_MS / 60_000} minutes after the server's time of receipt`,
      });
    else if (t < now - HORIZON_MS)
      issues.push({
        path,
        code: 'tooOld',
        message: `is more than ${CLIENT_HORIZON_DAYS} days before the server's time of receipt`,
      });
  }
  return issues;
}

export const recordSha256 = (record: ConsentRecord) => sha256(canonicalJson(record));

export interface ConsentReceipt {
  schema: 'procura.consent-receipt/1';
  recordId: string;
  subject: string;
  receivedAt: string;
  collectedAt: string;
  /** The notice the person saw: the record's `source`, its version and the SHA-256 of its text. */
  notice: { id: string; version: string; sha256: string };
  decisions: { purpose: string; state: string; basis: string; clientAt: string; purposeVersion?: string }[];
  /** The published definition (`src`) the notice was made from, when the element loaded one (issue 17). */
  definition?: { id: string; version: number; sha256: string };
  recordSha256: string;
  iss: string;
}

/** The receipt (shaped after ISO/IEC TS 27560) of a stored consent record, and the record's hash. */
export async function consentReceipt(key: ProofKey, record: ConsentRecord & { subject: string }, receivedAt: Date) {
  const hash = recordSha256(record);
  const payload: ConsentReceipt = {
    schema: 'procura.consent-receipt/1',
    recordId: record.recordId,
    subject: record.subject,
    receivedAt: receivedAt.toISOString(),
    collectedAt: record.collectedAt,
    notice: { id: record.source, version: record.noticeVersion, sha256: record.noticeSha256 },
    decisions: record.decisions.map((d) => ({
      purpose: d.purpose,
      state: d.state,
      basis: d.basis,
      clientAt: d.at,
      purposeVersion: d.purposeVersion,
    })),
    ...(record.definition && { definition: record.definition }),
    recordSha256: hash,
    iss: ISSUER,
  };
  return { sha256: hash, receipt: await key.sign(payload, CONSENT_RECEIPT_TYP) };
}

export interface MandateReceipt {
  schema: 'procura.mandate-receipt/1';
  grantId: string;
  mandateId: string;
  kind: 'mandate' | 'access-request';
  receivedAt: string;
  grantor: { display: string };
  mandatary: { display: string; email: string } | null;
  service: string;
  scope: Record<string, unknown>;
  validUntil: string | null;
  indicatedBy?: { id: string; displayName: string };
  mandateSha256: string;
  documentSha256: string;
  sealedSha256?: string;
  sealLevel?: 'B-B' | 'B-T';
  /** The published `mandate-form` definition the form was made from (issue 17). */
  definition?: DefinitionRef;
  event: { seq: 1; hash: string };
  iss: string;
}

export const mandateSha256 = (body: unknown) => sha256(canonicalJson(body));

export function signMandateReceipt(key: ProofKey, r: Omit<MandateReceipt, 'schema' | 'iss'>) {
  return key.sign(
    { schema: 'procura.mandate-receipt/1', ...r, iss: ISSUER } satisfies MandateReceipt,
    MANDATE_RECEIPT_TYP,
  );
}
