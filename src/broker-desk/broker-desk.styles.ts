import { css } from 'lit';

export const styles = css`
  :host {
    --_list: var(--procura-broker-desk-list-height, 32rem);
    --_doc: var(--procura-broker-desk-document-height, 36rem);
  }
  h2 { font-size: 1.25em; margin: 0 0 0.75rem; }
  h3 { font-size: 1.1em; margin: 1rem 0 0.5rem; }
  h4 { font-size: 1em; margin: 1rem 0 0.25rem; }
  .muted { color: var(--_muted); }
  .ok { color: var(--_ok); }
  .bad { color: var(--_danger); }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0 0 0.5rem; }
  .tabs { display: flex; flex-wrap: wrap; gap: 0.25rem; }
  [part~='tab'] { min-height: 44px; padding: 0.25rem 0.75rem; }
  [part~='tab'][aria-pressed='true'] { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; }
  .search { display: grid; gap: 0.25rem; flex: 1 1 16rem; min-width: 0; }
  input, select, textarea { min-height: 44px; padding: 0 0.5rem; border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg); max-width: 100%; box-sizing: border-box; font: inherit; }
  textarea { padding: 0.5rem; width: 100%; }
  input[type='checkbox'], input[type='radio'] { min-height: 24px; min-width: 24px; margin: 0 0.25rem 0 0; vertical-align: middle; }
  .count { margin: 0 0 0.5rem; font-weight: 600; }
  .layout { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); align-items: start; }
  .scroller { max-height: min(var(--_list), calc(100dvh - 2rem)); overflow-y: auto; overflow-anchor: none; overscroll-behavior: contain; }
  ul[role='list'] { list-style: none; margin: 0; padding: 0; }
  .row { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: center; border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.5rem 0.75rem; margin: 0 0 0.5rem; background: var(--_bg); overflow-wrap: anywhere; }
  .row.open { border: 3px solid var(--_accent); }
  .ref { min-height: 44px; padding: 0.25rem 0.75rem; }
  .cells { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; flex: 1 1 12rem; min-width: 0; }
  .client { font-weight: 600; }
  .badge { font-weight: 600; border: 1px solid currentColor; border-radius: 999px; padding: 0 0.6em; }
  .active .badge { color: var(--_ok); }
  .refused .badge, .revoked .badge { color: var(--_danger); }
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
  .audit form { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; }
  .audit label, dialog label { display: grid; gap: 0.25rem; min-width: 0; }
  .audit button { min-height: 44px; }
  dialog { max-width: min(36rem, calc(100vw - 1rem)); max-height: calc(100dvh - 1rem); overflow-y: auto; border: 1px solid var(--_line); border-radius: var(--_radius); padding: 1.25rem 1.5rem; color: var(--_fg); background: var(--_bg); overflow-wrap: anywhere; }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  dialog h2 { margin-top: 0; }
  dialog form > * { margin: 0.5rem 0; }
  dialog fieldset label { display: block; }
  .skeleton { height: 12rem; display: grid; gap: 0.5rem; grid-template-rows: repeat(3, 1fr); }
  .skeleton span { border-radius: var(--_radius); background: #eceef1; }
  @media (forced-colors: active) {
    .badge { border-color: CanvasText; }
    .row.open { border-color: Highlight; }
  }
`;
