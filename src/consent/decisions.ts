import type { ConsentDecision } from '../model/consent.js';
import type { Basis } from './presets.js';

export type ConsentState = ConsentDecision['state'];
export interface PurposeState {
  state: ConsentState;
  at: string;
  basis: Basis;
}

/**
 * What a box means. Consent: ticked = `given`; unticked = `refused`, or `withdrawn`
 * once it had been given. Opposition: ticked = `objected`; unticked = `given`, read as
 * "no objection" (processing on legitimate interest is allowed), so that `given`
 * means "may be used" whatever the basis.
 */
export function stateOf(basis: Basis, checked: boolean, before?: ConsentState): ConsentState {
  if (basis === 'opposition') return checked ? 'objected' : 'given';
  if (checked) return 'given';
  return before === 'given' || before === 'withdrawn' ? 'withdrawn' : 'refused';
}

/** Whether the box shows ticked for a stored state. */
export function checkedFor(basis: Basis, s?: PurposeState): boolean {
  if (!s || s.basis !== basis) return false;
  return basis === 'opposition' ? s.state === 'objected' : s.state === 'given';
}
