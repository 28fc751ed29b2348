/** What the broker sends to answer or extend a rights request (`RightsAnswerInput`, `{ reason }`), checked. */
import {
  CORRECTABLE_FIELDS,
  RIGHTS_REFUSAL_CODES,
  type CorrectableField,
  type RightsOutcome,
  type RightsRefusalCode,
} from '../../../src/model/rights.js';
import { Problem, type FieldError } from '../../errors.js';

export const MAX_ANSWER_NOTE = 1000;
export const MAX_REASON = 1000;
const OUTCOMES: readonly RightsOutcome[] = ['done', 'partly-done', 'refused'];

const err = (pointer: string, code: string, detail: string): FieldError => ({ pointer, code, detail });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
// eslint-disable-next-line no-control-regex -- a NUL is refused in any text (server/README "Input")
const hasNul = (t: string) => /\u0000/.test(t);

function checkChanges(raw: unknown, errors: FieldError[]) {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > CORRECTABLE_FIELDS.length) {
    errors.push(err('/changes', 'changes-invalid', `must list 1 to ${CORRECTABLE_FIELDS.length} changes`));
    return undefined;
  }
  const changes: { field: CorrectableField; after: string }[] = [];
  raw.forEach((ch: unknown, i) => {
    const field = isObject(ch) ? CORRECTABLE_FIELDS.find((f) => f === ch.field) : undefined;
    const after = isObject(ch) ? ch.after : undefined;
    if (!field) errors.push(err(`/changes/${i}/field`, 'field-invalid', 'is not a field a person may correct'));
    if (typeof after !== 'string' || !after.trim() || after.length > 200 || hasNul(after))
      errors.push(err(`/changes/${i}/after`, 'value-invalid', 'must be a text of 1 to 200 characters'));
    else if (field) changes.push({ field, after });
  });
  return changes;
}

export interface CheckedAnswer {
  outcome: RightsOutcome;
  code?: RightsRefusalCode;
  note?: string;
  changes?: { field: CorrectableField; after: string }[];
}

/** `refused` and `partly-done` need a `code` the person reads in their language (`rights.refusal.<code>`). */
export function checkAnswer(body: unknown): CheckedAnswer {
  const b = isObject(body) ? body : {};
  const errors: FieldError[] = [];
  const outcome = OUTCOMES.find((o) => o === b.outcome);
  if (!outcome) errors.push(err('/outcome', 'outcome-invalid', `must be one of ${OUTCOMES.join(', ')}`));
  const code = RIGHTS_REFUSAL_CODES.find((c) => c === b.code);
  if (b.code !== undefined && !code)
    errors.push(err('/code', 'code-invalid', `must be one of ${RIGHTS_REFUSAL_CODES.join(', ')}`));
  else if (!code && outcome && outcome !== 'done')
    errors.push(err('/code', 'code-required', 'is required when the request is not wholly met'));
  const note = b.note;
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_ANSWER_NOTE || hasNul(note)))
    errors.push(err('/note', 'note-invalid', `must be a text of ${MAX_ANSWER_NOTE} characters at most`));
  const changes = b.changes === undefined ? undefined : checkChanges(b.changes, errors);
  if (errors.length || !outcome) throw new Problem('validation', undefined, errors);
  return {
    outcome,
    ...(code && { code }),
    ...(typeof note === 'string' && note.trim() && { note: note.trim() }),
    ...(changes && { changes }),
  };
}

/** `POST /desk/rights/{id}/extend`: `{ reason }`, required (art. 12(3): the person is told why). */
export function checkReason(body: unknown): string {
  const reason = isObject(body) ? body.reason : undefined;
  if (typeof reason !== 'string' || !reason.trim() || reason.length > MAX_REASON || hasNul(reason))
    throw new Problem('validation', undefined, [
      err('/reason', 'reason-required', `is required: a text of 1 to ${MAX_REASON} characters`),
    ]);
  return reason.trim();
}
