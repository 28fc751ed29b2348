// One rights request opened: what was asked, the person's data beside it, and the answer or the forms to answer.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import {
  CORRECTABLE_FIELDS,
  RIGHTS_REFUSAL_CODES,
  type DeskRightsItem,
  type DeskRightsRequest,
  type MyData,
  type RightsAnswer,
  type RightsOutcome,
} from '../model/rights.js';
import type { Heading } from './rights-view.js';
import {
  FIELD_TEXT,
  KIND_TEXT,
  OUTCOME_TEXT,
  RIGHTS_REFUSAL_TEXT,
  RIGHTS_STATUS_TEXT,
  clock,
  isOpen,
} from './rights-texts.js';
import type { RightsLocalize } from './rights-texts.js';

export interface RightsOpenedView {
  l: RightsLocalize;
  item: DeskRightsItem;
  detail?: DeskRightsRequest;
  failed?: string;
  busy: boolean;
  outcome: RightsOutcome;
  now: Date;
  heading: Heading;
  on: {
    close(): void;
    outcome(o: RightsOutcome): void;
    answer(form: HTMLFormElement): void;
    extend(form: HTMLFormElement): void;
    attachment(): void;
  };
}

const OUTCOMES: RightsOutcome[] = ['done', 'partly-done', 'refused'];
const row = (dt: unknown, dd: unknown) => html`<dt>${dt}</dt><dd>${dd}</dd>`;
const submit = (go: (f: HTMLFormElement) => void) => (e: Event) => {
  e.preventDefault();
  go(e.target as HTMLFormElement);
};

export function renderRightsRequest(v: RightsOpenedView): TemplateResult {
  const { l, item: i } = v;
  return html`<section part="rights-request" class="request" tabindex="-1" aria-labelledby="h-rr">
    <div class="head">
      ${v.heading(1, html`<span id="h-rr">${l.t('desk.rights.request', { reference: i.reference })}</span>`)}
      <button type="button" part="close" @click=${v.on.close}>${l.t('desk.rights.close')}</button>
    </div>
    <dl class="data" part="rights-asked">
      ${row(l.t('desk.rights.person'), html`<bdi>${i.person.displayName}</bdi>`)}
      ${row(l.t('desk.rights.kind'), l.t(KIND_TEXT[i.kind]))}
      ${row(l.t('desk.rights.status'), `${l.t(RIGHTS_STATUS_TEXT[i.status])} · ${clock(l, i, v.now)}`)}
      ${row(l.t('desk.rights.receivedAt'), l.date(i.receivedAt))}
      ${row(l.t('desk.rights.dueAt'), l.date(i.dueAt))}
      ${i.field ? row(l.t('desk.rights.field'), l.t(FIELD_TEXT[i.field])) : nothing}
      ${i.value !== undefined ? row(l.t('desk.rights.value'), html`<bdi>${i.value}</bdi>`) : nothing}
      ${i.note ? row(l.t('desk.rights.note'), html`<bdi>${i.note}</bdi>`) : nothing}
      ${i.attachment ? row(l.t('desk.rights.attachment'), html`<button type="button" part="rights-attachment" @click=${v.on.attachment}>${l.t('desk.rights.attachmentDownload', { filename: i.attachment.filename })}</button>`) : nothing}
    </dl>
    ${i.extension ? html`<p>${l.t('desk.rights.extension', { date: l.date(i.extension.at), reason: i.extension.reason })}</p>` : nothing}
    ${v.failed ? html`<p class="bad" role="alert">${l.t('desk.rights.requestError', { reason: v.failed })}</p>` : nothing}
    ${v.detail ? renderData(v, v.detail.data) : v.failed ? nothing : html`<p class="muted">${l.t('desk.rights.requestLoading')}</p>`}
    ${i.answer ? renderAnswer(l, i.answer) : renderForms(v)}
  </section>`;
}

/** The summary sheet of the person, in short: enough to check the request against what is held. */
function renderData(v: RightsOpenedView, d: MyData): TemplateResult {
  const { l } = v;
  const p = d.person;
  const fields = CORRECTABLE_FIELDS.filter((f) => p[f] !== undefined);
  const counts = [
    l.t('desk.rights.data.consents', { count: d.consents.records.length }),
    l.t('desk.rights.data.grantsGiven', { count: d.grantsGiven.length }),
    l.t('desk.rights.data.grantsHeld', { count: d.grantsHeld.length }),
    l.t('desk.rights.data.decisions', { count: d.decisions.length }),
    l.t('desk.rights.data.requests', { count: d.requests.length }),
  ];
  return html`<section part="rights-data" aria-labelledby="h-rd">
    ${v.heading(2, html`<span id="h-rd">${l.t('desk.rights.data')}</span>`)}
    <dl class="data">
      ${fields.map((f) => row(l.t(FIELD_TEXT[f]), html`<bdi>${p[f]}</bdi>`))}
      ${p.clientRef ? row(l.t('desk.rights.data.clientRef'), p.clientRef) : nothing}
    </dl>
    <ul>${counts.map((c) => html`<li>${c}</li>`)}</ul>
  </section>`;
}

