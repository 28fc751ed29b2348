/** Routes and answers of the broker's desk (desk-spec §2): `/desk/*`, staff of the office only. */
import { toJson } from '../../src/model/schema-json.js';
import { grantEvent, grantStatus, refusal, scope } from '../../src/model/index.js';
import { type Obj, dateTime, hash, json, problem, r400, r401, r404, r429, ref, uuid } from './common.js';

const staffOnly = problem('`forbidden`: the caller is not the broker\u2019s staff (a client, a mandatary).');
const statuses = (toJson(grantStatus) as { enum: string[] }).enum;

export const refusalSchema = {
  ...toJson(refusal),
  description:
    'Why the broker refused the request: a code (each has a sentence in every language, `grants.refusal.<code>`), the note as written, and when.',
};

export const deskItem = {
  type: 'object',
  description: 'One request of the desk\u2019s inbox.',
  properties: {
    id: uuid,
    reference: { type: 'string', pattern: '^[0-9A-F]{8}$', description: 'The first 8 hex of the id, upper case.' },
    kind: { enum: ['mandate', 'access-request'] },
    status: { enum: statuses },
    service: { type: 'string' },
    scope: toJson(scope),
    validUntil: { type: 'string', format: 'date' },
    grantor: {
      type: 'object',
      properties: { displayName: { type: 'string' }, clientRef: { type: 'string' } },
      required: ['displayName'],
    },
    mandatary: {
      type: 'object',
      description: 'Absent for an access request.',
      properties: { givenName: { type: 'string' }, familyName: { type: 'string' }, email: { type: 'string' } },
      required: ['givenName', 'familyName', 'email'],
    },
    createdAt: dateTime,
    activatedAt: dateTime,
    refusal: ref('Refusal'),
  },
  required: ['id', 'reference', 'kind', 'status', 'service', 'scope', 'grantor', 'createdAt'],
};

const count = { type: 'integer', minimum: 0 };

export const deskPage = {
  type: 'object',
  description:
    'A page of requests, newest first, and the counts per status (which ignore `status`, not `q` or `kind`).',
  properties: {
    items: { type: 'array', items: ref('DeskItem') },
    counts: {
      type: 'object',
      properties: Object.fromEntries(statuses.map((s) => [s, count])),
      required: statuses,
    },
    nextCursor: { type: 'string', description: 'Present when more requests follow: send it as `cursor`.' },
  },
  required: ['items', 'counts'],
};

export const deskRequest = {
  type: 'object',
  description: 'One request with what the broker checks before deciding.',
  properties: {
    item: ref('DeskItem'),
    mandate: { description: 'The form as submitted (parties, scope, validity, the signatures\u2019 hashes).' },
    document: {
      type: 'object',
      description:
        '`href` serves the sealed copy when there is one (its hash is then `sealed.sha256`), else the original (`sha256`).',
      properties: {
        href: { type: 'string', format: 'uri-reference' },
        sha256: hash,
        sealed: {
          type: 'object',
          properties: { href: { type: 'string', format: 'uri-reference' }, sha256: hash },
          required: ['href', 'sha256'],
        },
      },
      required: ['href', 'sha256'],
    },
    verification: ref('Verification'),
    checks: {
      type: 'object',
      description:
        'What the server checked of the form (004). For an access request, which has no mandatary, the mandatary\u2019s checks hold by themselves.',
      properties: Object.fromEntries(
        ['grantorSigned', 'mandatarySigned', 'distinctEmails', 'identityComplete'].map((k) => [k, { type: 'boolean' }]),
      ),
      required: ['grantorSigned', 'mandatarySigned', 'distinctEmails', 'identityComplete'],
    },
    events: { type: 'array', items: toJson(grantEvent) },
  },
  required: ['item', 'mandate', 'document', 'verification', 'checks', 'events'],
};

