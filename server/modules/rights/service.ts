/**
 * The rules of a rights request (issue 21, GDPR art. 12(3)): what a person may send, the broker's
 * clock, and how a stored row reads as the model's `RightsRequest`.
 */
import { createHash } from 'node:crypto';
import {
  CORRECTABLE_FIELDS,
  RIGHTS_KINDS,
  type CorrectableField,
  type RightsKind,
  type RightsRequest,
  type RightsRequestInput,
  type RightsStatus,
} from '../../../src/model/rights.js';
import { Problem, type FieldError } from '../../errors.js';
import type { RightsRow } from './repository.js';

/** The proof file a person may join (issue 21: "an optional proof document", ≤ 2 MB). */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const MAX_NOTE = 2000;
export const MAX_VALUE = 200;
const MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
/** The first bytes of each accepted type: the file must be what it says it is. */
const MAGIC: Record<(typeof MEDIA_TYPES)[number], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** One calendar month later, the day kept when the month has it, else its last day (31 Jan → 28/29 Feb). */
export function addMonths(from: Date, months: number): Date {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(from.getUTCDate(), last);
  return new Date(
    Date.UTC(y, m, day, from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds()),
  );
}

/** art. 12(3): one month from receipt, or three once extended. */
export const dueOf = (receivedAt: Date, extended: boolean) => addMonths(receivedAt, extended ? 3 : 1);

// eslint-disable-next-line no-control-regex -- a NUL or a lone surrogate is refused in any text (server/README "Input")
const BAD_TEXT = /[\u0000]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const err = (pointer: string, code: string, detail: string): FieldError => ({ pointer, code, detail });

export interface CheckedRequest {
  kind: RightsKind;
  field?: CorrectableField;
  value?: string;
  note?: string;
  attachment?: { filename: string; mediaType: string; sha256: string; size: number; bytes: Uint8Array };
}

/** `value` of a rectification: the shape of the field it corrects. */
function valueIssue(field: CorrectableField, value: string): FieldError | null {
  if (value.trim() === '' || value.length > MAX_VALUE)
    return err('/value', 'value-invalid', `must be 1 to ${MAX_VALUE} characters`);
  if (field === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    return err('/value', 'value-invalid', 'is not an e-mail address');
  if (field === 'birthDate') {
    const d = new Date(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
      return err('/value', 'value-invalid', 'is not a date (YYYY-MM-DD)');
  }
  if (field === 'phone' && !/^\+?[\d\s./()-]{6,30}$/.test(value))
    return err('/value', 'value-invalid', 'is not a telephone number');
  return null;
}

function checkAttachment(a: unknown, errors: FieldError[]): CheckedRequest['attachment'] {
  if (typeof a !== 'object' || a === null) {
    errors.push(err('/attachment', 'attachment-invalid', 'must be { filename, mediaType, base64 }'));
    return undefined;
  }
  const { filename, mediaType, base64 } = a as Record<string, unknown>;
  if (typeof filename !== 'string' || !filename.trim() || filename.length > 200 || BAD_TEXT.test(filename))
    errors.push(err('/attachment/filename', 'attachment-invalid', 'must be a file name of 1 to 200 characters'));
  const type = MEDIA_TYPES.find((t) => t === mediaType);
  if (!type) errors.push(err('/attachment/mediaType', 'attachment-type', 'must be a PDF, PNG or JPEG file'));
  if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    errors.push(err('/attachment/base64', 'attachment-invalid', 'is not base64'));
    return undefined;
  }
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    errors.push(err('/attachment', 'attachment-too-large', `is larger than ${MAX_ATTACHMENT_BYTES} bytes`));
  else if (bytes.length === 0) errors.push(err('/attachment/base64', 'attachment-invalid', 'is empty'));
  else if (type && !MAGIC[type].every((b, i) => bytes[i] === b))
    errors.push(err('/attachment/base64', 'attachment-type', `is not a ${type} file`));
  if (errors.length || !type || typeof filename !== 'string') return undefined;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { filename: filename.trim(), mediaType: type, sha256, size: bytes.length, bytes };
}

function checkText(body: Record<string, unknown>, name: 'note' | 'value', max: number, errors: FieldError[]) {
  const v = body[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.length > max || BAD_TEXT.test(v)) {
    errors.push(
      err(
        `/${name}`,
        name === 'note' ? 'note-invalid' : 'value-invalid',
        `must be a text of ${max} characters at most`,
      ),
    );
    return undefined;
  }
  return v;
}

/** Reads a `RightsRequestInput`; 422 `validation` with one coded error per field otherwise. */
export function checkRequest(body: unknown): CheckedRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Problem('validation', 'The body must be a JSON object.', [err('', 'type', 'must be an object')]);
  const b = body as Record<string, unknown> & Partial<RightsRequestInput>;
  const errors: FieldError[] = [];
  const kind = RIGHTS_KINDS.find((k) => k === b.kind);
  if (!kind) errors.push(err('/kind', 'kind-invalid', `must be one of ${RIGHTS_KINDS.join(', ')}`));
  const note = checkText(b, 'note', MAX_NOTE, errors);
  const value = checkText(b, 'value', MAX_VALUE, errors);
  let field: CorrectableField | undefined;
  if (kind === 'rectification') {
    field = CORRECTABLE_FIELDS.find((f) => f === b.field);
    if (b.field === undefined) errors.push(err('/field', 'field-required', 'is required for a rectification'));
    else if (!field) errors.push(err('/field', 'field-invalid', `must be one of ${CORRECTABLE_FIELDS.join(', ')}`));
    if (b.value === undefined) errors.push(err('/value', 'value-required', 'is required for a rectification'));
    const issue = field && value !== undefined && valueIssue(field, value);
    if (issue) errors.push(issue);
  } else if (b.field !== undefined) errors.push(err('/field', 'field-not-allowed', 'is only for a rectification'));
  const attachment = b.attachment === undefined ? undefined : checkAttachment(b.attachment, errors);
  if (errors.length || !kind) throw new Problem('validation', undefined, errors);
  return {
    kind,
    ...(field && { field, value: value?.trim() }),
    ...(note !== undefined && note.trim() && { note }),
    ...(attachment && { attachment }),
  };
}

export const referenceOf = (id: string) => id.replace(/-/g, '').slice(0, 8).toUpperCase();

const iso = (d: Date | string) => new Date(d).toISOString();

export function statusOf(r: Pick<RightsRow, 'answer' | 'extension'>): RightsStatus {
  if (r.answer) return r.answer.outcome;
  return r.extension ? 'extended' : 'received';
}

/** A stored row as the person (and the desk) reads it. */
export function toRequest(r: RightsRow, basePath: string): RightsRequest {
  return {
    id: r.id,
    reference: referenceOf(r.id),
    kind: r.kind,
    status: statusOf(r),
    ...(r.field && { field: r.field }),
    ...(r.value !== null && { value: r.value }),
    ...(r.note !== null && { note: r.note }),
    ...(r.attachment_meta && { attachment: r.attachment_meta }),
    receivedAt: iso(r.received_at),
    dueAt: iso(r.due_at),
    ...(r.extension && { extension: r.extension }),
    ...(r.answer && { answer: r.answer }),
    receiptUrl: `${basePath}/requests/${r.id}/receipt`,
  };
}
