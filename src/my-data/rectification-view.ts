// The request form's rectification fields: a rarer part of the form, loaded with its check (send.ts) once a
// rectification is chosen (or prefetched once the sheet is idle).
import { html, type TemplateResult } from '../core/reactive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CORRECTABLE_FIELDS } from '../model/rights.js';
import { described, error, invalid, type FormView } from './requests-view.js';

/** The data to correct and its new value: shown once a rectification is chosen. */
export function rectification(v: FormView): TemplateResult {
  const opt = (f: (typeof CORRECTABLE_FIELDS)[number]) =>
    html`<option value=${f} ?selected=${v.form.field === f}>${v.texts.field(f)}</option>`;
  return html`<label for="md-field">${v.l.t('rights.field')}</label>
    <select id="md-field" name="field" @change=${v.on.field} aria-invalid=${invalid(v, 'field')} aria-describedby=${ifDefined(described(v, 'field'))}>
      <option value="" ?selected=${!v.form.field}>${v.l.t('rights.field.choose')}</option>${CORRECTABLE_FIELDS.map(opt)}
    </select>${error(v, 'field')}
    <label for="md-value">${v.l.t('rights.value')}</label>
    <input id="md-value" name="value" autocomplete="off" .value=${v.form.value} @input=${v.on.value} aria-invalid=${invalid(v, 'value')} aria-describedby=${ifDefined(described(v, 'value'))} />
    ${error(v, 'value')}`;
}
