/**
 * What `<procura-consent>` does once the person records a choice: the record (its decisions, an
 * id, the hash of the texts shown) and, once the backend has it, the new stored state. Loaded
 * with the first record (src/consent/lazy.ts): the first screen needs none of it.
 */
import type { BackendController, SubmissionState } from '../core/backend-controller.js';
import type { ConsentDecision, ConsentRecord } from '../model/consent.js';
import { uuid } from '../core/crypto.js';
import { stateOf, type PurposeState } from './decisions.js';
import { sendNotice } from './notice-send.js';
import type { ResolvedPurpose } from './presets.js';

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

/** The boxes and what is known of the stored state (the element's own maps, changed in place). */
export interface Choices extends Omit<Known, 'now'> {
  items: ResolvedPurpose[];
  checked: Map<string, boolean>;
}

/** The fields of a record that do not depend on the decisions. */
export type RecordFields = Omit<ConsentRecord, 'recordId' | 'decisions' | 'collectedAt' | 'noticeSha256'>;

/** The record of what changed since the stored state; undefined when nothing did. */
export async function makeRecord(
  choices: Choices,
  fields: RecordFields,
  noticeSha256: () => Promise<string>,
): Promise<ConsentRecord | undefined> {
  const now = new Date().toISOString();
  const decisions = decisionsFor(choices.items, choices.checked, { ...choices, now });
  if (!decisions.length) return undefined;
  return {
    recordId: uuid(),
    ...fields,
    noticeSha256: await noticeSha256(),
    decisions,
    collectedAt: now,
  };
}

/**
 * Sends the record (`POST /consents` through the outbox) and the text it hashed (kept by the
 * backend once, never in the record's way); once sent, queued or kept locally, its decisions
 * are the stored state. Returns whether every touched box is now recorded.
 */
export async function sendRecord(
  submission: BackendController,
  record: ConsentRecord,
  hashed: { json: string; sha: string } | undefined,
  choices: Pick<Choices, 'baseline' | 'touchedAt'>,
): Promise<SubmissionState> {
  if (hashed?.sha === record.noticeSha256) sendNotice(submission, record.noticeSha256, hashed.json);
  const result = await submission.submit('/consents', record, { id: record.recordId });
  if (result.state === 'sent' || result.state === 'queued' || result.state === 'local')
    for (const d of record.decisions) {
      choices.baseline.set(d.purpose, { state: d.state, at: d.at, basis: d.basis });
      choices.touchedAt.delete(d.purpose);
    }
  return result;
}
