/** The shapes the mandate form's parts share: no logic, no imports of the parts themselves. */
import type { SubmissionState } from '../core/backend-controller.js';
import type { DecisionDetail } from '../core/events.js';
import type { Localized } from '../model/localized.js';
import type { Mandate, Signature } from '../model/mandate.js';
import type { AccessRequest } from '../model/access-request.js';
import type { Kind, Party, Step, Values } from './model.js';

/** One signature as the form keeps it (and its draft). */
export interface SignatureState {
  method: Signature['method'];
  signedAt: string;
  png?: Blob;
  imageSha256?: string;
  strokes?: unknown;
  typedText?: string;
}
export type Signatures = Partial<Record<Party, SignatureState>>;
/** What a prepared PDF carries, whichever the kind. */
interface PreparedDocument {
  service: string;
  blob: Blob;
  url: string;
  filename: string;
  sha256: string;
  dataHash: string;
  /** Printed on every page of the PDF. */ documentId: string;
}
/** One service's mandate, ready to send: the data, its PDF and the PDF's hash. */
export interface MandateDocument extends PreparedDocument {
  mandate: Mandate;
}
/** The access request for oneself, ready to send: the data, its PDF and the PDF's hash. */
export interface RequestDocument extends PreparedDocument {
  request: AccessRequest;
}
export type FormDocument = MandateDocument | RequestDocument;
/**
 * `font-failed`: the Unicode font could not be loaded; `chars-failed`: some characters are not in it.
 * Either way no PDF (never one with approximated letters or blank boxes).
 */
export type DocsState = 'idle' | 'preparing' | 'ready' | 'failed' | 'font-failed' | 'chars-failed';

/** Who the backend knows (`GET /session`): a client's own data prefills the form. */
export interface SessionUser {
  id: string;
  role: string;
  displayName?: string;
  email?: string;
  kind?: Kind;
  givenName?: string;
  familyName?: string;
  birthDate?: string;
  phone?: string;
  legalName?: string;
  enterpriseNumber?: string;
  seat?: string;
  representative?: { givenName?: string; familyName?: string; capacity?: string };
  clientRef?: string;
}
export interface SessionAnswer {
  user: SessionUser | null;
  signInUrl?: string;
}
export type FormKind = 'mandate' | 'access-request';

/** What a draft keeps. */
export interface Draft {
  step: Step;
  values: Values;
  sigs: Signatures;
  decision?: DecisionDetail;
  path?: Localized[][];
  sent?: Record<string, SubmissionState>;
}

/** What the form uses of `<procura-signature-pad>` (which it never imports). */
export type Pad = HTMLElement & {
  validationMessage?: string;
  checkValidity?(): boolean;
  method: string | null;
  signedAt: string | null;
  strokes?: unknown;
  typedText?: string;
  isEmpty(): boolean;
  toPNG(): Promise<Blob | null>;
  restore(d: object): Promise<void>;
  updateComplete?: Promise<unknown>;
};
export const PAD = 'procura-signature-pad';

/** Sent, or safe in the outbox. */
export const done = (s?: SubmissionState): boolean => s?.state === 'sent' || s?.state === 'queued';
/** The id of a field's control in the shadow root. */
export const fieldId = (path: string): string => `f-${path.replace(/\W/g, '-')}`;

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
