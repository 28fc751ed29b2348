/**
 * The person's rights (issue 21; GDPR art. 12, 15 to 21): the summary sheet, requests with their
 * signed receipts, and the desk's queue of them; their shapes in schemas-rights.ts.
 */
import { type Obj, json, keyParam, problem, r400, r401, r404, r413, r415, r422, r429, ref, uuid } from './common.js';
import { obj, staffOnly, str } from './schemas-rights.js';

const idParam = { name: 'id', in: 'path', required: true, description: 'The request\u2019s id.', schema: uuid };
const signedIn = { '401': r401, '429': r429 };
const body = (name: string) => ({ required: true, content: json(ref(name)) });

const deskOp = (operationId: string, summary: string, extra: Obj) => ({
  operationId,
  tags: ['Rights'],
  summary,
  parameters: [idParam, keyParam(false)],
  ...extra,
});

export const rightsPaths: Obj = {
  '/me/data': {
    get: {
      operationId: 'getMyData',
      tags: ['Rights'],
      summary: 'The summary sheet of what the backend holds on the signed-in person',
      responses: { '200': { description: 'The sheet.', content: json(ref('MyData')) }, '404': r404, ...signedIn },
    },
  },
  '/requests': {
    post: {
      operationId: 'sendRightsRequest',
      tags: ['Rights'],
      summary: 'Ask for access, rectification, erasure, restriction or objection',
      description:
        'The signed-in person. Per-field codes in `errors[]`: `kind-invalid`, `field-required`, `field-invalid`, `value-required`, `value-invalid`, `note-invalid`, `attachment-invalid`, `attachment-type`, `attachment-too-large`. The body may be 4 MB (a 2 MB file in base64).',
      parameters: [keyParam(true)],
      requestBody: body('RightsRequestInput'),
      responses: {
        '201': { description: 'Received, with its due date.', content: json(ref('RightsRequest')) },
        '400': r400,
        '403': problem('`origin`: a cookie-authenticated request sent from an origin the server does not allow.'),
        '413': r413,
        '415': r415,
        '422': r422,
        ...signedIn,
      },
    },
    get: {
      operationId: 'listRightsRequests',
      tags: ['Rights'],
      summary: 'The signed-in person\u2019s requests, oldest first',
      responses: { '200': { description: 'The list.', content: json(ref('RightsRequestList')) }, ...signedIn },
    },
  },
  '/requests/{id}/receipt': {
    get: {
      operationId: 'getRightsReceipts',
      tags: ['Rights'],
      summary: 'The signed receipts of a request and of its answer (the person, or the office\u2019s staff)',
      parameters: [idParam],
      responses: {
        '200': { description: 'The receipts.', content: json(ref('RightsReceipts')) },
        '404': r404,
        ...signedIn,
      },
    },
  },
  '/requests/{id}/attachment': {
    get: {
      operationId: 'getRightsAttachment',
      tags: ['Rights'],
      summary: 'The proof file joined to a request (the person, or the office\u2019s staff)',
      parameters: [idParam],
      responses: {
        '200': {
          description: 'The file as sent; `X-Content-SHA256` its hash.',
          content: Object.fromEntries(
            ['application/pdf', 'image/png', 'image/jpeg'].map((t) => [
              t,
              { schema: { type: 'string', format: 'binary' } },
            ]),
          ),
        },
        '404': r404,
        ...signedIn,
      },
    },
  },
  '/desk/rights': {
    get: {
      operationId: 'listDeskRights',
      tags: ['Rights'],
      summary: 'The office\u2019s rights requests, oldest due first, with counts',
      parameters: [
        {
          name: 'status',
          in: 'query',
          required: false,
          schema: { enum: ['open', 'answered', 'all'], default: 'open' },
        },
        {
          name: 'q',
          in: 'query',
          required: false,
          description: 'The person\u2019s name, reference or the request\u2019s.',
          schema: str,
        },
      ],
      responses: {
        '200': { description: 'The queue.', content: json(ref('DeskRightsPage')) },
        '400': r400,
        '403': staffOnly,
        ...signedIn,
      },
    },
  },
  '/desk/rights/{id}': {
    get: {
      operationId: 'getDeskRights',
      tags: ['Rights'],
      summary: 'One request with the person\u2019s data beside it',
      parameters: [idParam],
      responses: {
        '200': { description: 'The request.', content: json(ref('DeskRightsRequest')) },
        '403': staffOnly,
        '404': r404,
        ...signedIn,
      },
    },
  },
  '/desk/rights/{id}/answer': {
    post: deskOp(
      'answerDeskRights',
      'Answer: done (a rectification applies its changes, an erasure erases), partly done or refused with a code',
      {
        requestBody: body('RightsAnswerInput'),
        responses: {
          '200': {
            description: 'Answered; the answer\u2019s receipt is signed.',
            content: json(ref('DeskRightsItem')),
          },
          '400': r400,
          '403': staffOnly,
          '404': r404,
          '409': problem('`state`: the request is answered already.'),
          '413': r413,
          '415': r415,
          '422': r422,
          ...signedIn,
        },
      },
    ),
  },
  '/desk/rights/{id}/extend': {
    post: deskOp(
      'extendDeskRights',
      'Extend the clock to three months after receipt, once, with a reason (art. 12(3))',
      {
        requestBody: {
          required: true,
          content: json(obj({ reason: { type: 'string', maxLength: 1000 } }, ['reason'])),
        },
        responses: {
          '200': { description: 'Extended.', content: json(ref('DeskRightsItem')) },
          '400': r400,
          '403': staffOnly,
          '404': r404,
          '409': problem('`state`: the request is answered or extended already.'),
          '413': r413,
          '415': r415,
          '422': r422,
          ...signedIn,
        },
      },
    ),
  },
};
