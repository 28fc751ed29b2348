import { array, literal, object, optional, refine, string, type Infer } from './schema.js';
import { decision } from './tree.js';
import { checkParty, grantor, scope, type MandateRuleOptions } from './mandate.js';
import { isRoleAddress } from './rules.js';
import { definitionRef } from './definition.js';

/**
 * A written request for access to one's own client space (000, first row of the table:
 * the policyholder themself). No mandate and no mandatary: the requester fills and signs
 * alone, for one service, always for all their contracts. Sent to `POST /access-requests`
 * as multipart: part `request` (this JSON) and part `document` (its PDF).
 */
export const requesterSignature = object({
  party: literal('requester'),
  method: literal('drawn', 'uploaded', 'typed', 'qualified'),
  signerName: string({ min: 1, max: 200 }),
  signedAt: string({ format: 'date-time' }),
  imageSha256: optional(string({ format: 'sha256' })),
});

const accessRequestShape = object({
  service: string({ min: 1, max: 200 }),
  /** The person asking, in the shape of a mandate's grantor. */
  requester: grantor,
  scope,
  validFrom: optional(string({ format: 'date' })),
  signatures: array(requesterSignature, { max: 1 }),
  decision: optional(decision),
  document: optional(object({ sha256: string({ format: 'sha256' }) })),
  locale: optional(string({ pattern: /^[a-z]{2}(-[A-Z]{2})?$/ })),
  /** The published `mandate-form` definition the form was made from (`src`, issue 17). */
  definition: optional(definitionRef),
});

/** The rules an access request must meet, shared by the form and the server. */
export function accessRequestRules(opts: MandateRuleOptions = {}) {
  return refine(accessRequestShape, (r, report) => {
    checkParty(r.requester, 'requester', report);
    if (isRoleAddress(r.requester.email, opts.roleLocalParts))
      report(
        'requester.email',
        'sharedEmail',
        'is a shared or role address; an address used by one person only is required',
      );
    if (r.scope.contracts !== 'all')
      report('scope.contracts', 'enum', 'an access request for oneself covers all of one’s contracts');
    const today = opts.today ?? new Date().toISOString().slice(0, 10);
    if (r.validFrom && r.validFrom < today) report('validFrom', 'past', 'must not be in the past');
    if (opts.requireSignatures && !r.signatures.length)
      report('signatures', 'signature', "the requester's signature is missing");
  });
}

export const accessRequest = accessRequestShape;
export type AccessRequest = Infer<typeof accessRequestShape>;
