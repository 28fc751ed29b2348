import { css } from '../core/reactive.js';

/**
 * The opened request's, the dialogs' and the rights and staff panels' styles: added to the desk's
 * shadow root with the chunk that shows them (addStyles in view-tabs.ts), not with the inbox.
 */
export const requestStyles = css`
  .ok { color: var(--_ok); }
  .bad { color: var(--_danger); }
  textarea { padding: 0.5rem; width: 100%; }
  input[type='checkbox'], input[type='radio'] { min-height: 24px; min-width: 24px; margin: 0 0.25rem 0 0; vertical-align: middle; }
  .request { border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.75rem 1rem; overflow-wrap: anywhere; min-width: 0; }
  .request:focus { outline: 3px solid var(--_accent); outline-offset: 2px; }
  .head { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: space-between; align-items: baseline; }
  .head button { min-height: 44px; }
  dl.data { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.25rem 0.75rem; margin: 0.5rem 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  iframe { width: 100%; height: min(var(--_doc), 80dvh); border: 1px solid var(--_line); border-radius: var(--_radius); }
  .sha { font-size: 0.9em; }
  [part~='download'] { display: inline-flex; align-items: center; min-height: 44px; }
  .verify, .trail, .consent-list { margin: 0.25rem 0; padding-inline-start: 1.25rem; }
  details[part~='notice'] > summary { min-block-size: 24px; cursor: pointer; }
  .verify { list-style: none; padding: 0; }
  .checklist { border: 1px solid var(--_line); border-radius: var(--_radius); margin: 1rem 0; padding: 0.5rem 0.75rem; }
  .checklist label { display: block; margin: 0.5rem 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; margin-top: 0.75rem; }
  .actions button { min-height: 44px; padding: 0.25rem 1rem; }
  button.primary:not([disabled]) { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); }
  button.danger { border-color: var(--_danger); color: var(--_danger); }
  dialog button.danger { background: var(--_danger); color: var(--_on-accent); }
  dialog { max-width: min(36rem, calc(100vw - 1rem)); max-height: calc(100dvh - 1rem); overflow-y: auto; border: 1px solid var(--_line); border-radius: var(--_radius); padding: 1.25rem 1.5rem; color: var(--_fg); background: var(--_bg); overflow-wrap: anywhere; }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  dialog h2 { margin-top: 0; }
  dialog form > * { margin: 0.5rem 0; }
  dialog fieldset label { display: block; }
  dialog label { display: grid; gap: 0.25rem; min-width: 0; }
`;
