/**
 * The receipts of a rights request and of its answer (issue 21): compact JWS signed with the
 * proof key like the consent receipts (server/proof/receipt.ts), typ `procura-rights-receipt+jws`,
 * payload `procura.rights-receipt/1`. The person keeps them; `procura verify` checks them offline.
 */
import type { RightsAnswer, RightsKind } from '../../../src/model/rights.js';
import { ISSUER } from '../../proof/receipt.js';
import type { ProofKey } from '../../proof/keys.js';

export const RIGHTS_RECEIPT_TYP = 'procura-rights-receipt+jws';
export const RIGHTS_RECEIPT_SCHEMA = 'procura.rights-receipt/1';

export interface RightsRequestReceipt {
  schema: typeof RIGHTS_RECEIPT_SCHEMA;
  part: 'request';
  requestId: string;
  reference: string;
  /** The office and the person (their id in the office's directory: no name, no e-mail). */
  office: string;
  person: string;
  kind: RightsKind;
  /** What was asked, as received. */
  asked: { field?: string; value?: string; note?: string };
  receivedAt: string;
  dueAt: string;
  attachmentSha256?: string;
  iss: string;
}

export interface RightsAnswerReceipt {
  schema: typeof RIGHTS_RECEIPT_SCHEMA;
  part: 'answer';
  requestId: string;
  reference: string;
  office: string;
  person: string;
  kind: RightsKind;
  outcome: RightsAnswer['outcome'];
  code?: string;
  note?: string;
  changes?: RightsAnswer['changes'];
  /** The due date the answer met or missed (after an extension, its new date). */
  dueAt: string;
  at: string;
  iss: string;
}

export function signRequestReceipt(key: ProofKey, r: Omit<RightsRequestReceipt, 'schema' | 'part' | 'iss'>) {
  const payload: RightsRequestReceipt = { schema: RIGHTS_RECEIPT_SCHEMA, part: 'request', ...r, iss: ISSUER };
  return key.sign(JSON.parse(JSON.stringify(payload)), RIGHTS_RECEIPT_TYP);
}

export function signAnswerReceipt(key: ProofKey, r: Omit<RightsAnswerReceipt, 'schema' | 'part' | 'iss'>) {
  const payload: RightsAnswerReceipt = { schema: RIGHTS_RECEIPT_SCHEMA, part: 'answer', ...r, iss: ISSUER };
  return key.sign(JSON.parse(JSON.stringify(payload)), RIGHTS_RECEIPT_TYP);
}
