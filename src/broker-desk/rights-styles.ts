import { css } from '../core/reactive.js';

/** The rights queue and the staff panel: added with their chunk (panels.ts). */
export const rightsStyles = css`
  [part~='rights-filter'] { min-height: 44px; padding: 0.25rem 0.75rem; }
  [part~='rights-filter'][aria-pressed='true'] { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; }
  .row.overdue { border-inline-start: 6px solid var(--_danger); }
  .row.overdue .clock, .overdue-count { color: var(--_danger); font-weight: 600; }
  .clock { font-weight: 600; }
  .answer fieldset, .answer label, .extend label { display: grid; gap: 0.25rem; margin: 0.5rem 0; min-width: 0; }
  .answer fieldset label { display: block; }
  [part~='staff-list'] .account { flex: 1 1 100%; min-width: 0; }
  [part~='staff-list'] .row.disabled { border-style: dashed; }
  [part~='rights-attachment'] { min-height: 44px; }
  @media (forced-colors: active) {
    .row.overdue { border-inline-start-color: CanvasText; }
  }
`;
