// A plain TypeScript site, as a consumer writes it against the published declarations
// (strict, exactOptionalPropertyTypes, lib ES2020 + DOM). Every `@ts-expect-error` is a
// mistake the types must catch: if a type became `unknown` or `any`, the check fails.
import 'procura';
import {
  configure,
  ProcuraConsent,
  type AccessGrantsConfig,
  type ConsentConfig,
  type CookieOppositionConfig,
  type DelegationTreeConfig,
  type GrantAnswer,
  type MandateFormConfig,
  type SubmittedDetail,
} from 'procura/classes';

configure({ endpoint: 'https://broker.example/api', locale: 'fr-BE' });

// Tags are known to the DOM's maps: querySelector and createElement give the classes.
const consent = document.querySelector('procura-consent');
const form = document.createElement('procura-mandate-form');
const tree = document.createElement('procura-delegation-tree');
const opposition = document.createElement('procura-cookie-opposition');
const grants = document.createElement('procura-access-grants');
const pad = document.createElement('procura-signature-pad');
const isConsent: boolean = consent instanceof ProcuraConsent;

// Each element's `config` has its element's type.
const notice: ConsentConfig = {
  controller: { name: 'Courtier SA', address: 'Rue de la Loi 1, 1000 Bruxelles', contact: 'dpo@courtier.example' },
  policyUrl: { fr: '/vie-privee', nl: '/privacy' },
  noticeVersion: '2025-01',
  purposes: ['electronic-prospection', { preset: 'photo', version: '2' }],
};
if (consent) consent.config = notice;
form.config = {
  title: { fr: 'Courtier SA' },
  serviceNames: { 'client-space': 'Espace client' },
} satisfies MandateFormConfig;
const cookies: CookieOppositionConfig = { cookies: ['_pk_*'], onOppose: () => undefined };
opposition.config = cookies;
const list: AccessGrantsConfig = { requestUrl: '/mandat', cacheDays: 7 };
grants.config = list;
const inline: DelegationTreeConfig | undefined = tree.config;

// Mistakes (never run: the app that builds this snippet also runs it).
export function mistakes(): void {
  // @ts-expect-error: noticeVersion is a string
  consent!.config = { ...notice, noticeVersion: 2025 };
  // @ts-expect-error: a consent notice has a controller
  consent!.config = { policyUrl: '/vie-privee', noticeVersion: '1' };
  // @ts-expect-error: cacheDays is a number of days
  grants.config = { cacheDays: '7' };
  // @ts-expect-error: the mandate form has no such setting
  form.config = { colour: 'red' };
}

// Events: `detail` is typed by the event's name, and the answer by the submission's kind.
form.addEventListener('procura-submitted', (e) => {
  const grantId: string | false = e.detail.kind === 'mandate' && e.detail.response.grantId;
  if (e.detail.kind === 'access-request') {
    const answer: GrantAnswer = e.detail.response;
    answer.status satisfies 'pending';
  }
  if (e.detail.kind === 'consent') {
    const consent: { recordId: string; receivedAt: string; receipt: string } = e.detail.response;
    void consent;
  }
  // @ts-expect-error: before narrowing on kind, the answer may be a consent's, which has no grantId
  void e.detail.response.grantId;
  const outboxId: string | undefined = e.detail.id;
  void [grantId, outboxId];
});
document.addEventListener('procura-submit', (e) => {
  if (e.detail.kind === 'consent')
    e.detail.payload.decisions.forEach((d) => d.state satisfies 'given' | 'refused' | 'withdrawn' | 'objected');
  if (e.detail.kind === 'mandate' && e.detail.payload.grantor.email.endsWith('@example.com')) e.preventDefault();
});
tree.addEventListener('procura-decision', (e) => {
  const outcome: string = e.detail.outcome;
  const form: string | undefined = e.detail.result.form;
  void [outcome, form];
});
document.addEventListener('procura-error', (e) => {
  const status: number | undefined = e.detail.error.status;
  if (e.detail.kind === 'config') console.warn(e.detail.error.message, status);
});
opposition.addEventListener('procura-opposition-change', (e) => e.detail.opposed satisfies boolean);
grants.addEventListener('procura-revoked', (e) => e.detail.grant.id satisfies string);

// A function typed on one kind of answer.
const onMandate = (detail: SubmittedDetail<'mandate'>): string => detail.response.receipt;
const padEmpty: () => boolean = () => pad.isEmpty();
void [isConsent, inline, padEmpty, onMandate];
