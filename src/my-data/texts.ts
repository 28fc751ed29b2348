// The summary sheet's sentences: one place that turns a status, an answer or a change into words.
import type { LocalizeController } from '../core/localize.js';
import type { CoreKey } from '../i18n/core.js';
import type { MyDataKey } from '../i18n/my-data.js';
import type { GrantStatus } from '../model/grant.js';
import type { ConsentDecision } from '../model/consent.js';
import { isPresetId, SHARE, type PresetId } from '../model/consent-presets.js';
import { pick, type Localized } from '../model/localized.js';
import type { Decision } from '../model/tree.js';
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
/** The preset purposes' names (src/model/consent-presets.ts): a new preset fails to compile until it has one. */
const PURPOSE_TEXT: Record<PresetId, MyDataKey> = {
  'electronic-prospection': 'mydata.purpose.electronic-prospection',
  'automated-calls': 'mydata.purpose.automated-calls',
  'partners-electronic': 'mydata.purpose.partners-electronic',
  'sensitive-data': 'mydata.purpose.sensitive-data',
  photo: 'mydata.purpose.photo',
  'postal-phone-prospection': 'mydata.purpose.postal-phone-prospection',
  'analogous-email-prospection': 'mydata.purpose.analogous-email-prospection',
  'partners-postal': 'mydata.purpose.partners-postal',
  'partners-identity': 'mydata.purpose.partners-identity',
};

/** A questionnaire's words, read from its published definition (`GET /definitions/{id}`). */
export interface TreeTexts {
  title?: Localized;
  outcomes: Record<string, Localized>;
}
/** The key a decision's questionnaire is known by: its id and version. */
export const treeKey = (d: Pick<Decision, 'treeId' | 'treeVersion'>) => `${d.treeId}@${d.treeVersion}`;

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
  /** The questionnaires whose words are known, by `treeKey`; the others are named by their ids. */
  trees = new Map<string, TreeTexts>();

  constructor(private readonly l: MyDataLocalize) {}

  /** A consent choice in words: the preset's name, or the site's own purpose by its id, said so. */
  consent(x: ConsentDecision): { text: string; own?: string } {
    const id = x.purpose;
    const share = id === SHARE || id.startsWith(`${SHARE}-`);
    const known = isPresetId(id) ? PURPOSE_TEXT[id] : share ? 'mydata.purpose.share' : undefined;
    const text = this.l.t(CONSENT_TEXT[x.state], { purpose: known ? this.l.t(known) : id, date: this.date(x.at) });
    return known ? { text } : { text, own: this.l.t('mydata.purpose.own', { id }) };
  }

  /** A questionnaire's outcome in words when its definition is known, else its ids said as such. */
  decision(d: Decision): string {
    const count = d.answers.length;
    const tree = this.trees.get(treeKey(d));
    const text = tree?.outcomes[d.outcome];
    if (text === undefined)
      return this.l.t('mydata.decision', { tree: d.treeId, version: d.treeVersion, outcome: d.outcome, count });
    const outcome = pick(text, this.l.locale);
    return tree?.title
      ? this.l.t('mydata.decision.known', { title: pick(tree.title, this.l.locale), outcome, count })
      : this.l.t('mydata.decision.untitled', { outcome, count });
  }

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
