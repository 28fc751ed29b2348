import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--procura-delegation-tree-gap, var(--_space));
    --_option-bg: var(--procura-delegation-tree-option-background, var(--_bg));
    --_option-selected: var(--procura-delegation-tree-option-selected-border, var(--_accent));
    --_refused: var(--procura-delegation-tree-refused-color, var(--_danger));
    max-width: var(--procura-delegation-tree-max-width, 42rem);
  }
  h2, h3 { margin: 0 0 var(--_gap); line-height: 1.25; }
  fieldset { border: 0; margin: 0 0 var(--_gap); padding: 0; min-width: 0; }
  legend { font-weight: 600; font-size: 1.15em; margin-bottom: 0.5rem; padding: 0; }
  legend .step { display: block; font-weight: 400; font-size: 0.85em; color: var(--_muted); }
  .help { color: var(--_muted); margin: 0 0 0.75rem; }
  [part~='options'] { display: grid; gap: 0.5rem; }
  [part~='option'] {
    display: flex; gap: 0.75rem; align-items: center; min-height: 44px; padding: 0.5rem 0.75rem;
    border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_option-bg); cursor: pointer;
  }
  [part~='option']:has(input:checked) { border-color: var(--_option-selected); box-shadow: inset 0 0 0 1px var(--_option-selected); }
  input[type='radio'] { width: 1.25rem; height: 1.25rem; margin: 0; flex: none; accent-color: var(--_accent); }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: var(--_gap) 0; }
  [part~='outcome'] { border-left: 4px solid var(--_ok); padding: 0.25rem 0 0.25rem 1rem; margin: 0 0 var(--_gap); }
  [part~='outcome'].refused { border-left-color: var(--_refused); }
  .verdict { font-weight: 600; }
  [part~='summary'] dl { margin: 0; }
  [part~='summary'] div { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem; padding: 0.5rem 0; border-top: 1px solid color-mix(in srgb, var(--_line) 40%, transparent); }
  dt { flex: 1 1 16rem; color: var(--_muted); }
  dd { margin: 0; flex: 1 1 12rem; display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; font-weight: 600; }
  [part~='change'] { font-weight: 400; }
  [part~='next'] { display: inline-block; font-weight: 600; }
  @media (forced-colors: active) {
    [part~='option']:has(input:checked) { outline: 2px solid Highlight; }
    [part~='outcome'] { border-left-color: CanvasText; }
  }
`;
