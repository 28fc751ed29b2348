/**
 * The broker's desk (`/desk/*`, desk-spec §2): what the desk routes answer, shared by the
 * reference server (`server/modules/desk/`) and `<procura-broker-desk>`. Types only.
 */
import type { GrantEvent, GrantStatus } from './grant.js';
import type { Scope } from './mandate.js';
import type { ConsentRecord } from './consent.js';
import type { Decision } from './tree.js';

/** Why a request was refused; each code has a sentence in every language (`grants.refusal.<code>`). */
export type RefusalCode = 'identity' | 'signature' | 'same-email' | 'incomplete' | 'not-client' | 'other';

export const REFUSAL_CODES: readonly RefusalCode[] = [
  'identity',
  'signature',
  'same-email',
  'incomplete',
  'not-client',
  'other',
];

export interface Refusal {
  code: RefusalCode;
  note?: string;
  at: string;
}

/** One row of the desk's inbox. */
export interface DeskItem {
  id: string;
  /** The first 8 hex of the id, upper case ("3F2A9C01"). */
  reference: string;
  kind: 'mandate' | 'access-request';
  status: GrantStatus;
  service: string;
  scope: Scope;
  validUntil?: string;
  grantor: { displayName: string; clientRef?: string };
  /** Absent for access requests. */
  mandatary?: { givenName: string; familyName: string; email: string };
  createdAt: string;
  activatedAt?: string;
  refusal?: Refusal;
}

export interface DeskCounts {
  pending: number;
  active: number;
  refused: number;
  revoked: number;
  expired: number;
}

/** `GET /desk/requests`: newest first; counts ignore `status` but honour `q` and `kind`. */
export interface DeskPage {
  items: DeskItem[];
  counts: DeskCounts;
  nextCursor?: string;
}

/** What `GET /grants/{id}` returns as `verification` (server/proof/evidence.ts). */
export interface GrantVerification {
  valid: boolean;
  chain: 'valid' | 'broken';
  /** `erased`: the person's data was erased (GDPR art. 17): there is nothing left to compare, on purpose. */
  content: 'matches' | 'differs' | 'erased';
  document: 'matches' | 'differs' | 'missing' | 'erased';
  checkpoint: 'matches' | 'missing' | 'differs';
  problems: { code: string; detail: string }[];
  /** When the trail holds an `erased` event: when, and the rights request it answered. */
  erased?: { at: string; requestId: string };
}

export interface DeskChecks {
  grantorSigned: boolean;
  mandatarySigned: boolean;
  distinctEmails: boolean;
  identityComplete: boolean;
}

/** `GET /desk/requests/{id}`. */
export interface DeskRequest {
  item: DeskItem;
  /** The body as submitted (grantor, mandatary, scope, validity, signatures' hashes). */
  mandate: unknown;
  document: { href: string; sha256: string; sealed?: { href: string; sha256: string } };
  verification: GrantVerification;
  checks: DeskChecks;
  /** The trail, as `GET /grants/{id}` returns it. */
  events: GrantEvent[];
}

/** `GET /desk/consents?subject=`. */
export interface DeskConsents {
  subject: string;
  /** What `GET /consents?subject=` returns, each with its signed receipt when it has one. */
  records: (ConsentRecord & { receivedAt: string; receipt?: unknown })[];
  /** The notice texts the records name by `noticeSha256`, those the office kept (`PUT /notices/{sha256}`). */
  notices: DeskNotice[];
  /** The decision trees' outcomes the subject reached while signed in (`POST /decisions`). */
  decisions: DeskTreeDecision[];
}

/** A notice as kept: `text` is the canonical JSON that was hashed, so sha256(text) = sha256. */
export interface DeskNotice {
  sha256: string;
  text: string;
  firstSeen: string;
}

export interface DeskTreeDecision extends Decision {
  id: string;
  at: string;
}
