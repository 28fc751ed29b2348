/** Routes: consent records, cookie oppositions and decision-tree outcomes. */
import {
  type Obj,
  json,
  keyParam,
  originNote,
  problem,
  r400,
  r401,
  r404,
  r413,
  r415,
  r429,
  ref,
  uuid,
} from './common.js';

const noticeKept = {
  type: 'object',
  properties: { sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
  required: ['sha256'],
};

export const consentPaths: Obj = {
  '/consents': {
    post: {
      operationId: 'createConsentRecord',
      tags: ['Consent'],
      summary: 'Keep a consent record',
      description:
        'A client records for their own client reference (used when `subject` is absent); the broker for any subject; nobody signed in, for a prospect (`prospect:<recordId>`). Records are never overwritten: a reused `recordId` is a 409. The server\u2019s time of receipt (`receivedAt`) orders the records; `collectedAt` and each decision\u2019s `at` are the browser\u2019s claim, refused (422 `future`, `tooOld`, `format`) when more than 5 minutes after the time of receipt, more than 31 days before it, or not a real date. Answers a signed receipt (`procura.consent-receipt/1`), served again at `GET /consents/{recordId}/receipt`.',
      security: [{}, { session: [] }, { bearer: [] }],
      parameters: [keyParam(true)],
      requestBody: { required: true, content: json(ref('ConsentRecord')) },
      responses: {
        '201': { description: 'Kept.', content: json(ref('ConsentKept')) },
        '400': r400,
        '401': problem('`unauthorized`: a `subject` is named but nobody is signed in.'),
        '403': problem(
          `\`forbidden\`: not the caller\u2019s subject (a client records only their own); ${originNote}.`,
        ),
        '409': problem('`conflict`: the recordId exists already; or `in-progress`.'),
        '413': r413,
        '415': r415,
        '422': problem(
          '`validation`: an invalid record, a time out of bounds, or the broker without `subject`; or `idempotency-mismatch`.',
        ),
        '429': r429,
      },
    },
    get: {
      operationId: 'getConsentState',
      tags: ['Consent'],
      summary: 'A subject\u2019s records and the state derived from them',
      description:
        'Records in the order the server received them, each with `receivedAt`. Per purpose, the last decision received wins; its state carries the time of receipt (`at`) and the browser\u2019s claim (`clientAt`).',
      parameters: [
        {
          name: 'subject',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: 'Defaults to the caller\u2019s client reference; required for the broker.',
        },
      ],
      responses: {
        '200': { description: 'Records and state.', content: json(ref('ConsentState')) },
        '401': r401,
        '403': problem(
          '`forbidden`: not a client or the broker, or another client\u2019s subject, or a prospect\u2019s (the broker reads those).',
        ),
        '422': problem('`validation`: the broker named no `subject` (pointer `/subject`).'),
        '429': r429,
      },
    },
  },
  '/consents/{recordId}/receipt': {
    get: {
      operationId: 'getConsentReceipt',
      tags: ['Proof'],
      summary: 'The signed receipt of a consent record, again',
      description:
        'The very JWS the POST answered. For the record\u2019s client and the broker; 404 for anyone else, and for a record kept before receipts existed.',
      parameters: [
        { name: 'recordId', in: 'path', required: true, description: 'The record\u2019s `recordId`.', schema: uuid },
      ],
      responses: {
        '200': { description: 'The receipt.', content: json(ref('ConsentReceipt')) },
        '401': r401,
        '404': r404,
        '429': r429,
      },
    },
  },
  '/oppositions': {
    post: {
      operationId: 'createOpposition',
      tags: ['Consent'],
      summary: 'Keep a cookie opposition, with no identifier',
      description: 'No session is read and nothing but the model\u2019s fields is kept; any other field is refused.',
      security: [],
      parameters: [keyParam(true)],
      requestBody: { required: true, content: json(ref('Opposition')) },
      responses: {
        '201': {
          description: 'Kept.',
          content: json({ type: 'object', properties: { ok: { const: true } }, required: ['ok'] }),
        },
        '400': r400,
        '409': problem('`in-progress`: the same Idempotency-Key is still being handled.'),
        '413': r413,
        '415': r415,
        '422': problem(
          '`validation`: an invalid opposition, or a field the model does not have; or `idempotency-mismatch`.',
        ),
        '429': r429,
      },
    },
  },
  '/notices/{sha256}': {
    put: {
      operationId: 'putNotice',
      tags: ['Consent'],
      summary: 'Keep the notice text a consent record names by hash',
      description:
        'Sent once by `<procura-consent>` before its first record naming this `noticeSha256`. The body is the notice as shown (no personal data); the server recomputes the SHA-256 of its canonical JSON (keys sorted, no whitespace: the element\u2019s `noticeSha256`) and keeps that text, never changed. Idempotent: a notice the office has already answers 200. Open like `POST /consents`; at most 64 KB.',
      security: [{}, { session: [] }, { bearer: [] }],
      parameters: [
        { name: 'sha256', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
      ],
      requestBody: { required: true, content: json({ type: 'object', description: 'The notice as shown.' }) },
      responses: {
        '200': { description: 'Already kept.', content: json(noticeKept) },
        '201': { description: 'Kept.', content: json(noticeKept) },
        '400': r400,
        '403': problem(`\`origin\`: a cookie-authenticated request sent from an origin the server does not allow.`),
        '404': r404,
        '413': r413,
        '415': r415,
        '422': problem('`validation`: the notice does not hash to the address.'),
        '429': r429,
      },
    },
  },
  '/decisions': {
    post: {
      operationId: 'createDecision',
      tags: ['Decision trees'],
      summary: 'Keep a decision tree\u2019s outcome',
      description: 'Kept when the site wants it; a signed-in person\u2019s id is kept with it.',
      security: [{}, { session: [] }, { bearer: [] }],
      parameters: [keyParam(true)],
      requestBody: { required: true, content: json(ref('Decision')) },
      responses: {
        '201': { description: 'Kept.', content: json({ type: 'object', properties: { id: uuid }, required: ['id'] }) },
        '400': r400,
        '403': problem(`\`origin\`: a cookie-authenticated request sent from an origin the server does not allow.`),
        '409': problem('`in-progress`: the same Idempotency-Key is still being handled.'),
        '413': r413,
        '415': r415,
        '422': problem('`validation`: an invalid decision; or `idempotency-mismatch`.'),
        '429': r429,
      },
    },
  },
};
