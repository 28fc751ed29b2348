/**
 * What only the switch does (`<procura-cookie-opposition>`): record the person's choice
 * and call the site's `onOppose` callbacks. Kept out of `dist/audience-gate.js`, which
 * every page loads and which only reads choices.
 */
import { choiceValue, writeChoice } from './choice.js';
import { type AudienceGate, type OppositionSource } from './gate.js';

export type OppositionHook = (detail: { opposed: boolean; source: OppositionSource }) => void;

/** The person's own choice, made in this tab at `at`: stored, applied to this page, announced to the other tabs. */
export function choose(gate: AudienceGate, opposed: boolean, at: number): void {
  writeChoice(gate.opts.storage, gate.opts.key, { opposed, at });
  // The other tabs' gates hear a `storage` event (never this tab's) that carries the choice. A choice
  // kept in a cookie makes no such event: a localStorage entry of the same name, set to the choice and
  // removed at once, does (nothing stays; blocked storage leaves the other tabs as they are until their
  // next load). The event carries it because the cookie itself may not be readable there yet.
  if (gate.opts.storage !== 'local')
    try {
      localStorage.setItem(gate.opts.key, choiceValue({ opposed, at }));
      localStorage.removeItem(gate.opts.key);
    } catch {
      /* blocked storage */
    }
  gate.set({ opposed, source: 'user', at });
}

const HOOKS = Symbol.for('procura.audienceGate.hooks');
type WithHooks = AudienceGate & { [HOOKS]?: Set<OppositionHook> };

/**
 * Adds a callback (config `onOppose`) called once per opposition, however many elements carry
 * it; called at once if the person already opposes. The set lives on the page's gate, so that a
 * second copy of the kit shares it.
 */
export function onOppose(gate: AudienceGate, hook: OppositionHook): void {
  const g = gate as WithHooks;
  let hooks = g[HOOKS];
  if (!hooks) {
    const all = (g[HOOKS] = hooks = new Set());
    gate.addEventListener('change', () => {
      if (gate.state.opposed) all.forEach((h) => h({ opposed: true, source: gate.state.source ?? 'user' }));
    });
  }
  if (hooks.has(hook)) return;
  hooks.add(hook);
  if (gate.state.opposed) hook({ opposed: true, source: gate.state.source ?? 'user' });
}
