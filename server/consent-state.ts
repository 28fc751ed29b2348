import type { ConsentRecord } from '../src/model/index.js';

export interface PurposeState {
  state: 'given' | 'refused' | 'withdrawn' | 'objected';
  at: string;
  basis: 'consent' | 'opposition';
}

/**
 * The current state per purpose, derived from every record kept (records are never
 * overwritten): the decision with the latest `at` wins; on equal times, the later record.
 */
export function deriveConsentState(records: ConsentRecord[]): Record<string, PurposeState> {
  const state: Record<string, PurposeState> = {};
  for (const r of records)
    for (const dec of r.decisions) {
      const cur = state[dec.purpose];
      if (!cur || Date.parse(dec.at) >= Date.parse(cur.at)) state[dec.purpose] = { state: dec.state, at: dec.at, basis: dec.basis };
    }
  return state;
}
