// What the broker must check before activating (004), pre-filled from what the server computed.
import type { DeskChecks, DeskItem } from '../model/desk.js';

export type CheckKey = 'identity' | 'signatures' | 'emails';

/** The points of the checklist for a request: distinct e-mails only when there is a mandatary. */
export function checklistOf(i: DeskItem): CheckKey[] {
  return i.kind === 'mandate' ? ['identity', 'signatures', 'emails'] : ['identity', 'signatures'];
}

/** What the server proved: ticked at the start (the broker may untick). Identity is always the broker's to tick. */
export function serverChecked(c: DeskChecks | undefined, i: DeskItem): Partial<Record<CheckKey, boolean>> {
  if (!c) return {};
  return {
    signatures: c.grantorSigned && (i.kind !== 'mandate' || c.mandatarySigned),
    emails: i.kind === 'mandate' ? c.distinctEmails : undefined,
  };
}

export const allTicked = (i: DeskItem, ticks: ReadonlySet<CheckKey>): boolean =>
  checklistOf(i).every((k) => ticks.has(k));
