import { css } from '../core/reactive.js';

export const styles = css`
  :host { --_gap: var(--procura-delegation-tree-gap, var(--_space)); max-width: var(--procura-delegation-tree-max-width, 42rem); }
  h2, h3 { margin: 0 0 var(--_gap); }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { font-weight: 600; font-size: 1.15em; margin-bottom: 0.5rem; padding: 0; }
  .step, .help { display: block; font-weight: 400; color: var(--_muted); }
  [part~='options'] { display: grid; gap: 0.5rem; }
  [part~='option'] { display: flex; gap: 0.75rem; align-items: center; min-height: 44px; padding: 0.5rem 0.75rem; border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--procura-delegation-tree-option-background, var(--_bg)); }
  [part~='option']:has(:checked) { outline: 2px solid var(--procura-delegation-tree-option-selected-border, var(--_accent)); }
  [part~='option'] > span { min-width: 0; overflow-wrap: anywhere; }
  input { flex: none; width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--_accent); }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: var(--_gap) 0; }
  @media (forced-colors: active) { [part~='option']:has(:checked) { outline-color: Highlight; } }
`;
