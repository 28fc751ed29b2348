import { array, boolean, literal, object, optional, refine, string, type Infer } from './schema.js';
import { decision, contractsScope } from './tree.js';
import { checkEnterpriseNumber, isRoleAddress, sameMailbox } from './rules.js';
import { definitionRef } from './definition.js';

const name = string({ min: 1, max: 200 });
const email = string({ min: 3, max: 254, format: 'email' });

export const representative = object({
  givenName: name,
  familyName: name,
  capacity: string({ min: 1, max: 200 }),
  /** How the representative's authority can be checked (statutes, a Moniteur publication...): 003 asks for it, preferably. */
  proof: optional(string({ max: 1000 })),
});

export const grantor = object({
  kind: literal('natural', 'legal'),
  givenName: optional(name),
  familyName: optional(name),
  birthDate: optional(string({ format: 'date' })),
  legalName: optional(string({ min: 1, max: 300 })),
  enterpriseNumber: optional(string({ min: 1, max: 32 })),
  /** ISO 3166 country of the enterprise number; BE turns on the mod-97 check. */
  country: optional(string({ pattern: /^[A-Z]{2}$/ })),
  seat: optional(string({ min: 1, max: 500 })),
  representative: optional(representative),
  email,
  phone: optional(string({ max: 40, pattern: /^\+?[\d\s()./-]{6,40}$/ })),
  clientRef: optional(string({ max: 100 })),
});

export const mandatary = object({
  givenName: name,
  familyName: name,
  email,
  relation: optional(string({ max: 200 })),
});

export const scope = object({
  contracts: contractsScope,
  contractIds: optional(array(string({ min: 1, max: 100 }), { max: 500 })),
  includeFuture: optional(boolean()),
});

export const signature = object({
  party: literal('grantor', 'mandatary'),
  method: literal('drawn', 'uploaded', 'typed', 'qualified'),
  signerName: name,
  signedAt: string({ format: 'date-time' }),
  imageSha256: optional(string({ format: 'sha256' })),
});

const mandateShape = object({
  service: string({ min: 1, max: 200 }),
  grantor,
  mandatary,
  scope,
  validFrom: optional(string({ format: 'date' })),
  validUntil: optional(string({ format: 'date' })),
  signatures: array(signature, { max: 2 }),
  decision: optional(decision),
  document: optional(object({ sha256: string({ format: 'sha256' }) })),
  locale: optional(string({ pattern: /^[a-z]{2}(-[A-Z]{2})?$/ })),
  /** The published `mandate-form` definition the form was made from (`src`, issue 17): id, version, SHA-256. */
  definition: optional(definitionRef),
});

export interface MandateRuleOptions {
  /** Local parts refused as shared or role addresses (`info`, `contact`...). */
  roleLocalParts?: readonly string[];
  /** Today as YYYY-MM-DD, so that tests and servers in other time zones agree. */
  today?: string;
  /** Whether both signatures must be present (a submitted mandate) or not (a draft). */
  requireSignatures?: boolean;
}

/** The rules of DOMAIN.md §2 that hold for the data as a whole, shared by the form and the server. */
type Report = (path: string, code: string, message: string) => void;

/** Who a natural or a legal person must name (000, 003), for a grantor or a requester at `at`. */
export function checkParty(g: Grantor, at: string, report: Report): void {
  if (g.kind === 'natural') {
    if (!g.givenName) report(`${at}.givenName`, 'required', 'is required for a natural person');
    if (!g.familyName) report(`${at}.familyName`, 'required', 'is required for a natural person');
  } else {
    if (!g.legalName) report(`${at}.legalName`, 'required', 'is required for a legal person');
    if (!g.enterpriseNumber) report(`${at}.enterpriseNumber`, 'required', 'is required for a legal person');
    else if ((g.country ?? 'BE') === 'BE' && !checkEnterpriseNumber(g.enterpriseNumber))
      report(
        `${at}.enterpriseNumber`,
        'enterpriseNumber',
        'is not a valid Belgian enterprise number (10 digits, mod-97 check)',
      );
    if (!g.seat) report(`${at}.seat`, 'required', 'is required for a legal person');
    if (!g.representative) report(`${at}.representative`, 'required', 'is required for a legal person');
  }
}

export function mandateRules(opts: MandateRuleOptions = {}) {
  return refine(mandateShape, (m, report) => {
    const g = m.grantor;
    checkParty(g, 'grantor', report);
    if (sameMailbox(g.email, m.mandatary.email))
      report(
        'mandatary.email',
        'sameEmail',
        "must differ from the grantor's: each person needs an address of their own",
      );
    for (const [path, address] of [
      ['grantor.email', g.email],
      ['mandatary.email', m.mandatary.email],
    ] as const)
      if (isRoleAddress(address, opts.roleLocalParts))
        report(path, 'sharedEmail', 'is a shared or role address; an address used by one person only is required');
    if (m.scope.contracts !== 'all' && !m.scope.contractIds?.length)
      report('scope.contractIds', 'required', 'name at least one contract when the access is not to all contracts');
    if (m.scope.contracts === 'one' && (m.scope.contractIds?.length ?? 0) > 1)
      report('scope.contractIds', 'max', 'name exactly one contract for this scope');
    const today = opts.today ?? new Date().toISOString().slice(0, 10);
    if (m.validFrom && m.validFrom < today) report('validFrom', 'past', 'must not be in the past');
    if (m.validUntil && m.validUntil < (m.validFrom ?? today))
      report('validUntil', 'order', 'must come after the start date');
    if (opts.requireSignatures) {
      for (const party of ['grantor', 'mandatary'] as const)
        if (!m.signatures.some((s) => s.party === party))
          report('signatures', 'signature', `the ${party}'s signature is missing`);
    }
  });
}

/** The schema with default rules, as published in JSON Schema. */
export const mandate = mandateShape;
export type Mandate = Infer<typeof mandateShape>;
export type Grantor = Infer<typeof grantor>;
export type Mandatary = Infer<typeof mandatary>;
export type Scope = Infer<typeof scope>;
export type Signature = Infer<typeof signature>;
