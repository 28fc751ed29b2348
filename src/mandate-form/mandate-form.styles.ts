import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--procura-mandate-form-gap, 1rem);
    --_field-width: var(--procura-mandate-form-field-width, 28rem);
    --_invalid: var(--procura-mandate-form-invalid-color, var(--_danger));
  }
  form, .step { display: grid; gap: var(--_gap); }
  h2 { margin: 0; font-size: 1.35em; }
  h2:focus { outline: none; }
  h2:focus-visible { outline: var(--_focus); }
  .progress { margin: 0; color: var(--_muted); }
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
  .summary h3 { margin: 0 0 0.5rem; font-size: 1em; }
  .summary ul, .docs { margin: 0; padding-left: 1.25rem; }
  .docs li { margin: 0.25rem 0; }
  dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0; }
  dt { color: var(--_muted); }
  dd { margin: 0; overflow-wrap: anywhere; }
  procura-signature-pad { max-width: 40rem; }
  @media (forced-colors: active) {
    [aria-invalid='true'] { border-color: Mark !important; }
  }
`;
