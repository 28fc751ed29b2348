import { css } from '../core/reactive.js';

export const styles = css`
  :host {
    --_gap: var(--procura-consent-gap, 0.75rem);
    --_box: var(--procura-consent-checkbox-size, 1.5rem);
    --_notice-bg: var(--procura-consent-notice-background, color-mix(in srgb, var(--_accent) 5%, var(--_bg)));
  }
  [part~='notice'] { padding: 0.75rem 1rem; border-radius: var(--_radius); background: var(--_notice-bg); margin: 0 0 var(--_space); font-size: 0.95em; }
  [part~='notice'] p { margin: 0 0 0.4rem; }
  [part~='notice'] p:last-child { margin: 0; }
  fieldset { border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.75rem 1rem 1rem; margin: 0 0 var(--_space); min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .intro { margin: 0 0 var(--_gap); color: var(--_muted); }
  [part~='purpose'] { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0.25rem 0.6rem; align-items: start; padding: var(--_gap) 0; border-top: 1px solid color-mix(in srgb, var(--_line) 35%, transparent); }
  /* 24 px at least even when the page's font is small (WCAG 2.5.8): the label beside it is a target too. */
  input[type='checkbox'] { width: var(--_box); height: var(--_box); min-width: 24px; min-height: 24px; margin: 0; flex: none; accent-color: var(--_accent); cursor: pointer; }
  label { cursor: pointer; font-weight: 500; min-height: 24px; overflow-wrap: break-word; min-width: 0; }
  /* The policy link stands alone on its line: a target of its own. */
  [part~='policy'] { display: inline-block; min-height: 24px; padding-block: 0.15rem; }
  [part~='notice'], [part~='description'] { overflow-wrap: anywhere; }
  [part~='description'] { grid-column: 2; color: var(--_muted); font-size: 0.95em; }
  [part~='description'] p { margin: 0 0 0.25rem; }
  .state { color: var(--_fg); font-style: italic; }
  .actions { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
  /* Empty live regions stay in the accessibility tree (never display:none), they only take no room. */
  [role='status']:empty, .alert:empty { margin: 0; }
  [role='status'] { margin: 0.5rem 0 0; }
  @media (forced-colors: active) {
    fieldset, [part~='notice'] { border: 1px solid CanvasText; }
  }
`;
