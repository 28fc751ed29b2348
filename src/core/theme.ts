// Not from 'lit': its index would bring LitElement and lit-html into a chunk that needs only `css` (a Lit-free element).
import { css } from './reactive-css.js';

/**
 * Tokens and shared rules. Three tiers: global `--procura-*` tokens → public
 * `--procura-<element>-*` hooks set by each element → private `--_*` variables.
 * No apostrophe in the comments of this CSS: the build's minifier would read it as a string's quote.
 */
export const baseStyles = css`
  :host {
    --_fg: var(--procura-color-text, #1c1f23);
    --_muted: var(--procura-color-muted, #4a5058);
    --_bg: var(--procura-color-surface, #ffffff);
    --_line: var(--procura-color-border, #767d86);
    --_accent: var(--procura-color-accent, #0b5cad);
    --_on-accent: var(--procura-color-on-accent, #ffffff);
    --_danger: var(--procura-color-danger, #b3261e);
    --_ok: var(--procura-color-success, #1e6b34);
    --_warn-bg: var(--procura-color-warning-surface, #fff4ce);
    --_radius: var(--procura-radius, 6px);
    --_space: var(--procura-space, 1rem);
    --_focus: var(--procura-focus-ring, 3px solid #0b5cad);
    --_warn: var(--procura-color-warning, #8a5a00);
    --_disabled-bg: var(--procura-color-disabled-surface, #f1f2f4);
    display: block;
    /* The element paints its own surface: on a dark site its text does not land on the background of the page (WCAG 1.4.3). */
    color-scheme: light;
    background: var(--_bg);
    color: var(--_fg);
    font: var(--procura-font, inherit);
    line-height: 1.5;
    /* A long e-mail or reference breaks rather than pushing the page sideways (WCAG 1.4.10). */
    overflow-wrap: break-word;
  }
  /* Dark tokens: the same --procura-color-* properties, so a site that sets them still wins. */
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--procura-color-text, #e8eaed);
      --_muted: var(--procura-color-muted, #b4bac2);
      --_bg: var(--procura-color-surface, #1c1f23);
      --_line: var(--procura-color-border, #8d949e);
      --_accent: var(--procura-color-accent, #8ab4f8);
      --_on-accent: var(--procura-color-on-accent, #0b1a2e);
      --_danger: var(--procura-color-danger, #f2b8b5);
      --_ok: var(--procura-color-success, #81c995);
      --_warn-bg: var(--procura-color-warning-surface, #3d3200);
      --_warn: var(--procura-color-warning, #f0c35a);
      --_disabled-bg: var(--procura-color-disabled-surface, #2b2f35);
      --_focus: var(--procura-focus-ring, 3px solid #8ab4f8);
      color-scheme: dark;
    }
  }
  :host([hidden]) { display: none; }
  /* The top wrapper of the shadow root of every element: it carries the lang of the element (WCAG 3.1.2). */
  .procura-root { display: block; }
  *, *::before, *::after { box-sizing: border-box; }
  :focus-visible { outline: var(--_focus); outline-offset: 2px; }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_line);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  button.primary, button[part~=submit] { background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  button { max-width: 100%; }
  img, canvas, svg { max-width: 100%; }
  a { color: var(--_accent); }
  input, select, textarea { font: inherit; color: inherit; }
  .notice { padding: 0.75rem 1rem; border-radius: var(--_radius); border-left: 4px solid var(--_accent); background: color-mix(in srgb, var(--_accent) 8%, var(--_bg)); margin: 0 0 var(--_space); }
  .notice.warn { border-left-color: var(--_warn); background: var(--_warn-bg); }
  .notice.error, [part~=error] { border-left: 4px solid var(--_danger); }
  [part~=error] { padding: 0.75rem 1rem; border-radius: var(--_radius); background: color-mix(in srgb, var(--_danger) 7%, var(--_bg)); margin: 0 0 var(--_space); }
  .field-error { color: var(--_danger); font-size: 0.95em; margin: 0.25rem 0 0; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) {
    :host { background: Canvas; color: CanvasText; }
    button.primary, button[part~=submit] { border: 2px solid ButtonText; }
    .notice, [part~=error] { border: 1px solid CanvasText; }
    :focus-visible { outline: 3px solid Highlight; }
  }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;
