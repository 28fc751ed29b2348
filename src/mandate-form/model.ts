/**
 * The mandate form's pure logic: which fields each kind of person fills, how the
 * flat field values become a Mandate, and the checks, which reuse `mandateRules`
 * so that the form and the server always agree.
 */
import type { Mandate, Signature } from '../model/mandate.js';
import type { AccessRequest } from '../model/access-request.js';
import type { Decision, ContractsScope } from '../model/tree.js';
import type { DefinitionRef } from '../model/definition.js';

export type Party = 'grantor' | 'mandatary';
export type Kind = 'natural' | 'legal';
export type Values = Record<string, string | boolean | undefined>;
export type Step = 'grantor' | 'handover' | 'mandatary' | 'review' | 'done';

/** One input: dotted path, input type, autocomplete token, required. */
export type Field = readonly [
  path: string,
  type: 'text' | 'email' | 'tel' | 'date' | 'textarea' | 'country',
  autocomplete: string,
  required?: 1,
];

export const G = 'grantor.';
export const R = 'grantor.representative.';
const contact: Field[] = [
  [`${G}email`, 'email', 'email', 1],
  [`${G}phone`, 'tel', 'tel'],
  [`${G}clientRef`, 'text', 'off'],
];
export const NATURAL: Field[] = [
  [`${G}givenName`, 'text', 'given-name', 1],
  [`${G}familyName`, 'text', 'family-name', 1],
  [`${G}birthDate`, 'date', 'bday'],
  ...contact,
];
export const COMPANY: Field[] = [
  [`${G}legalName`, 'text', 'organization', 1],
  [`${G}country`, 'country', 'country'],
  [`${G}enterpriseNumber`, 'text', 'off', 1],
  [`${G}seat`, 'textarea', 'street-address', 1],
];
export const REPRESENTATIVE: Field[] = [
  [`${R}givenName`, 'text', 'given-name', 1],
  [`${R}familyName`, 'text', 'family-name', 1],
  [`${R}capacity`, 'text', 'organization-title', 1],
  [`${R}proof`, 'textarea', 'off'],
  ...contact,
];
export const VALIDITY: Field[] = [
  ['validFrom', 'date', 'off'],
  ['validUntil', 'date', 'off'],
];
/** The mandatary may fill on the grantor's device: a section keeps autofill from mixing the two people. */
export const MANDATARY: Field[] = [
  ['mandatary.givenName', 'text', 'section-mandatary given-name', 1],
  ['mandatary.familyName', 'text', 'section-mandatary family-name', 1],
  ['mandatary.email', 'email', 'section-mandatary email', 1],
  ['mandatary.relation', 'text', 'off'],
];

export const fieldsOf = (kind: Kind): Field[] => (kind === 'legal' ? [...COMPANY, ...REPRESENTATIVE] : NATURAL);

/** The step where a path is filled: the mandatary's own fields and signature, else the grantor's. */
export const stepOf = (path: string): Step =>
  path.startsWith('mandatary.') || path === 'signatures.mandatary'
    ? 'mandatary'
    : path.startsWith('document')
      ? 'review'
      : 'grantor';

export const text = (v: Values, path: string): string | undefined => {
  const x = v[path];
  return typeof x === 'string' && x.trim() ? x.trim() : undefined;
};

export const splitIds = (s: string | undefined): string[] => (s ?? '').split(/[\s,;]+/).filter(Boolean);

export interface Context {
  service: string;
  kind: Kind;
  contracts: ContractsScope;
  decision?: Decision;
  signatures: Signature[];
  locale: string;
  /** The published definition the form was made from (`src`): kept in the record (issue 17). */
  definition?: DefinitionRef;
}

/** The person who signs for the grantor: the grantor, or the legal person's representative. */
export function signerName(v: Values, party: Party, kind: Kind): string {
  const base = party === 'mandatary' ? 'mandatary.' : kind === 'legal' ? R : G;
  return [text(v, `${base}givenName`), text(v, `${base}familyName`)].filter(Boolean).join(' ');
}

function grantorOf(v: Values, c: Context) {
  const t = (p: string) => text(v, p);
  const legal = c.kind === 'legal';
  const rep = [t(`${R}givenName`), t(`${R}familyName`), t(`${R}capacity`), t(`${R}proof`)];
  return {
    kind: c.kind,
    ...(legal
      ? {
          legalName: t(`${G}legalName`),
          enterpriseNumber: t(`${G}enterpriseNumber`),
          country: t(`${G}country`) ?? 'BE',
          seat: t(`${G}seat`),
          representative: rep.some(Boolean)
            ? { givenName: rep[0], familyName: rep[1], capacity: rep[2], proof: rep[3] }
            : undefined,
        }
      : { givenName: t(`${G}givenName`), familyName: t(`${G}familyName`), birthDate: t(`${G}birthDate`) }),
    email: t(`${G}email`),
    phone: t(`${G}phone`),
    clientRef: t(`${G}clientRef`),
  };
}

const decisionOf = (c: Context) =>
  c.decision && {
    treeId: c.decision.treeId,
    treeVersion: c.decision.treeVersion,
    answers: c.decision.answers.map(({ question, option }) => ({ question, option })),
    outcome: c.decision.outcome,
  };

/** The Mandate (API.md) for one service, from the flat values of the form. */
export function toMandate(v: Values, c: Context): Mandate {
  const t = (p: string) => text(v, p);
  const ids = splitIds(t('scope.contractIds'));
  const m = {
    service: c.service,
    grantor: grantorOf(v, c),
    mandatary: {
      givenName: t('mandatary.givenName'),
      familyName: t('mandatary.familyName'),
      email: t('mandatary.email'),
      relation: t('mandatary.relation'),
    },
    scope: {
      contracts: c.contracts,
      ...(c.contracts !== 'all' && { contractIds: ids }),
      includeFuture: v['scope.includeFuture'] === true,
    },
    validFrom: t('validFrom'),
    validUntil: t('validUntil'),
    signatures: c.signatures,
    decision: decisionOf(c),
    locale: c.locale,
    definition: c.definition,
  };
  return JSON.parse(JSON.stringify(m)) as Mandate; // drops the undefined fields
}

/**
 * The AccessRequest (000, the policyholder themself) from the same values: the grantor's
 * fields are the requester's; always all contracts, future ones included; one signature.
 */
export function toAccessRequest(v: Values, c: Context): AccessRequest {
  const sig = c.signatures.find((s) => s.party === 'grantor');
  const r = {
    service: c.service,
    requester: grantorOf(v, c),
    scope: { contracts: 'all', includeFuture: true },
    validFrom: text(v, 'validFrom'),
    signatures: sig ? [{ ...sig, party: 'requester' }] : [],
    decision: decisionOf(c),
    locale: c.locale,
    definition: c.definition,
  };
  return JSON.parse(JSON.stringify(r)) as AccessRequest;
}

/** A path of an access request (or of the server's answer about one) as the form names it. */
export const formPath = (path: string): string =>
  path.startsWith('requester')
    ? `grantor${path.slice(9)}`
    : path === 'signatures' || path.startsWith('signatures[')
      ? 'signatures.grantor'
      : path;
