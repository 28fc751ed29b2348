import { array, boolean, literal, object, optional, string, type Infer } from './schema.js';
import { localized } from './localized.js';
import { definitionRef } from './definition.js';

export const basis = literal('consent', 'opposition');
export const consentState = literal('given', 'refused', 'withdrawn', 'objected');

export const purpose = object({
  id: string({ min: 1, max: 64, pattern: /^[A-Za-z][\w.-]{0,63}$/ }),
  label: localized({ max: 500 }),
  description: optional(localized({ max: 4000 })),
  basis,
  version: string({ min: 1, max: 64 }),
  recipients: optional(array(localized({ max: 500 }), { max: 50 })),
  transfersOutsideEU: optional(localized({ max: 1000 })),
  /** Refused by the rules of 002: kept in the shape so that the checker can name it. */
  required: optional(boolean()),
  checked: optional(boolean()),
  bundledWith: optional(string({ max: 64 })),
});
export type Purpose = Infer<typeof purpose>;

export const consentDecision = object({
  purpose: string({ min: 1, max: 64 }),
  basis,
  state: consentState,
  at: string({ format: 'date-time' }),
  purposeVersion: optional(string({ max: 64 })),
});

export const consentRecord = object({
  recordId: string({ format: 'uuid' }),
  /** A pseudonymous reference to the person (a client number), never an e-mail address. */
  subject: optional(string({ min: 1, max: 200 })),
  indicatedBy: object({ role: literal('subject', 'mandatary', 'staff'), reference: optional(string({ max: 200 })) }),
  noticeVersion: string({ min: 1, max: 64 }),
  noticeSha256: string({ format: 'sha256' }),
  locale: string({ pattern: /^[a-z]{2}(-[A-Z]{2})?$/ }),
  decisions: array(consentDecision, { min: 1, max: 100 }),
  collectedAt: string({ format: 'date-time' }),
  source: string({ min: 1, max: 500 }),
  /** The published definition (`src`) the notice was made from: the server checks it names one of the office's. */
  definition: optional(definitionRef),
});
export type ConsentRecord = Infer<typeof consentRecord>;
export type ConsentDecision = Infer<typeof consentDecision>;

/** An opposition to audience measurement. It carries no identifier, by design. */
export const opposition = object(
  {
    opposed: boolean(),
    source: literal('user', 'stored', 'gpc'),
    at: string({ format: 'date-time' }),
    locale: optional(string({ pattern: /^[a-z]{2}(-[A-Z]{2})?$/ })),
    /** The page origin (not its URL: paths may carry personal data). */
    site: optional(string({ max: 300 })),
  },
  { extra: 'refuse' },
);
export type Opposition = Infer<typeof opposition>;
