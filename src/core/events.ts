import type { Decision, TreeOutcome } from '../model/tree.js';
import type { Grant } from '../model/grant.js';

export type SubmissionKind = 'mandate' | 'access-request' | 'consent' | 'opposition' | 'decision' | 'revoke';

export interface DecisionDetail extends Decision {
  /** The outcome's definition, so that listeners need not look it up. */
  result: TreeOutcome & { id: string };
}
export interface DecisionClearedDetail { treeId: string }
export interface SubmitDetail<P = unknown> { kind: SubmissionKind; payload: P }
export interface SubmittedDetail<R = unknown> { kind: SubmissionKind; response: R; id?: string }
export interface QueuedDetail { kind: SubmissionKind; id: string }
export interface ErrorDetail { kind: SubmissionKind | 'config' | 'load'; error: { message: string; status?: number; fields?: Record<string, string> } }
export interface OppositionChangeDetail { opposed: boolean; source: 'user' | 'stored' | 'gpc' }
export interface RevokedDetail { grant: Grant }

/** Every procura event, by name. They bubble and cross shadow roots, so the document hears them too. */
export interface ProcuraEventMap {
  'procura-decision': CustomEvent<DecisionDetail>;
  /** The person went back or changed an answer: the earlier decision no longer holds. */
  'procura-decision-cleared': CustomEvent<DecisionClearedDetail>;
  'procura-submit': CustomEvent<SubmitDetail>;
  'procura-submitted': CustomEvent<SubmittedDetail>;
  'procura-queued': CustomEvent<QueuedDetail>;
  'procura-error': CustomEvent<ErrorDetail>;
  'procura-opposition-change': CustomEvent<OppositionChangeDetail>;
  'procura-revoked': CustomEvent<RevokedDetail>;
}

declare global {
  interface HTMLElementEventMap extends ProcuraEventMap {}
  interface DocumentEventMap extends ProcuraEventMap {}
  interface WindowEventMap extends ProcuraEventMap {}
}

/** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  opts: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: !!opts.cancelable }));
}
