/**
 * Which text each field, step and choice takes: explicit tables, so that every key the form
 * asks for is written out (and typed) here, never built from a path at run time.
 */
import type { LocalizeController } from '../core/localize.js';
import { displayName } from '../core/configure.js';
import { pick, type Localized } from '../model/localized.js';
import type { MandateKey, MandateTextKey } from '../i18n/mandate-form.js';
import type { ContractsScope } from '../model/tree.js';
import type { Kind, Party, Step } from './model.js';

/** A field's label, by path (a mandate's; an access request's own wording in REQUEST_LABELS). */
const LABELS: Record<string, MandateKey> = {
  'grantor.kind': 'mandate.kind',
  'grantor.givenName': 'mandate.givenName',
  'grantor.familyName': 'mandate.familyName',
  'grantor.birthDate': 'mandate.birthDate',
  'grantor.email': 'mandate.grantor.email',
  'grantor.phone': 'mandate.phone',
  'grantor.clientRef': 'mandate.clientRef',
  'grantor.legalName': 'mandate.legalName',
  'grantor.country': 'mandate.country',
  'grantor.enterpriseNumber': 'mandate.enterpriseNumber',
  'grantor.seat': 'mandate.seat',
  'grantor.representative.givenName': 'mandate.grantor.representative.givenName',
  'grantor.representative.familyName': 'mandate.grantor.representative.familyName',
  'grantor.representative.capacity': 'mandate.capacity',
  'grantor.representative.proof': 'mandate.proof',
  'mandatary.givenName': 'mandate.givenName',
  'mandatary.familyName': 'mandate.familyName',
  'mandatary.email': 'mandate.mandatary.email',
  'mandatary.relation': 'mandate.relation',
  service: 'mandate.service',
  'scope.contracts': 'mandate.scope.contracts',
  'scope.contractIds': 'mandate.contractIds',
  'scope.includeFuture': 'mandate.includeFuture',
  validFrom: 'mandate.validFrom',
  validUntil: 'mandate.validUntil',
  'signature.grantor': 'mandate.signature.grantor',
  'signature.mandatary': 'mandate.signature.mandatary',
};
const REQUEST_LABELS: Record<string, MandateKey> = { 'grantor.email': 'mandate.request.grantor.email' };
const HINTS: Record<string, MandateKey> = {
  'grantor.email': 'mandate.grantor.email.hint',
  'mandatary.email': 'mandate.mandatary.email.hint',
  'grantor.representative.proof': 'mandate.proof.hint',
  'mandatary.relation': 'mandate.relation.hint',
  'scope.contractIds': 'mandate.contractIds.hint',
  validUntil: 'mandate.validUntil.hint',
};
const REQUEST_HINTS: Record<string, MandateKey> = { 'grantor.email': 'mandate.request.grantor.email.hint' };
export const STEP_TEXT: Record<Step, MandateKey> = {
  grantor: 'mandate.step.grantor',
  handover: 'mandate.step.handover',
  mandatary: 'mandate.step.mandatary',
  review: 'mandate.step.review',
  done: 'mandate.step.done',
};
export const CONTRACTS_TEXT: Record<ContractsScope, MandateKey> = {
  all: 'mandate.contracts.all',
  one: 'mandate.contracts.one',
  listed: 'mandate.contracts.listed',
};
export const KIND_TEXT: Record<Kind, MandateKey> = { natural: 'mandate.kind.natural', legal: 'mandate.kind.legal' };

/** The form's texts that depend on its kind and configuration: labels, hints, service names. */
export class FormTexts {
  constructor(
    readonly localize: LocalizeController<MandateTextKey>,
    private request: () => boolean,
    private names: () => Record<string, Localized> | undefined,
  ) {}

  /** A field's label; a path without one (a server's unknown field) shows as itself. */
  label(path: string): string {
    const key = (this.request() && REQUEST_LABELS[path]) || LABELS[path];
    return key ? this.localize.t(key) : path;
  }
  hint(path: string): MandateKey | undefined {
    return (this.request() && REQUEST_HINTS[path]) || HINTS[path];
  }
  /** A service's display name: this form's `serviceNames`, else the page's `configure({ services })`, else its id. */
  serviceName(s: string): string {
    const n = this.names()?.[s];
    return n ? pick(n, this.localize.locale) || s : displayName('services', s, this.localize.locale);
  }
  padLegend(party: Party): MandateKey {
    if (this.request()) return 'mandate.signature.requester';
    return party === 'grantor' ? 'mandate.signature.grantor' : 'mandate.signature.mandatary';
  }
  stepName(step: Step): string {
    return this.localize.t(this.request() && step === 'grantor' ? 'mandate.step.request' : STEP_TEXT[step]);
  }
}
