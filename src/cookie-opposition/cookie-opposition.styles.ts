import { css } from '../core/reactive-css.js';

export const styles = css`
  :host {
    --_on: var(--procura-cookie-opposition-switch-on, var(--_accent));
    --_gap: var(--procura-cookie-opposition-gap, 0.75rem);
  }
  /* One line in a footer: its height is reserved before the first render (no layout shift). */
  :host([compact]) { min-height: 2.75rem; }
  .compact, .control { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem var(--_gap); }
  .compact { min-height: 2.75rem; }
  h2 { font-size: 1.25em; margin: 0 0 0.5rem; }
  dl { margin: 0 0 var(--_space); }
  dt { font-weight: 600; margin-top: 0.5rem; }
  dd { margin: 0; }
  label { cursor: pointer; font-weight: 600; }
  .compact label { font-weight: inherit; }
  [role='switch'] { display: inline-flex; align-items: center; gap: 0.5rem; padding: 0.25rem 0.5rem; }
  .track { position: relative; flex: none; width: 2.75rem; height: 1.5rem; border-radius: 0.75rem; border: 2px solid var(--_line); background: var(--_bg); }
  .thumb { position: absolute; top: 2px; left: 2px; width: 1rem; height: 1rem; border-radius: 50%; background: var(--_muted); transition: transform 0.15s; }
  [aria-checked='true'] .track { background: var(--_on); border-color: var(--_on); }
  [aria-checked='true'] .thumb { transform: translateX(1.25rem); background: var(--_on-accent); }
  .state { min-width: 2.5em; text-align: start; }
  [part~='status'] { margin: var(--_space) 0 0; }
  @media (forced-colors: active) {
    .track { border-color: ButtonText; }
    .thumb { background: ButtonText; }
    [aria-checked='true'] .track { background: Highlight; border-color: Highlight; }
    [aria-checked='true'] .thumb { background: HighlightText; }
  }
`;
