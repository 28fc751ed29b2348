import { css } from '../core/reactive.js';

export const styles = css`
  :host {
    --_ink: var(--procura-signature-pad-ink, #0b1f4d);
    --_pad-bg: var(--procura-signature-pad-background, #ffffff);
    --_typed-font: var(--procura-signature-pad-typed-font, 'Segoe Script', 'Bradley Hand', 'Snell Roundhand', 'Brush Script MT', 'Apple Chancery', 'URW Chancery L', cursive);
  }
  /* The panels give their width to the drawing area; their own width never comes from it. */
  .panel { container-type: inline-size; }
  .label { font-weight: 600; margin: 0 0 0.5rem; }
  .help, .status { color: var(--_muted); margin: 0.25rem 0 0.5rem; font-size: 0.95em; }
  fieldset { border: 0; margin: 0 0 0.75rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
  legend { padding: 0; margin-bottom: 0.25rem; }
  [part~='method'] { display: inline-flex; align-items: center; gap: 0.4rem; min-height: 44px; padding: 0.4rem 0.9rem; border: 1px solid var(--_line); border-radius: var(--_radius); cursor: pointer; }
  [part~='method-selected'] { border-color: var(--_accent); box-shadow: inset 0 -3px 0 var(--_accent); }
  [part~='method']:has(:focus-visible) { outline: var(--_focus); outline-offset: 2px; }
  .surface {
    position: relative;
    width: 100%;
    /* A third of the panel's width, from a container query rather than aspect-ratio: with
       aspect-ratio the 120 px floor passed through the ratio made the pad's min-content
       360 px, wider than a phone's column in a grid or a flex row. */
    height: var(--procura-signature-pad-height, max(120px, calc(100cqi / 3)));
    color: var(--_ink);
    background: var(--_pad-bg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  .surface::after { content: ''; position: absolute; left: 8%; right: 8%; bottom: 22%; border-bottom: 1px dashed var(--_line); pointer-events: none; }
  canvas { position: absolute; inset: 0; width: 100%; height: 100%; border-radius: inherit; cursor: crosshair; }
  :host([disabled]) .surface { opacity: 0.6; }
  .surface[aria-busy] { cursor: progress; }
  :host([disabled]) canvas { cursor: not-allowed; }
  .tools { display: flex; gap: 0.5rem; margin-top: 0.5rem; flex-wrap: wrap; }
  [part~='error'] { margin: 0.5rem 0 0; }
  label.block { display: block; margin-bottom: 0.25rem; }
  input[type='text'] { width: 100%; min-height: 44px; padding: 0.4rem 0.6rem; border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_bg); }
  .check { display: flex; gap: 0.5rem; align-items: flex-start; margin-top: 0.5rem; }
  .check input { width: 1.25rem; height: 1.25rem; margin-top: 0.15rem; flex: none; }
  /* Ink on paper in light and dark pages alike: the preview keeps the drawing area's surface. */
  [part~='typed-preview'] { font: 2.2rem/1.4 var(--_typed-font); color: var(--_ink); background: var(--_pad-bg); border-radius: var(--_radius); padding: 0 0.5rem; min-height: 3.2rem; overflow-wrap: anywhere; }
  [part~='preview'] { display: block; max-width: 100%; max-height: 200px; margin: 0.5rem 0; background: var(--_pad-bg); border: 1px solid var(--_line); border-radius: var(--_radius); }
  @media (forced-colors: active) {
    .surface, [part~='preview'], [part~='typed-preview'] { forced-color-adjust: none; background: #ffffff; color: #000000; }
    [part~='method-selected'] { border: 3px solid Highlight; }
  }
`;
