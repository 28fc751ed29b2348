// The request form and the list of requests, as pure templates.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MyDataActKey } from '../i18n/my-data-act.js';
import { RIGHTS_KINDS, type RightsRequest } from '../model/rights.js';
import type { FormErrors, RequestForm } from './store.js';
import { part, type SheetView } from './summary-view.js';
import { KIND_TEXT } from './texts.js';

export interface FormView extends SheetView {
  form: RequestForm;
  errors: FormErrors;
  /** The backend's words about a field (`field`, `value`, `attachment`), in the page's language. */
  server: Record<string, string>;
  busy: boolean;
  status: TemplateResult;
  /** The rectification's fields (rectification-view.ts): loaded with the form's rarer parts, once it is chosen. */
  rectification?: (v: FormView) => TemplateResult;
  on: {
    kind(e: Event): void;
    field(e: Event): void;
    value(e: Event): void;
    note(e: Event): void;
    file(e: Event): void;
    submit(e: Event): void;
  };
}

/** In the lazy catalog of what a person does: errors are shown only after a submission loaded it. */
const ERROR_TEXT: Record<NonNullable<FormErrors[keyof FormErrors]>, MyDataActKey> = {
  kind: 'rights.error.kind',
  field: 'rights.error.field',
  value: 'rights.error.value',
  fileSize: 'rights.error.fileSize',
  fileType: 'rights.error.fileType',
};

const SERVER_PATH: Record<keyof FormErrors, string> = {
  kind: 'kind',
  field: 'field',
  value: 'value',
  file: 'attachment',
};
const says = (v: FormView, name: keyof FormErrors) =>
  v.errors[name] ? v.l.t(ERROR_TEXT[v.errors[name]]) : v.server[SERVER_PATH[name]];

export function error(v: FormView, name: keyof FormErrors): TemplateResult | typeof nothing {
  const text = says(v, name);
  return text ? html`<p class="field-error" id="err-${name}">${text}</p>` : nothing;
}
export const described = (v: FormView, name: keyof FormErrors) => (says(v, name) ? `err-${name}` : undefined);
export const invalid = (v: FormView, name: keyof FormErrors) => (says(v, name) ? 'true' : 'false');

function kinds(v: FormView): TemplateResult {
  const radio = (k: (typeof RIGHTS_KINDS)[number]) =>
    html`<label class="choice"><input type="radio" name="kind" value=${k} .checked=${v.form.kind === k} @change=${v.on.kind} />
      ${v.l.t(KIND_TEXT[k])}</label>`;
  return html`<fieldset aria-describedby=${ifDefined(described(v, 'kind'))}>
    <legend>${v.l.t('rights.kind')}</legend>${RIGHTS_KINDS.map(radio)}${error(v, 'kind')}</fieldset>`;
}

export function requestForm(v: FormView): TemplateResult {
  const body = html`<form novalidate @submit=${v.on.submit} part="form">
      ${kinds(v)}${v.form.kind === 'rectification' ? (v.rectification?.(v) ?? nothing) : nothing}
      <label for="md-file">${v.l.t('rights.file')}</label>
      <input id="md-file" name="file" type="file" accept="application/pdf,image/png,image/jpeg" @change=${v.on.file} aria-invalid=${invalid(v, 'file')} aria-describedby=${ifDefined(described(v, 'file'))} />
      ${error(v, 'file')}
      <label for="md-note">${v.l.t('rights.note')}</label>
      <textarea id="md-note" name="note" maxlength="2000" rows="3" .value=${v.form.note} @input=${v.on.note}></textarea>
      <div class="actions"><button type="submit" part="submit" class="primary" ?disabled=${v.busy}>${v.l.t('rights.submit')}</button></div>
      ${v.status}
    </form>`;
  return part(v, 'form', v.l.t('rights.form'), body);
}

export interface ListView extends SheetView {
  receipt(r: RightsRequest): void;
}

function answer(v: ListView, r: RightsRequest): TemplateResult | typeof nothing {
  const a = r.answer;
  if (!a) return nothing;
  const refusal = a.outcome === 'done' ? undefined : v.texts.refusal(a.code);
  return html`<div class="answer" part="answer"><p>${v.texts.outcome(r)}</p>
    ${refusal ? html`<p>${refusal}</p>` : nothing}
    ${a.note ? html`<p>${v.l.t('rights.noteLabel')} <bdi>${a.note}</bdi></p>` : nothing}
    ${a.changes?.length ? html`<ul>${a.changes.map((c) => html`<li>${v.texts.change(c)}</li>`)}</ul>` : nothing}</div>`;
}

function item(v: ListView, r: RightsRequest): TemplateResult {
  const asked =
    r.kind === 'rectification' && r.field && r.value !== undefined
      ? html`<p>${v.l.t('rights.asked', { field: v.texts.field(r.field), value: v.texts.value(r.field, r.value) })}</p>`
      : nothing;
  return html`<li class="request ${r.status}" part="request" data-id=${r.id}>
    ${v.h(2, v.texts.title(r))}
    <p>${v.l.t('rights.receivedOn', { date: v.texts.date(r.receivedAt) })} <strong>${v.texts.status(r)}</strong></p>
    ${asked}${r.note ? html`<p><bdi>${r.note}</bdi></p>` : nothing}
    ${r.attachment ? html`<p>${v.l.t('rights.attachment', { name: r.attachment.filename })}</p>` : nothing}
    ${r.extension ? html`<p>${v.l.t('rights.extension')} <bdi>${r.extension.reason}</bdi></p>` : nothing}
    ${answer(v, r)}
    <button type="button" part="receipt" aria-label=${v.l.t('rights.receiptOf', { reference: r.reference })} @click=${() => v.receipt(r)}>${v.l.t('rights.receipt')}</button>
  </li>`;
}

export function requestList(v: ListView, items: RightsRequest[]): TemplateResult {
  const sorted = [...items].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const body = sorted.length
    ? html`<ul class="requests" role="list">${sorted.map((r) => item(v, r))}</ul>`
    : html`<p class="muted">${v.l.t('rights.list.empty')}</p>`;
  return part(v, 'requests', v.l.t('rights.list'), body);
}
