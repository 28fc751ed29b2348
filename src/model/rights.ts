/**
 * The person's rights (001, GDPR art. 12 and 15 to 21; issue 21): what `GET /me/data`,
 * `POST /requests`, `GET /requests` and the desk's `/desk/rights*` routes answer. Shared by the
 * reference server and `<procura-my-data>` / `<procura-broker-desk>`. Types only.
 */
import type { ConsentRecord } from './consent.js';
import type { GrantStatus } from './grant.js';
import type { Decision } from './tree.js';

/** What a person may ask for (art. 15 access, 16 rectification, 17 erasure, 18 restriction, 21 objection). */
export type RightsKind = 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection';
export const RIGHTS_KINDS: readonly RightsKind[] = ['access', 'rectification', 'erasure', 'restriction', 'objection'];

/** The fields a person may ask to correct (those the summary sheet shows as theirs). */
export type CorrectableField =
  'givenName' | 'familyName' | 'displayName' | 'legalName' | 'email' | 'phone' | 'birthDate' | 'seat';
export const CORRECTABLE_FIELDS: readonly CorrectableField[] = [
  'givenName',
  'familyName',
  'displayName',
  'legalName',
  'email',
  'phone',
  'birthDate',
  'seat',
];

/** `received` until answered; `extended` once the broker took the two more months (art. 12(3)). */
export type RightsStatus = 'received' | 'extended' | 'done' | 'partly-done' | 'refused';
export type RightsOutcome = 'done' | 'partly-done' | 'refused';

/** Why a request is not (wholly) met; each code has a sentence in every language (`rights.refusal.<code>`). */
export type RightsRefusalCode =
  'legal-hold-accounting' | 'legal-hold-contract' | 'identity-unverified' | 'manifestly-unfounded' | 'other';
export const RIGHTS_REFUSAL_CODES: readonly RightsRefusalCode[] = [
  'legal-hold-accounting',
  'legal-hold-contract',
  'identity-unverified',
  'manifestly-unfounded',
  'other',
];

/** `POST /requests` body (JSON). `field` and `value` for a rectification; `attachment` optional, ≤ 2 MB. */
export interface RightsRequestInput {
  kind: RightsKind;
  field?: CorrectableField;
  value?: string;
  /** Free text of the person (≤ 2000), e.g. which processing a restriction or objection is about. */
  note?: string;
  attachment?: { filename: string; mediaType: 'application/pdf' | 'image/png' | 'image/jpeg'; base64: string };
}

export interface RightsChange {
  field: CorrectableField;
  before?: string;
  after: string;
}

export interface RightsAnswer {
  outcome: RightsOutcome;
  code?: RightsRefusalCode;
  /** The broker's words, shown as written. */
  note?: string;
  changes?: RightsChange[];
  at: string;
  by: string;
}

export interface RightsRequest {
  id: string;
  /** The first 8 hex of the id, upper case. */
  reference: string;
  kind: RightsKind;
  status: RightsStatus;
  field?: CorrectableField;
  value?: string;
  note?: string;
  attachment?: { filename: string; mediaType: string; sha256: string; size: number };
  receivedAt: string;
  /** One month after receipt (art. 12(3)); after an extension, up to three months after receipt. */
  dueAt: string;
  extension?: { reason: string; at: string; by: string };
  answer?: RightsAnswer;
  /** `GET /requests/{id}/receipt`: the signed receipts of the request and of its answer. */
  receiptUrl: string;
}

/** `GET /requests/{id}/receipt`. Each is a compact JWS (`procura-rights-receipt+jws`). */
export interface RightsReceipts {
  request: string;
  answer?: string;
}

export interface GrantSummary {
  id: string;
  kind: 'mandate' | 'access-request';
  status: GrantStatus;
  service: string;
  grantor: { displayName: string };
  mandatary?: { displayName: string; email?: string };
  createdAt: string;
  validUntil?: string;
  document?: { href: string; sha256: string; sealedSha256?: string };
}

/** `GET /me/data`: the summary sheet ("fiche de synthèse", 001) of what the backend holds on the signed-in person. */
export interface MyData {
  generatedAt: string;
  person: {
    id: string;
    role: 'client' | 'mandatary' | 'broker';
    kind?: 'natural' | 'legal';
    displayName: string;
    givenName?: string;
    familyName?: string;
    legalName?: string;
    enterpriseNumber?: string;
    seat?: string;
    email: string;
    phone?: string;
    birthDate?: string;
    clientRef?: string;
  };
  office: { id: string; name: string };
  consents: { subject?: string; records: ConsentRecord[] };
  /** Cookie oppositions carry no identifier: none can be tied to the person (said in words). */
  oppositions: { linkable: false };
  grantsGiven: GrantSummary[];
  grantsHeld: GrantSummary[];
  decisions: Decision[];
  requests: RightsRequest[];
  sessions: { open: number; lastSeenAt?: string };
}

/** One row of the desk's rights queue (`GET /desk/rights`). */
export interface DeskRightsItem extends RightsRequest {
  person: { id: string; displayName: string; clientRef?: string };
}

export interface DeskRightsPage {
  items: DeskRightsItem[];
  counts: { open: number; overdue: number; answered: number };
}

/** `GET /desk/rights/{id}`: the request with the person's data beside it. */
export interface DeskRightsRequest {
  request: DeskRightsItem;
  data: MyData;
}

/** `POST /desk/rights/{id}/answer`. */
export interface RightsAnswerInput {
  outcome: RightsOutcome;
  code?: RightsRefusalCode;
  note?: string;
  changes?: { field: CorrectableField; after: string }[];
}

/** Staff accounts (`GET /desk/staff`, admin only). */
export interface StaffAccount {
  id: string;
  displayName: string;
  email: string;
  staffRole: 'reviewer' | 'admin';
  disabledAt?: string;
  disabledBy?: string;
  lastSeenAt?: string;
  openSessions: number;
}
