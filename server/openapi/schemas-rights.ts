/**
 * The shapes of the person's rights (issue 21; GDPR art. 12, 15 to 21): the summary sheet, requests with their
 * signed receipts, and the desk's queue of them (src/model/rights.ts holds the shapes).
 */
import { CORRECTABLE_FIELDS, RIGHTS_KINDS, RIGHTS_REFUSAL_CODES } from '../../src/model/rights.js';
import { type Obj, dateTime, hash, problem, ref, uuid } from './common.js';

export const str = { type: 'string' };
const kind = { enum: [...RIGHTS_KINDS] };
const field = { enum: [...CORRECTABLE_FIELDS] };
const outcome = { enum: ['done', 'partly-done', 'refused'] };
const code = {
  enum: [...RIGHTS_REFUSAL_CODES],
  description: 'Why not (wholly) met; each has a sentence in every language (`rights.refusal.<code>`).',
};
export const obj = (properties: Obj, required: string[] = [], description?: string) => ({
  type: 'object',
  ...(description && { description }),
  properties,
  required,
});
const change = obj({ field, before: str, after: str }, ['field', 'after']);
export const staffOnly = problem('`forbidden`: the caller is not the broker\u2019s staff (a client, a mandatary).');
const jws = {
  type: 'string',
  description: 'A compact JWS (`procura-rights-receipt+jws`, payload `procura.rights-receipt/1`).',
};

export const rightsSchemas: Record<string, Obj> = {
  RightsRequestInput: obj(
    {
      kind,
      field: { ...field, description: 'For a rectification: the field to correct.' },
      value: { type: 'string', maxLength: 200, description: 'For a rectification: the new value.' },
      note: { type: 'string', maxLength: 2000 },
      attachment: obj(
        {
          filename: { type: 'string', maxLength: 200 },
          mediaType: { enum: ['application/pdf', 'image/png', 'image/jpeg'] },
          base64: { type: 'string', description: 'The file, at most 2 MB once decoded.' },
        },
        ['filename', 'mediaType', 'base64'],
      ),
    },
    ['kind'],
  ),
  RightsAnswer: obj({ outcome, code, note: str, changes: { type: 'array', items: change }, at: dateTime, by: str }, [
    'outcome',
    'at',
    'by',
  ]),
  RightsRequest: obj(
    {
      id: uuid,
      reference: { type: 'string', pattern: '^[0-9A-F]{8}$' },
      kind,
      status: { enum: ['received', 'extended', 'done', 'partly-done', 'refused'] },
      field,
      value: str,
      note: str,
      attachment: obj({ filename: str, mediaType: str, sha256: hash, size: { type: 'integer' } }, [
        'filename',
        'mediaType',
        'sha256',
        'size',
      ]),
      receivedAt: dateTime,
      dueAt: { ...dateTime, description: 'One calendar month after receipt; three once extended (art. 12(3)).' },
      extension: obj({ reason: str, at: dateTime, by: str }, ['reason', 'at', 'by']),
      answer: ref('RightsAnswer'),
      receiptUrl: { type: 'string', format: 'uri-reference' },
    },
    ['id', 'reference', 'kind', 'status', 'receivedAt', 'dueAt', 'receiptUrl'],
  ),
  RightsRequestList: obj({ items: { type: 'array', items: ref('RightsRequest') } }, ['items']),
  RightsReceipts: obj({ request: jws, answer: jws }, ['request']),
  MyData: obj(
    {
      generatedAt: dateTime,
      person: obj({ id: str, role: str, displayName: str, email: str }, ['id', 'role', 'displayName', 'email']),
      office: obj({ id: str, name: str }, ['id', 'name']),
      consents: obj({ subject: str, records: { type: 'array', items: ref('ConsentRecord') } }, ['records']),
      oppositions: obj({ linkable: { const: false } }, ['linkable'], 'Cookie oppositions carry no identifier.'),
      grantsGiven: { type: 'array', items: { type: 'object' } },
      grantsHeld: { type: 'array', items: { type: 'object' } },
      decisions: { type: 'array', items: ref('Decision') },
      requests: { type: 'array', items: ref('RightsRequest') },
      sessions: obj({ open: { type: 'integer', minimum: 0 }, lastSeenAt: dateTime }, ['open']),
    },
    [
      'generatedAt',
      'person',
      'office',
      'consents',
      'oppositions',
      'grantsGiven',
      'grantsHeld',
      'decisions',
      'requests',
      'sessions',
    ],
    'The summary sheet ("fiche de synthèse", 001) of what the backend holds on the person.',
  ),
  DeskRightsItem: {
    allOf: [
      ref('RightsRequest'),
      obj({ person: obj({ id: str, displayName: str, clientRef: str }, ['id', 'displayName']) }, ['person']),
    ],
  },
  DeskRightsPage: obj(
    {
      items: { type: 'array', items: ref('DeskRightsItem') },
      counts: obj({ open: { type: 'integer' }, overdue: { type: 'integer' }, answered: { type: 'integer' } }, [
        'open',
        'overdue',
        'answered',
      ]),
    },
    ['items', 'counts'],
  ),
  DeskRightsRequest: obj({ request: ref('DeskRightsItem'), data: ref('MyData') }, ['request', 'data']),
  RightsAnswerInput: obj(
    {
      outcome,
      code: { ...code, description: 'Required for `refused` and `partly-done`.' },
      note: { type: 'string', maxLength: 1000 },
      changes: { type: 'array', items: obj({ field, after: str }, ['field', 'after']) },
    },
    ['outcome'],
  ),
};
