/** The templates of `<procura-cookie-opposition>`: pure functions of what the element holds. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import type { SubmissionState } from '../core/backend-controller.js';
import { submissionStatus } from '../core/views.js';
import type { CoreKey } from '../i18n/core.js';
import type { CookieKey } from '../i18n/cookie-opposition.js';
import { pick, type Localized } from '../model/localized.js';
import { expiryOf } from '../audience-gate/choice.js';
import type { OppositionSource } from '../audience-gate/gate.js';

type Texts = LocalizeController<CookieKey | CoreKey>;

export interface SwitchView {
  localize: Texts;
  compact: boolean;
  opposed: boolean;
  disabled: boolean;
  toggle: () => void;
}

export interface StatementView extends SwitchView {
  source?: OppositionSource;
  chosenAt?: number;
  who?: Localized;
  what?: Localized;
  status: SubmissionState;
  heading: (text: string) => TemplateResult;
}

/** The four parts of the plain statement, each a label and a sentence; `own` is the site's text that may replace it. */
const STATEMENT: { label: CookieKey; text: CookieKey; own?: 'what' | 'who' }[] = [
  { label: 'cookie.whatLabel', text: 'cookie.what', own: 'what' },
  { label: 'cookie.whoLabel', text: 'cookie.who', own: 'who' },
  { label: 'cookie.howLongLabel', text: 'cookie.howLong' },
  { label: 'cookie.opposeLabel', text: 'cookie.oppose' },
];

/** The switch and its visible label. The compact label is shorter; the switch's name is always the whole sentence, which contains it. */
export function switchControl(v: SwitchView): TemplateResult {
  const t = (k: CookieKey) => v.localize.t(k);
  return html`<label for="switch" part="label">${t(v.compact ? 'cookie.switchShort' : 'cookie.switch')}</label>
    <button id="switch" type="button" role="switch" part="switch" aria-label=${t('cookie.switch')} aria-checked=${v.opposed ? 'true' : 'false'} ?disabled=${v.disabled} @click=${v.toggle}>
      <span class="track" aria-hidden="true"><span class="thumb"></span></span>
      <span class="state" aria-hidden="true">${t(v.opposed ? 'cookie.yes' : 'cookie.no')}</span>
    </button>`;
}

/** One line for a footer: a sentence, the switch and a link to the policy. */
export function compactView(v: SwitchView, policyUrl: string | undefined): TemplateResult {
  const t = (k: CookieKey) => v.localize.t(k);
  return html`<div class="compact">
    <span part="statement">${t('cookie.compact')}</span>
    ${switchControl(v)}
    ${policyUrl ? html`<a part="more" href=${policyUrl} aria-label=${t('cookie.moreLong')}>${t('cookie.more')}</a>` : nothing}
  </div>`;
}

function stateText(v: StatementView): CookieKey {
  if (v.source === 'gpc') return 'cookie.gpc';
  return v.opposed ? 'cookie.opposed' : 'cookie.measured';
}

/** The full statement, the switch, the state in words and where the opposition sent to the backend is. */
export function fullView(v: StatementView): TemplateResult {
  const l = v.localize;
  // A site's text that fell back to another language carries its own lang (WCAG 3.1.2).
  const item = ({ label, text, own }: (typeof STATEMENT)[number]) => {
    const site = own && v[own];
    return html`<dt>${l.t(label)}</dt><dd>${site && pick(site, l.locale) ? l.localized(site) : l.tl(text)}</dd>`;
  };
  const since =
    v.chosenAt === undefined
      ? nothing
      : l.t('cookie.since', { date: l.date(v.chosenAt), until: l.date(expiryOf(v.chosenAt)) });
  return html`<section>
    ${v.heading(l.t('cookie.title'))}
    <dl part="statement">${STATEMENT.map(item)}</dl>
    <div class="control">${switchControl(v)}</div>
    <p part="status" role="status">${l.t(stateText(v))} ${since}</p>
    ${submissionStatus(l, v.status, { sent: '' })}
  </section>`;
}
