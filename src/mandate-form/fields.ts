/**
 * The fields as pure templates: each takes what it shows (a `FieldView` with the texts, the values
 * and the errors) and keeps no state. The form's `<form>` listens to their input and change.
 */
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import { live } from 'lit/directives/live.js';
import type { MandateKey } from '../i18n/mandate-form.js';
import type { Field, Party, Values } from './model.js';
import type { FormTexts } from './texts.js';
import { fieldId, today, type Pad } from './types.js';

const COUNTRIES = ['BE', 'FR', 'LU', 'NL', 'DE', 'CH', 'CA'];

/** What a field shows: texts, values, which fields are bound to the account, errors. */
export interface FieldView {
  texts: FormTexts;
  values: Values;
  bound: ReadonlySet<string>;
  error(path: string): string | undefined;
  /** The fields are disabled (the form is, or it waits for the tree). */
  off: boolean;
}

/** One formatter per language: a new one for each option of each render was a long task on a slow phone. */
const regionNames = new Map<string, Intl.DisplayNames | null>();

function region(locale: string, code: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null; // an unknown locale: the code itself
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function fieldset(v: FieldView, legend: MandateKey, fields: Field[], off = v.off): TemplateResult {
  return html`<fieldset ?disabled=${off}><legend>${v.texts.localize.t(legend)}</legend>${fields.map((f) => input(v, f))}</fieldset>`;
}

interface Control {
  fid: string;
  path: string;
  ac: string;
  req: boolean;
  err?: string;
  describedBy: string | typeof nothing;
  value: string;
}

function textarea(c: Control): TemplateResult {
  return html`<textarea id=${c.fid} name=${c.path} autocomplete=${c.ac} ?required=${c.req} aria-invalid=${c.err ? 'true' : nothing} aria-describedby=${c.describedBy} .value=${live(c.value)}></textarea>`;
}
function country(c: Control, locale: string): TemplateResult {
  return html`<select id=${c.fid} name=${c.path} autocomplete=${c.ac} aria-describedby=${c.describedBy} .value=${live(c.value)}>
    ${COUNTRIES.map((code) => html`<option value=${code} ?selected=${code === c.value}>${region(locale, code)}</option>`)}
  </select>`;
}
function plain(c: Control, type: string, ro: boolean): TemplateResult {
  const day = today();
  const birth = c.path === 'grantor.birthDate';
  return html`<input id=${c.fid} name=${c.path} type=${type} autocomplete=${c.ac} ?required=${c.req} ?readonly=${ro} aria-invalid=${c.err ? 'true' : nothing} aria-describedby=${c.describedBy}
    min=${type === 'date' && !birth ? day : nothing} max=${birth ? day : nothing}
    inputmode=${c.path.endsWith('enterpriseNumber') ? 'numeric' : nothing} .value=${live(c.value)} />`;
}

/** One field: its label (optional, read-only), hint, control and error. */
export function input(v: FieldView, [path, type, ac, req]: Field): TemplateResult {
  const t = v.texts.localize;
  const err = v.error(path);
  const hint = v.texts.hint(path);
  const fid = fieldId(path);
  const ro = v.bound.has(path);
  const describedBy = [hint && `h-${fid}`, ro && 'bound-hint', err && `e-${fid}`].filter(Boolean).join(' ') || nothing;
  const value = String(v.values[path] ?? (type === 'country' ? 'BE' : ''));
  const c: Control = { fid, path, ac, req: !!req, err, describedBy, value };
  const control = type === 'textarea' ? textarea(c) : type === 'country' ? country(c, t.locale) : plain(c, type, ro);
  return html`<div class="field">
    <label for=${fid}>${v.texts.label(path)} ${req ? nothing : html`<span class="opt">${t.t('mandate.optional')}</span>`}${ro ? html` <span class="opt">${t.t('mandate.readonly')}</span>` : nothing}</label>
    ${hint ? html`<p class="hint" id="h-${fid}">${t.t(hint)}</p>` : nothing} ${control}
    ${err ? html`<p class="field-error" id="e-${fid}">${err}</p>` : nothing}
  </div>`;
}

/** A choice among a few options, each with its text. */
export function radios<O extends string>(
  v: FieldView,
  group: { path: string; legend: MandateKey; current: O; options: Record<O, MandateKey> },
): TemplateResult {
  const t = v.texts.localize;
  // Each value a plain string (an attribute), whatever the group's narrower option type.
  const options: [string, MandateKey][] = Object.entries<MandateKey>(group.options);
  return html`<fieldset ?disabled=${v.off}>
    <legend>${t.t(group.legend)}</legend>
    ${options.map(([o, key]) => html`<label class="choice"><input type="radio" name=${group.path} value=${o} .checked=${live(group.current === o)} />${t.t(key)}</label>`)}
  </fieldset>`;
}

/**
 * The pad shows its own error, inside its shadow root, on the control it is about and worded
 * for the method chosen; the form only asks it to show it (and repeats it in the summary).
 * A server's message about a signature, which the pad cannot know, stays beside it.
 */
export function pad(
  v: FieldView,
  p: { party: Party; legend: MandateKey; signer: string; serverError?: string; off: boolean },
  on: { input(): void; change(pad: Pad): void },
): TemplateResult {
  const path = `signatures.${p.party}`;
  const t = v.texts.localize;
  return html`<fieldset ?disabled=${p.off}>
    <legend>${t.t(p.legend)}</legend>
    <procura-signature-pad id=${fieldId(path)} data-party=${p.party} name=${path} required no-draft methods="drawn uploaded typed"
      signer-name=${p.signer} lang=${t.locale} aria-invalid=${v.error(path) ? 'true' : nothing}
      @input=${() => on.input()} @change=${(e: Event) => on.change(e.currentTarget as Pad)}></procura-signature-pad>
    ${p.serverError ? html`<p class="field-error" id="e-${fieldId(path)}" role="alert">${p.serverError}</p>` : nothing}
  </fieldset>`;
}
