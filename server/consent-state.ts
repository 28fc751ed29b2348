import type { ConsentRecord } from '../src/model/index.js';

export interface PurposeState {
  state: 'given' | 'refused' | 'withdrawn' | 'objected';
  /** When the server received the deciding record: what orders and decides. */
  at: string;
  /** The time the browser claimed for the decision, kept as its claim. */
  clientAt: string;
  basis: 'consent' | 'opposition';
}

/** A record as kept, with the server's time of receipt. */
export type ReceivedRecord = ConsentRecord & { receivedAt: string };

/**
 * The current state per purpose, derived from every record kept (records are never
 * overwritten): the last decision RECEIVED wins. `records` come in the order the server
 * received them; a browser's `at` is its claim and never reorders them (issue 13).
 */
export function deriveConsentState(records: ReceivedRecord[]): Record<string, PurposeState> {
  const state: Record<string, PurposeState> = {};
  for (const r of records)
    for (const dec of r.decisions)
      state[dec.purpose] = { state: dec.state, at: r.receivedAt, clientAt: dec.at, basis: dec.basis };
  return state;
}
