/**
 * The form after its first screen, a chunk loaded when the browser is idle after the first paint
 * (or at the first error, or with a draft restored at a later step): the hand-over and the
 * mandatary's steps, the error messages and the errors' summary, with their texts and styles; the
 * backend's controllers and the session's prefill.
 */
import { css, html, nothing, type TemplateResult } from '../core/reactive.js';
import { fieldsOf, MANDATARY, VALIDITY, type Field, type Kind } from './model.js';
import { fieldset, type FieldView } from './fields.js';
import { stepForm, type StepView } from './steps.js';
import type { FormTexts } from './texts.js';
import type { MandateKey } from '../i18n/mandate-form.js';
import { fieldId } from './types.js';

export { laterCatalog } from '../i18n/mandate-form-later.js';
export { check } from './check.js';
export { prefill } from './session-fill.js';
export { BackendController } from '../core/backend-controller.js';

/** The errors' summary, added to the element's styles with this chunk. */
export const laterStyles = css`
  .summary-heading { margin: 0 0 0.5rem; font-size: 1em; }
  .summary ul { margin: 0; padding-left: 1.25rem; }
  /* Links stacked one per line are targets of their own: 24 px tall at least (WCAG 2.5.8). */
  .summary a { display: inline-block; min-height: 24px; padding-block: 0.15rem; }
`;

/** Errors worded the same for every field. */
const ERRORS: Record<string, MandateKey> = {
  required: 'mandate.error.required',
  max: 'mandate.error.max',
  format: 'mandate.error.format',
  sameEmail: 'mandate.error.sameEmail',
  sharedEmail: 'mandate.error.sharedEmail',
  enterpriseNumber: 'mandate.error.enterpriseNumber',
  past: 'mandate.error.past',
  future: 'mandate.error.future',
  order: 'mandate.error.order',
  signature: 'mandate.error.signature',
};

/** The key of an error: the field's own wording when it has one, else the code's. */
export function errorKey(code: string, path: string, type?: Field[1]): MandateKey | undefined {
  const last = path.split('.').pop();
  if (code === 'required' && last === 'contractIds') return 'mandate.error.required.contractIds';
  if (code === 'max' && last === 'contractIds') return 'mandate.error.max.contractIds';
  if (code === 'format' && (last === 'email' || type === 'email')) return 'mandate.error.format.email';
  if (code === 'format' && type === 'date') return 'mandate.error.format.date';
  if (code === 'pattern' && last === 'phone') return 'mandate.error.pattern.phone';
  return ERRORS[code];
}

/** The message of an issue on a field, worded for the field when it has its own. */
export function message(texts: FormTexts, path: string, code: string, kind: Kind): string {
  const type = [...fieldsOf(kind), ...VALIDITY, ...MANDATARY].find((f) => f[0] === path)?.[1];
  return texts.localize.t(errorKey(code, path, type) ?? 'core.invalid');
}

/** The list of errors at the top of a step submitted with some; each links to its field. */
export function summary(
  v: FieldView,
  paths: string[],
  to: { focus(path: string): void; heading(content: string): TemplateResult },
): TemplateResult | typeof nothing {
  const items = paths.filter((p) => v.error(p));
  if (!items.length) return nothing;
  const t = v.texts.localize;
  const label = (p: string) => v.texts.label(p.startsWith('signatures.') ? `signature.${p.slice(11)}` : p);
  return html`<div part="error" class="summary" role="alert">
    ${to.heading(t.t('mandate.summary', { count: items.length }))}
    <ul>
      ${items.map(
        (p) =>
          html`<li><a href="#${fieldId(p)}" @click=${(e: Event) => {
            e.preventDefault();
            to.focus(p);
          }}>${t.t('mandate.summaryItem', { field: label(p), message: v.error(p) ?? '' })}</a></li>`,
      )}
    </ul>
  </div>`;
}

export function mandataryStep(v: StepView, off: boolean): TemplateResult {
  return stepForm(
    v,
    html`${fieldset(v, 'mandate.legend.mandatary', MANDATARY, off)} ${v.pad('mandatary', off)}`,
    'handover',
  );
}

/** Handing the device over: what happens to the draft meanwhile. */
export function handoverStep(v: StepView, draft: 'off' | 'unavailable' | 'kept', days: number): TemplateResult {
  const t = v.texts.localize;
  const later = {
    off: () => t.t('mandate.handover.noDraft'),
    unavailable: () => t.t('core.draftsOff'),
    kept: () => t.t('mandate.handover.later', { days }),
  }[draft];
  return html`<p>${t.t('mandate.handover.text')}</p>
    <p>${later()}</p>
    <div class="actions">
      <button type="button" ?disabled=${v.backOff} @click=${() => v.on.go('grantor')}>${t.t('mandate.back')}</button>
      <button type="button" part="next" class="primary" @click=${() => v.on.go('mandatary')}>${t.t('mandate.handover.continue')}</button>
    </div>`;
}
