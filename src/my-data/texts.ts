// The summary sheet's sentences: one place that turns a status, an answer or a change into words.
import type { LocalizeController } from '../core/localize.js';
import type { CoreKey } from '../i18n/core.js';
import type { MyDataKey } from '../i18n/my-data.js';
import type { GrantStatus } from '../model/grant.js';
import type { ConsentDecision } from '../model/consent.js';
import type {
  CorrectableField,
  MyData,
  RightsChange,
  RightsKind,
  RightsOutcome,
  RightsRefusalCode,
  RightsRequest,
  RightsStatus,
} from '../model/rights.js';

export type MyDataLocalize = LocalizeController<MyDataKey | CoreKey>;

/** Every field the sheet shows about the person, in the order it shows them. */
export type PersonField = Exclude<keyof MyData['person'], 'id' | 'kind' | 'role'>;
export const PERSON_FIELDS: readonly PersonField[] = [
  'givenName',
  'familyName',
  'legalName',
  'displayName',
  'enterpriseNumber',
  'seat',
  'email',
  'phone',
  'birthDate',
  'clientRef',
];

export const FIELD_TEXT: Record<PersonField, MyDataKey> = {
  givenName: 'mydata.field.givenName',
  familyName: 'mydata.field.familyName',
  displayName: 'mydata.field.displayName',
  legalName: 'mydata.field.legalName',
  enterpriseNumber: 'mydata.field.enterpriseNumber',
  seat: 'mydata.field.seat',
  email: 'mydata.field.email',
  phone: 'mydata.field.phone',
  birthDate: 'mydata.field.birthDate',
  clientRef: 'mydata.field.clientRef',
};
export const ROLE_TEXT: Record<MyData['person']['role'], MyDataKey> = {
  client: 'mydata.role.client',
  mandatary: 'mydata.role.mandatary',
  broker: 'mydata.role.broker',
};
export const GRANT_STATUS_TEXT: Record<GrantStatus, MyDataKey> = {
  pending: 'mydata.status.pending',
  active: 'mydata.status.active',
  revoked: 'mydata.status.revoked',
  expired: 'mydata.status.expired',
  refused: 'mydata.status.refused',
};
export const CONSENT_TEXT: Record<ConsentDecision['state'], MyDataKey> = {
  given: 'mydata.consent.given',
  refused: 'mydata.consent.refused',
  withdrawn: 'mydata.consent.withdrawn',
  objected: 'mydata.consent.objected',
};
export const KIND_TEXT: Record<RightsKind, MyDataKey> = {
  access: 'rights.kind.access',
  rectification: 'rights.kind.rectification',
  erasure: 'rights.kind.erasure',
  restriction: 'rights.kind.restriction',
  objection: 'rights.kind.objection',
};
const ITEM_TEXT: Record<RightsKind, MyDataKey> = {
  access: 'rights.item.access',
  rectification: 'rights.item.rectification',
  erasure: 'rights.item.erasure',
  restriction: 'rights.item.restriction',
  objection: 'rights.item.objection',
};
const STATUS_TEXT: Record<RightsStatus, MyDataKey> = {
  received: 'rights.status.received',
  extended: 'rights.status.extended',
  done: 'rights.status.done',
  'partly-done': 'rights.status.partly-done',
  refused: 'rights.status.refused',
};
const OUTCOME_TEXT: Record<RightsOutcome, MyDataKey> = {
  done: 'rights.outcome.done',
  'partly-done': 'rights.outcome.partly-done',
  refused: 'rights.outcome.refused',
};
const REFUSAL_TEXT: Record<RightsRefusalCode, MyDataKey> = {
  'legal-hold-accounting': 'rights.refusal.legal-hold-accounting',
  'legal-hold-contract': 'rights.refusal.legal-hold-contract',
  'identity-unverified': 'rights.refusal.identity-unverified',
  'manifestly-unfounded': 'rights.refusal.manifestly-unfounded',
  other: 'rights.refusal.other',
};

/** A date-only value (`1990-05-17`) is a calendar day, not a UTC instant: shown as that day everywhere. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class MyDataTexts {
  constructor(private readonly l: MyDataLocalize) {}

  date(v: string): string {
    return DAY.test(v) ? this.l.date(`${v}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }) : this.l.date(v);
  }

  field(f: PersonField | CorrectableField): string {
    return this.l.t(FIELD_TEXT[f]);
  }

  /** A person's value as shown: a birth date as a date, anything else as written. */
  value(f: PersonField | CorrectableField, v: string): string {
    return f === 'birthDate' && DAY.test(v) ? this.date(v) : v;
  }

  title(r: RightsRequest): string {
    return this.l.t('rights.item', { kind: this.l.t(ITEM_TEXT[r.kind]), reference: r.reference });
  }

  /** "En cours : réponse au plus tard le 1 janvier 2027.", or the answer's status. */
  status(r: RightsRequest): string {
    return this.l.t(STATUS_TEXT[r.status], { date: this.date(r.dueAt) });
  }

  outcome(r: RightsRequest): string | undefined {
    const a = r.answer;
    return a && this.l.t(OUTCOME_TEXT[a.outcome], { date: this.date(a.at) });
  }

  refusal(code: RightsRefusalCode | undefined): string | undefined {
    return code && this.l.t(REFUSAL_TEXT[code] ?? 'rights.refusal.other');
  }

  change(c: RightsChange): string {
    const field = this.field(c.field);
    const after = this.value(c.field, c.after);
    return c.before === undefined
      ? this.l.t('rights.changeNew', { field, after })
      : this.l.t('rights.change', { field, before: this.value(c.field, c.before), after });
  }
}
