import type { ConsentDecision } from '../model/consent.js';
import type { Basis, ResolvedPurpose } from './presets.js';

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

/**
 * The decisions to record: every purpose whose state differs from the known one.
 * When the stored state could not be loaded, only the boxes the person touched are
 * recorded: an untouched box must never overwrite a choice we could not see.
 */
export interface Known {
  /** The stored state per purpose. */
  baseline: Map<string, PurposeState>;
  /** False while the stored state is loading, or when it could not be read. */
  known: boolean;
  /** When the person touched each box. */
  touchedAt: Map<string, string>;
  now: string;
}

export function decisionsFor(
  purposes: ResolvedPurpose[],
  checked: Map<string, boolean>,
  { baseline, known, touchedAt, now }: Known,
): ConsentDecision[] {
  const out: ConsentDecision[] = [];
  for (const p of purposes) {
    const before = baseline.get(p.id);
    const was = before && before.basis === p.basis ? before.state : undefined;
    const state = stateOf(p.basis, checked.get(p.id) ?? false, was);
    const include = known ? state !== was : touchedAt.has(p.id);
    if (include)
      out.push({ purpose: p.id, basis: p.basis, state, at: touchedAt.get(p.id) ?? now, purposeVersion: p.version });
  }
  return out;
}
