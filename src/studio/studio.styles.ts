import { css } from '../core/reactive.js';

export const styles = css`
  :host {
    display: block;
  }
  .studio {
    max-width: var(--procura-studio-max-width, 80rem);
    margin: 0 auto;
    display: grid;
    gap: 1rem;
  }
  fieldset {
    border: 1px solid var(--procura-border, #8a8a8a);
    border-radius: 0.25rem;
    padding: 0.5rem 0.75rem;
    margin: 0;
    min-width: 0;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    margin-inline-end: 1rem;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: start;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  .field input:not([type='checkbox']):not([type='radio']),
  .field select,
  .field textarea {
    min-height: 2.75rem;
    width: 100%;
    font: inherit;
    max-width: 100%;
    box-sizing: border-box;
  }
  /* The kit's surface and text, not the browser's: a light select on a dark page fails contrast (WCAG 1.4.3). */
  select,
  textarea,
  input:not([type='checkbox']):not([type='radio']) {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  textarea {
    width: 100%;
    font-family: ui-monospace, monospace;
  }
  .hint {
    margin: 0;
    font-size: 0.9em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button,
  .button {
    min-height: 2.75rem;
    min-width: 2.75rem;
  }
  .button.file {
    display: inline-flex;
    align-items: center;
    padding: 0 0.75rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    cursor: pointer;
  }
  .button.file:focus-within {
    outline: 3px solid var(--procura-focus, #1a5fb4);
    outline-offset: 2px;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
  }
  .work {
    display: grid;
    gap: 1rem;
    grid-template-columns: 1fr;
  }
  @media (min-width: 700px) {
    .work {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  section {
    min-width: 0;
  }
  #preview-frame {
    border: 1px dashed var(--procura-border, #8a8a8a);
    padding: 0.5rem;
    max-width: 100%;
    box-sizing: border-box;
    overflow: auto;
  }
  #preview-frame.phone {
    width: 360px;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding: 0.5rem;
    border: 1px solid var(--procura-border, #8a8a8a);
  }
  code {
    overflow-wrap: anywhere;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--procura-border, #8a8a8a);
    vertical-align: top;
  }
  .problems li.error {
    font-weight: 600;
  }
  .purpose {
    border-inline-start: 3px solid var(--procura-border, #8a8a8a);
    padding-inline-start: 0.75rem;
    margin-block: 0.75rem;
  }
  .rule {
    margin: 0 0 0 2rem;
    font-size: 0.9em;
  }
  /* A text in fr, nl, en, de side by side (the consent and mandate editors), one column when narrow. */
  fieldset.langs {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5rem;
    min-width: 0;
  }
  fieldset.langs .lang {
    display: grid;
    gap: 0.125rem;
    min-width: 0;
  }
  fieldset.langs .lang[data-missing='true'] label {
    font-style: italic;
  }
  fieldset.langs .field-error {
    grid-column: 1 / -1;
  }
  .pdf-preview iframe {
    width: 100%;
    height: 32rem;
    border: 1px solid var(--procura-border, #8a8a8a);
  }
  dialog .actions {
    display: flex;
    gap: 0.5rem;
  }
`;
