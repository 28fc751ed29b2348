/** The SQL of rights requests (migrations/012_rights.sql); every query names the scope's office. */
import type { CorrectableField, RightsAnswer, RightsKind, RightsRequest } from '../../../src/model/rights.js';
import { json } from '../../store/sql.js';
import type { Scope } from '../scope.js';

export interface RightsRow {
  id: string;
  person_id: string;
  kind: RightsKind;
  field: CorrectableField | null;
  value: string | null;
  note: string | null;
  attachment_meta: RightsRequest['attachment'] | null;
  received_at: Date | string;
  due_at: Date | string;
  extension: RightsRequest['extension'] | null;
  answer: RightsAnswer | null;
  request_receipt: string;
  answer_receipt: string | null;
}

const COLUMNS = `id::text AS id, person_id, kind, field, value, note, attachment_meta, received_at, due_at,
  extension, answer, request_receipt, answer_receipt`;

export interface NewRights {
  id: string;
  personId: string;
  kind: RightsKind;
  field?: CorrectableField;
  value?: string;
  note?: string;
  attachment?: { bytes: Uint8Array; meta: NonNullable<RightsRequest['attachment']> };
  receivedAt: Date;
  dueAt: Date;
  receipt: string;
}

export async function insertRights(s: Scope, r: NewRights) {
  await s.tx.query(
    `INSERT INTO rights_requests (office, id, person_id, kind, field, value, note, attachment, attachment_meta,
       received_at, due_at, request_receipt)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      s.office,
      r.id,
      r.personId,
      r.kind,
      r.field ?? null,
      r.value ?? null,
      r.note ?? null,
      r.attachment ? Buffer.from(r.attachment.bytes) : null,
      r.attachment ? json(r.attachment.meta) : null,
      r.receivedAt,
      r.dueAt,
      r.receipt,
    ],
  );
}

/** A person's requests, oldest first. */
export async function personRights(s: Scope, personId: string): Promise<RightsRow[]> {
  return s.tx.query<RightsRow>(
    `SELECT ${COLUMNS} FROM rights_requests WHERE office = $1 AND person_id = $2 ORDER BY received_at, id`,
    [s.office, personId],
  );
}

export async function getRights(s: Scope, id: string, lock = false): Promise<RightsRow | null> {
  const [row] = await s.tx.query<RightsRow>(
    `SELECT ${COLUMNS} FROM rights_requests WHERE office = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [s.office, id],
  );
  return row ?? null;
}

export async function rightsAttachment(
  s: Scope,
  id: string,
): Promise<{ person_id: string; bytes: Uint8Array | null; meta: RightsRow['attachment_meta'] } | null> {
  const [row] = await s.tx.query<{ person_id: string; bytes: Uint8Array | null; meta: RightsRow['attachment_meta'] }>(
    'SELECT person_id, attachment AS bytes, attachment_meta AS meta FROM rights_requests WHERE office = $1 AND id = $2',
    [s.office, id],
  );
  return row ?? null;
}

/** The office's queue: open (not answered) or answered or all, oldest due first. */
export async function officeRights(s: Scope, status: 'open' | 'answered' | 'all'): Promise<RightsRow[]> {
  const cond = { open: 'answer IS NULL', answered: 'answer IS NOT NULL', all: 'true' }[status];
  return s.tx.query<RightsRow>(
    `SELECT ${COLUMNS} FROM rights_requests WHERE office = $1 AND ${cond} ORDER BY due_at, received_at, id`,
    [s.office],
  );
}

export async function rightsCounts(s: Scope, now: Date): Promise<{ open: number; overdue: number; answered: number }> {
  const [row] = await s.tx.query<{ open: number; overdue: number; answered: number }>(
    `SELECT count(*) FILTER (WHERE answer IS NULL)::integer AS open,
       count(*) FILTER (WHERE answer IS NULL AND due_at < $2)::integer AS overdue,
       count(*) FILTER (WHERE answer IS NOT NULL)::integer AS answered
     FROM rights_requests WHERE office = $1`,
    [s.office, now],
  );
  return row ?? { open: 0, overdue: 0, answered: 0 };
}

export async function extendRights(s: Scope, id: string, dueAt: Date, extension: NonNullable<RightsRow['extension']>) {
  await s.tx.query('UPDATE rights_requests SET due_at = $3, extension = $4 WHERE office = $1 AND id = $2', [
    s.office,
    id,
    dueAt,
    json(extension),
  ]);
}

export async function answerRights(s: Scope, id: string, answer: RightsAnswer, receipt: string) {
  await s.tx.query('UPDATE rights_requests SET answer = $3, answer_receipt = $4 WHERE office = $1 AND id = $2', [
    s.office,
    id,
    json(answer),
    receipt,
  ]);
}
