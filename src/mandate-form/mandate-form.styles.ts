import { css } from '../core/reactive.js';

export const styles = css`
  :host {
    --_gap: var(--procura-mandate-form-gap, 1rem);
    --_field-width: var(--procura-mandate-form-field-width, 28rem);
    --_invalid: var(--procura-mandate-form-invalid-color, var(--_danger));
  }
  form, .step { display: grid; gap: var(--_gap); }
  /* Classes, not tags: the levels follow the \`heading-level\` attribute. */
  .step-heading { margin: 0; font-size: 1.35em; }
  .step-heading:focus { outline: none; }
  .step-heading:focus-visible { outline: var(--_focus); }
  .progress { margin: 0; color: var(--_muted); }
  .live p { margin: 0; }
  fieldset { border: 1px solid var(--_line); border-radius: var(--_radius); padding: var(--_gap); margin: 0; display: grid; gap: 0.75rem; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .field { display: grid; gap: 0.25rem; max-width: var(--_field-width); }
  label { font-weight: 500; }
  .opt, .hint { color: var(--_muted); font-weight: 400; }
  .hint { margin: 0; font-size: 0.95em; }
  input:not([type='radio']):not([type='checkbox']), select, textarea {
    min-height: 44px; padding: 0.5rem 0.6rem; border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_bg); width: 100%;
  }
  textarea { min-height: 4.5rem; resize: vertical; }
  [aria-invalid='true'] { border-color: var(--_invalid) !important; border-width: 2px !important; }
  .choice { display: flex; gap: 0.5rem; align-items: center; min-height: 44px; font-weight: 400; }
  .choice input { width: 1.25rem; height: 1.25rem; margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; justify-content: flex-end; }
  /* The form sits in columns of any width: its step, not the viewport, decides whether a
     term (the review's) stands beside its value or above it. */
  .step { container: step / inline-size; }
  p, li, legend, label { overflow-wrap: break-word; }
  procura-signature-pad { max-width: 40rem; }
  /* A form that cannot be used yet must not look usable: grey, dashed, no text cursor. */
  fieldset:disabled { background: var(--_disabled-bg); }
  :is(input:not([type='radio']):not([type='checkbox']), select, textarea):disabled {
    background: var(--_disabled-bg); border-style: dashed; color: var(--_muted); cursor: not-allowed;
  }
  /* Read-only (from the person's account): quieter than a field to fill, but legible. */
  input:not([type='radio']):not([type='checkbox'])[readonly] { background: var(--_disabled-bg); border-style: dotted; }
  .blocked p, .sign-in-notice p { margin: 0 0 0.5rem; }
  .blocked p:last-child, .sign-in-notice p:last-child { margin: 0; }
  .sign-in-notice a { display: inline-block; min-height: 24px; padding-block: 0.15rem; font-weight: 600; }
  @media (forced-colors: active) {
    [aria-invalid='true'] { border-color: Mark !important; }
  }
`;
