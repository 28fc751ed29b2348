import { array, literal, object, optional, string, type Infer } from './schema.js';
import { mandatary, scope } from './mandate.js';

export const grantStatus = literal('pending', 'active', 'revoked', 'expired', 'refused');

export const grantEvent = object({
  type: literal('created', 'activated', 'refused', 'revoked', 'expired', 'changed'),
  at: string({ format: 'date-time' }),
  actor: string({ max: 200 }),
  hash: optional(string({ format: 'sha256' })),
  prevHash: optional(string({ format: 'sha256' })),
  /** What changed, for `changed` events: the access in force after the change. */
  data: optional(object({}, { extra: 'allow' })),
});

/** Why the broker refused a request (desk-spec §2); each code has a sentence in every language (`grants.refusal.<code>`). */
export const refusalCode = literal('identity', 'signature', 'same-email', 'incomplete', 'not-client', 'other');

/** A refusal as the grant carries it: the code, the broker's note as written, and when. */
export const refusal = object({
  code: refusalCode,
  note: optional(string({ max: 1000 })),
  at: string({ format: 'date-time' }),
});

export const grant = object({
  id: string({ min: 1 }),
  mandateId: string({ min: 1 }),
  /** `mandate` (someone acts for the grantor) or `access-request` (the person's own access, no mandatary). */
  kind: optional(literal('mandate', 'access-request')),
  /** Which side the signed-in person is on: `given` (I granted it) or `held` (I hold it). */
  direction: optional(literal('given', 'held')),
  grantor: optional(object({ displayName: string({ max: 300 }) })),
  mandatary,
  relation: optional(string({ max: 200 })),
  service: string({ min: 1 }),
  scope,
  /** What the signed form asked for, when the access in force differs from it. */
  requested: optional(object({ service: string(), scope, validUntil: optional(string({ format: 'date' })) })),
  status: grantStatus,
  createdAt: string({ format: 'date-time' }),
  activatedAt: optional(string({ format: 'date-time' })),
  revokedAt: optional(string({ format: 'date-time' })),
  revokedBy: optional(string({ max: 300 })),
  validUntil: optional(string({ format: 'date' })),
  documentUrl: optional(string({ format: 'uri' })),
  documentSha256: optional(string({ format: 'sha256' })),
  /** Why the broker refused it (a refused grant only). */
  refusal: optional(refusal),
  events: optional(array(grantEvent)),
});

export type Grant = Infer<typeof grant>;
export type GrantStatus = Infer<typeof grantStatus>;
export type GrantEvent = Infer<typeof grantEvent>;
