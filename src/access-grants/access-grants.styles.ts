import { css } from '../core/reactive.js';

/** The list's styles; the dialog's and the proof's come with the actions' chunk (act.ts), a difference's with the rarer states' (states.ts). */
export const styles = css`
  :host {
    --_h: var(--procura-access-grants-height, 24rem);
    --_list: var(--procura-access-grants-list-height, 36rem);
    --_flag: var(--procura-access-grants-flag, #8a5a00);
  }
  .root { min-height: var(--_h); }
  .skeleton { height: var(--_h); display: grid; gap: var(--_space); grid-template-rows: repeat(3, 1fr); }
  .skeleton span { border-radius: var(--_radius); background: linear-gradient(90deg, #eceef1, #f6f7f9, #eceef1); background-size: 200% 100%; animation: shimmer 1.5s infinite linear; }
  @keyframes shimmer { to { background-position: -200% 0; } }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0 0 var(--_space); }
  .toolbar label { display: grid; gap: 0.25rem; }
  select { min-height: 44px; padding: 0 0.5rem; border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_bg); }
  .count { margin: 0 0 0 auto; font-weight: 600; }
  h2 { font-size: 1.25em; margin: 1.5rem 0 0.5rem; }
  h3 { font-size: 1.05em; margin: 1rem 0 0.5rem; }
  h4 { font-size: 1em; margin: 0; }
  .muted { color: var(--_muted); }
  /* Never taller than the viewport (400 % zoom leaves about 200 px): its own scrollbar stays in view. */
  .scroller { max-height: min(var(--_list), calc(100dvh - 2rem)); overflow-y: auto; overflow-anchor: none; overscroll-behavior: contain; }
  ul[role='list'] { list-style: none; margin: 0; padding: 0; }
  /* Names, e-mails, contract ids and hashes have no spaces to break at on a phone. */
  .grant, dialog { overflow-wrap: anywhere; }
  .toolbar label, .toolbar select { min-width: 0; max-width: 100%; }
  .grant { border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.75rem 1rem; margin: 0 0 0.75rem; background: var(--_bg); }
  .grant p { margin: 0.25rem 0; }
  .grant.flagged { border: 3px solid var(--_flag); border-left-width: 8px; }
  .badge { display: inline-block; font-weight: 600; border: 1px solid currentColor; border-radius: 999px; padding: 0 0.6em; margin-inline-end: 0.25rem; }
  .active .badge { color: var(--_ok); }
  .revoked .badge, .refused .badge { color: var(--_danger); }
  .pending .badge, .expired .badge { color: var(--_muted); }
  .doc { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: center; }
  .copy { padding: 0.25rem 0.75rem; font-size: 0.9em; }
  code { font-size: 0.9em; }
  button.danger { border-color: var(--_danger); color: var(--_danger); }
  .notice button, [part~='error'] button { margin-top: 0.5rem; }
  @media (forced-colors: active) {
    .grant.flagged { border-color: Highlight; }
    .badge { border-color: CanvasText; }
  }
`;
