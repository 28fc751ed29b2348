import type { Decision, TreeOutcome } from '../model/tree.js';
import type { Grant } from '../model/grant.js';
import type { Mandate } from '../model/mandate.js';
import type { AccessRequest } from '../model/access-request.js';
import type { ConsentRecord, Opposition } from '../model/consent.js';
import type { RightsRequest, RightsRequestInput } from '../model/rights.js';
import type { DefinitionVersion } from '../model/definition.js';

export type SubmissionKind =
  'mandate' | 'access-request' | 'consent' | 'opposition' | 'decision' | 'revoke' | 'rights-request';

export interface DecisionDetail extends Decision {
  /** The outcome's definition, so that listeners need not look it up. */
  result: TreeOutcome & { id: string };
}
export interface DecisionClearedDetail {
  treeId: string;
}

/** The backend's answer to a mandate or an access request (`POST /mandates`, `POST /access-requests`, openapi.yaml). */
export interface GrantAnswer {
  /** The mandate's or the request's id. */
  id: string;
  status: 'pending';
  /** The grant shown in `GET /grants`. */
  grantId: string;
  /** A compact JWS (ES256) of the receipt; `procura verify` checks it against `GET /proof/keys`. */
  receipt: string;
}
/** The backend's answer to a consent record (`POST /consents`). */
export interface ConsentAnswer {
  recordId: string;
  /** The server's time of receipt (ISO 8601). */
  receivedAt: string;
  /** A compact JWS (ES256) of the receipt. */
  receipt: string;
}

/** What each kind of submission sends (`procura-submit`'s `payload`). */
export interface SubmissionPayloads {
  mandate: Mandate;
  'access-request': AccessRequest;
  consent: ConsentRecord;
  opposition: Opposition;
  decision: Decision;
  'rights-request': RightsRequestInput;
}
/** What the backend answers to each kind of submission (`procura-submitted`'s `response`). */
export interface SubmissionAnswers {
  mandate: GrantAnswer;
  'access-request': GrantAnswer;
  consent: ConsentAnswer;
  opposition: { ok: true };
  decision: { id: string };
  'rights-request': RightsRequest;
}
/** The kinds sent through the outbox (a revocation is not: it answers with `procura-revoked`). */
export type SentKind = keyof SubmissionAnswers;

/** `procura-submit`: narrow on `kind` to type the payload (`kind === 'consent'` gives a `ConsentRecord`). */
export type SubmitDetail<K extends SentKind = SentKind> = { [P in K]: { kind: P; payload: SubmissionPayloads[P] } }[K];
/**
 * `procura-submitted`: narrow on `kind` to type the answer, as in
 * `e.detail.kind === 'mandate' && e.detail.response.grantId`. `id` is the outbox id
 * (the Idempotency-Key), present when the submission went through the outbox.
 */
export type SubmittedDetail<K extends SentKind = SentKind> = {
  [P in K]: { kind: P; response: SubmissionAnswers[P]; id?: string };
}[K];
export interface QueuedDetail {
  kind: SubmissionKind;
  id: string;
}
/**
 * What failed, by element:
 * - every element: `config` (its configuration), `load` (what it reads first), a `SubmissionKind` (a sending);
 * - `<procura-broker-desk>`: `activate`, `refuse`, `scope`, `revoke`, `audit`; its rights queue:
 *   `rights-load` (the queue), `rights-open` (one request with the person's data), `rights-answer`,
 *   `rights-extend`, `rights-attachment` (the proof document); its staff panel: `staff-load`,
 *   `staff-disable`, `staff-enable`;
 * - `<procura-my-data>`: `load`, `rights-request`, `receipt` (a request's receipts), `pdf` (the summary).
 */
export type ErrorKind =
  | SubmissionKind
  | 'config'
  | 'load'
  | 'activate'
  | 'refuse'
  | 'scope'
  | 'audit'
  | 'rights-load'
  | 'rights-open'
  | 'rights-answer'
  | 'rights-extend'
  | 'rights-attachment'
  | 'staff-load'
  | 'staff-disable'
  | 'staff-enable'
  | 'receipt'
  | 'pdf'
  | 'publish';
export interface ErrorDetail {
  kind: ErrorKind;
  /** `message`: in the element's language, as shown; `status`: the HTTP status, when the backend answered. */
  error: { message: string; status?: number; fields?: Record<string, string> };
}
export interface OppositionChangeDetail {
  opposed: boolean;
  source: 'user' | 'stored' | 'gpc';
}
/** `<procura-my-data>`: the backend received a rights request (`POST /requests`). */
export interface RequestSentDetail {
  request: RightsRequest;
}
/** `<procura-studio>`: the backend published a definition (or answered that the newest version is the same). */
export interface PublishedDetail {
  version: DefinitionVersion;
  /** False when the content was already the newest version: no new version was made. */
  created: boolean;
}
export interface RevokedDetail {
  grant: Grant;
}
/** `<procura-broker-desk>`: the backend confirmed an action on a request. */
export interface DeskActionDetail {
  id: string;
  action: 'activate' | 'refuse' | 'scope' | 'revoke';
  status: Grant['status'];
}

/** Every procura event, by name. They bubble and cross shadow roots, so the document hears them too. */
export interface ProcuraEventMap {
  'procura-decision': CustomEvent<DecisionDetail>;
  /** The person went back or changed an answer: the earlier decision no longer holds. */
  'procura-decision-cleared': CustomEvent<DecisionClearedDetail>;
  'procura-submit': CustomEvent<SubmitDetail>;
  'procura-submitted': CustomEvent<SubmittedDetail>;
  'procura-queued': CustomEvent<QueuedDetail>;
  'procura-error': CustomEvent<ErrorDetail>;
  'procura-opposition-change': CustomEvent<OppositionChangeDetail>;
  'procura-revoked': CustomEvent<RevokedDetail>;
  'procura-desk-action': CustomEvent<DeskActionDetail>;
  'procura-request-sent': CustomEvent<RequestSentDetail>;
  'procura-published': CustomEvent<PublishedDetail>;
}

declare global {
  interface HTMLElementEventMap extends ProcuraEventMap {}
  interface DocumentEventMap extends ProcuraEventMap {}
  interface WindowEventMap extends ProcuraEventMap {}
}

/** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  opts: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: !!opts.cancelable }),
  );
}