function renderAnswer(l: RightsLocalize, a: RightsAnswer): TemplateResult {
  return html`<div part="rights-answer" class="notice">
    <p>${l.t('desk.rights.answered', { date: l.date(a.at), outcome: l.t(OUTCOME_TEXT[a.outcome]) })}</p>
    ${a.code ? html`<p>${l.t(RIGHTS_REFUSAL_TEXT[a.code])}</p>` : nothing}
    ${a.note ? html`<p><bdi>${a.note}</bdi></p>` : nothing}
    ${a.changes?.length ? html`<ul>${a.changes.map((c) => html`<li>${l.t('desk.rights.changed', { field: l.t(FIELD_TEXT[c.field]), before: c.before ?? '', after: c.after })}</li>`)}</ul>` : nothing}
  </div>`;
}

function renderForms(v: RightsOpenedView): TemplateResult | typeof nothing {
  if (!isOpen(v.item)) return nothing;
  return html`${renderAnswerForm(v)}${renderExtend(v)}`;
}

function renderAnswerForm(v: RightsOpenedView): TemplateResult {
  const { l, item: i } = v;
  const radio = (o: RightsOutcome) =>
    html`<label><input type="radio" name="outcome" value=${o} .checked=${v.outcome === o} @change=${() => v.on.outcome(o)} /> ${l.t(OUTCOME_TEXT[o])}</label>`;
  const changes = i.kind === 'rectification' && v.outcome !== 'refused';
  return html`<form part="rights-answer-form" class="answer" aria-labelledby="h-ra" @submit=${submit(v.on.answer)}>
    ${v.heading(2, html`<span id="h-ra">${l.t('desk.rights.answer')}</span>`)}
    <fieldset><legend>${l.t('desk.rights.outcome')}</legend>${OUTCOMES.map(radio)}</fieldset>
    ${changes ? renderChange(l, i) : nothing}
    ${v.outcome === 'done' ? nothing : renderCode(l)}
    <label>${l.t('desk.rights.answerNote')} <textarea name="note" maxlength="2000" rows="3"></textarea></label>
    <div class="actions"><button part="rights-send" class="primary" ?disabled=${v.busy}>${l.t('desk.rights.send')}</button></div>
  </form>`;
}

/** A rectification: the field and the value asked, prefilled, both editable before applying. */
function renderChange(l: RightsLocalize, i: DeskRightsItem): TemplateResult {
  return html`<fieldset part="rights-change"><legend>${l.t('desk.rights.changes')}</legend>
    <label>${l.t('desk.rights.changeField')}
      <select name="field">${CORRECTABLE_FIELDS.map((f) => html`<option value=${f} ?selected=${f === i.field}>${l.t(FIELD_TEXT[f])}</option>`)}</select></label>
    <label>${l.t('desk.rights.changeValue')} <input name="after" .value=${i.value ?? ''} required autocomplete="off" /></label>
  </fieldset>`;
}

function renderCode(l: RightsLocalize): TemplateResult {
  return html`<label>${l.t('desk.rights.code')}
    <select name="code" required>
      <option value=""></option>
      ${RIGHTS_REFUSAL_CODES.map((c) => html`<option value=${c}>${l.t(RIGHTS_REFUSAL_TEXT[c])}</option>`)}
    </select></label>`;
}

function renderExtend(v: RightsOpenedView): TemplateResult {
  const { l } = v;
  if (v.item.status === 'extended') return html`<p class="muted">${l.t('desk.rights.extendOnce')}</p>`;
  return html`<form part="rights-extend-form" class="extend" @submit=${submit(v.on.extend)}>
    <label>${l.t('desk.rights.extendReason')} <textarea name="reason" maxlength="1000" rows="2" required></textarea></label>
    <div class="actions"><button part="rights-extend" ?disabled=${v.busy}>${l.t('desk.rights.extend')}</button></div>
  </form>`;
}