export const deskConsents = {
  type: 'object',
  description: 'A subject\u2019s consent proof: every record as received, with its hash and signed receipt.',
  properties: {
    subject: { type: 'string' },
    records: {
      type: 'array',
      items: {
        allOf: [
          ref('ConsentRecord'),
          {
            type: 'object',
            properties: { receivedAt: dateTime, recordSha256: hash, receipt: ref('ReceiptJws') },
            required: ['receivedAt'],
          },
        ],
      },
    },
    state: { type: 'object', description: 'Per purpose, as `GET /consents` derives it.' },
    notices: {
      type: 'array',
      description:
        'The notice texts the records name by `noticeSha256`, those the office kept (`PUT /notices/{sha256}`); a hash the office never received has none.',
      items: {
        type: 'object',
        properties: {
          sha256: hash,
          text: { type: 'string', description: 'The canonical JSON of the notice as shown: its SHA-256 is `sha256`.' },
          firstSeen: dateTime,
        },
        required: ['sha256', 'text', 'firstSeen'],
      },
    },
    decisions: {
      type: 'array',
      description: 'The decision trees’ outcomes the subject’s person reached signed in (`POST /decisions`).',
      items: {
        allOf: [ref('Decision'), { type: 'object', properties: { id: uuid, at: dateTime }, required: ['id', 'at'] }],
      },
    },
  },
  required: ['subject', 'records', 'notices', 'decisions'],
};

const query = (name: string, description: string, schema: Obj, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

const requestsList = {
  operationId: 'listDeskRequests',
  tags: ['Desk'],
  summary: 'The desk\u2019s inbox: requests of the office, newest first, with counts per status',
  description:
    'Staff of the office (`broker`, reviewer or admin). Keyset pages: follow `nextCursor`. `q` searches the client\u2019s name and reference, the mandatary\u2019s name and e-mail, the service and the reference, ignoring case and accents.',
  parameters: [
    query('status', 'Only requests in this state.', { enum: statuses }),
    query('kind', 'Only mandates or only access requests.', { enum: ['mandate', 'access-request'] }),
    query('q', 'Words to find (case and accents ignored).', { type: 'string', maxLength: 200 }),
    query('cursor', 'The `nextCursor` of the previous page.', { type: 'string' }),
    query('limit', 'Requests per page.', { type: 'integer', minimum: 1, maximum: 1000, default: 100 }),
  ],
  responses: {
    '200': { description: 'A page.', content: json(ref('DeskPage')) },
    '400': r400,
    '401': r401,
    '403': staffOnly,
    '429': r429,
  },
};

export const deskPaths: Obj = {
  '/desk/requests': { get: requestsList },
  '/desk/requests/{id}': {
    get: {
      operationId: 'getDeskRequest',
      tags: ['Desk'],
      summary: 'One request: the form, the document\u2019s hashes, the verification, the checks, the trail',
      parameters: [{ name: 'id', in: 'path', required: true, description: 'The grant\u2019s id.', schema: uuid }],
      responses: {
        '200': { description: 'The request.', content: json(ref('DeskRequest')) },
        '401': r401,
        '403': staffOnly,
        '404': r404,
        '429': r429,
      },
    },
  },
  '/desk/consents': {
    get: {
      operationId: 'getDeskConsents',
      tags: ['Desk'],
      summary: 'A subject\u2019s consent proof: records, hashes, receipts, notice texts, decisions',
      parameters: [query('subject', 'The client reference.', { type: 'string', maxLength: 200 }, true)],
      responses: {
        '200': { description: 'The proof.', content: json(ref('DeskConsents')) },
        '400': r400,
        '401': r401,
        '403': staffOnly,
        '404': problem('`not-found`: the subject is a client of another office (as a subject nobody knows).'),
        '429': r429,
      },
    },
  },
  '/desk/audit': {
    get: {
      operationId: 'exportDeskAudit',
      tags: ['Desk'],
      summary: 'The audit export: one line per grant event and per consent record (admin)',
      description:
        'An administrator of the office only. Columns: line (`grant-event` or `consent-record`), id, reference, kind, service, client, mandatary, event, at, actor, subject, purposes, hash, prevHash. No e-mail address or birth date. A cell starting with = + - @ gets a leading apostrophe (CSV injection).',
      parameters: [
        query('format', 'CSV (RFC 4180, a header row) or JSON lines.', { enum: ['csv', 'jsonl'], default: 'csv' }),
        query('from', 'First day (UTC), included; default a year before `to`.', { type: 'string', format: 'date' }),
        query('to', 'Last day (UTC), included; default today.', { type: 'string', format: 'date' }),
      ],
      responses: {
        '200': {
          description: 'The lines, oldest first, as an attachment `procura-audit-<office>-<from>-<to>.<format>`.',
          headers: { 'Content-Disposition': { schema: { type: 'string' } } },
          content: { 'text/csv': { schema: { type: 'string' } }, 'application/jsonl': { schema: { type: 'string' } } },
        },
        '400': r400,
        '401': r401,
        '403': problem(
          '`forbidden`: not the broker\u2019s staff, or a reviewer (the export is for an administrator of the office).',
        ),
        '429': r429,
      },
    },
  },
};
