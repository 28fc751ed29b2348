/**
 * What the rules and the storage refuse, in the domain's words. Services and repositories throw
 * a DomainError; only the edge (http/domain-problem.ts, from the app's onError) turns it into an
 * RFC 9457 problem. No SQL and no service builds an HTTP answer.
 */
export type DomainCode =
  /** A pending or active mandate exists for this mandatary and service. */
  | 'mandate-exists'
  /** A pending or active access request exists for this person and service. */
  | 'access-request-exists'
  /** A consent record with this recordId is stored already. */
  | 'record-exists'
  /** The grant's current state does not allow the change. */
  | 'state';

export class DomainError extends Error {
  constructor(
    readonly code: DomainCode,
    /** The JSON pointer in the request the refusal is about (`/service`), when one field is. */
    readonly pointer?: string,
    /** An English sentence for the problem's detail; the code's own otherwise. */
    detail?: string,
  ) {
    super(detail ?? code);
  }
}
