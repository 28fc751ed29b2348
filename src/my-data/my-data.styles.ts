import { css } from '../core/reactive.js';

/** The sheet's styles (buttons take their 44 px, the box model and the font from the core's base styles). */
export const styles = css`
  :host {
    --_h: var(--procura-my-data-height, 24rem);
  }
  /* overflow-wrap everywhere: the office's name, notices and buttons sit outside the parts too. */
  .root { min-height: var(--_h); overflow-wrap: anywhere; }
  h2 { font-size: 1.25em; margin: 1.5rem 0 0.5rem; }
  h3 { font-size: 1.05em; margin: 1rem 0 0.5rem; }
  h4 { font-size: 1em; margin: 0 0 0.25rem; }
  .muted { color: var(--_muted); }
  /* Names, e-mails, hashes and references have no spaces to break at on a phone. */
  .part, .request, .hash { overflow-wrap: anywhere; }
  .part { border-top: 1px solid var(--_line); padding-top: 0.25rem; }
  .facts { display: grid; gap: 0.25rem 1rem; margin: 0 0 0.5rem; }
  .facts div { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 0 1rem; }
  .facts dt { font-weight: 600; }
  .facts dd { margin: 0; }
  @media (max-width: 30rem) {
    .facts div { grid-template-columns: 1fr; }
  }
  ul { padding-inline-start: 1.25rem; }
  .history > li, .request { margin: 0 0 0.75rem; }
  ul[role='list'] { list-style: none; padding: 0; }
  .request { border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.75rem 1rem; background: var(--_bg); }
  .request p { margin: 0.25rem 0; }
  .answer { border-inline-start: 4px solid var(--_line); padding-inline-start: 0.75rem; margin: 0.5rem 0; }
  .downloads { display: flex; flex-wrap: wrap; gap: 0.75rem; }
  form { display: grid; gap: 0.35rem; max-width: 40rem; }
  fieldset { border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.5rem 1rem; margin: 0 0 0.5rem; min-width: 0; }
  .choice { display: flex; gap: 0.5rem; align-items: center; min-height: 44px; }
  .choice input { width: 1.25rem; height: 1.25rem; margin: 0; flex: none; }
  label { font-weight: 600; margin-top: 0.5rem; }
  .choice { font-weight: normal; margin: 0; }
  select, input:not([type='radio']), textarea { min-height: 44px; max-width: 100%; padding: 0.25rem 0.5rem; border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg); }
  /* A grid or flex item would otherwise be as wide as its longest word or option. */
  .facts div > *, form > *, .choice > * { min-width: 0; }
  /* The policy link stands alone on its line: a 24 px target (WCAG 2.5.8). */
  a[part='policy'] { display: inline-flex; align-items: center; min-height: 24px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 0.5rem; }
`;
