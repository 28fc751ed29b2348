import { css } from '../core/reactive.js';

/** The inbox's styles (buttons take their 44 px, the box model and the font from the core's base styles); the opened request's, the dialogs' and the panels' load with their chunks (request-styles.ts). */
export const styles = css`
  :host {
    --_list: var(--procura-broker-desk-list-height, 32rem);
    --_doc: var(--procura-broker-desk-document-height, 36rem);
  }
  h2 { font-size: 1.25em; margin: 0 0 0.75rem; }
  h3 { font-size: 1.1em; margin: 1rem 0 0.5rem; }
  h4 { font-size: 1em; margin: 1rem 0 0.25rem; }
  .muted { color: var(--_muted); }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0 0 0.5rem; }
  .tabs { display: flex; flex-wrap: wrap; gap: 0.25rem; }
  [part~='tab'], .ref { padding: 0.25rem 0.75rem; }
  [part~='tab'][aria-pressed='true'] { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; }
  .search { display: grid; gap: 0.25rem; flex: 1 1 16rem; min-width: 0; }
  input, select, textarea { min-height: 44px; padding: 0 0.5rem; border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg); max-width: 100%; }
  .count { margin: 0 0 0.5rem; font-weight: 600; }
  .layout { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); align-items: start; }
  .scroller { max-height: min(var(--_list), calc(100dvh - 2rem)); overflow-y: auto; overflow-anchor: none; overscroll-behavior: contain; }
  ul[role='list'] { list-style: none; margin: 0; padding: 0; }
  .row { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: center; border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.5rem 0.75rem; margin: 0 0 0.5rem; background: var(--_bg); overflow-wrap: anywhere; }
  .row.open { border: 3px solid var(--_accent); }
  .cells { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; flex: 1 1 12rem; min-width: 0; }
  .client { font-weight: 600; }
  .badge { font-weight: 600; border: 1px solid currentColor; border-radius: 999px; padding: 0 0.6em; }
  .active .badge { color: var(--_ok); }
  .refused .badge, .revoked .badge { color: var(--_danger); }
  .audit form { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; }
  .audit label { display: grid; gap: 0.25rem; min-width: 0; }
  .skeleton { height: 12rem; display: grid; gap: 0.5rem; grid-template-rows: repeat(3, 1fr); }
  .skeleton span { border-radius: var(--_radius); background: #eceef1; }
  @media (forced-colors: active) {
    .badge { border-color: CanvasText; }
    .row.open { border-color: Highlight; }
  }
  /* The views' tab list. */
  .views { display: flex; flex-wrap: wrap; gap: 0.25rem; border-bottom: 2px solid var(--_line); margin: 0 0 1rem; }
  [part~='view-tab'] { padding: 0.25rem 1rem; border-radius: var(--_radius) var(--_radius) 0 0; }
  [part~='view-tab'][aria-selected='true'] { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; }
  @media (forced-colors: active) {
    [part~='view-tab'][aria-selected='true'] { border-color: Highlight; }
  }
`;
