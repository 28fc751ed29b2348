/** Routes: the signed forms (mandates and access requests), each a JSON form and its signed PDF. */
import { type Obj, json, keyParam, originNote, problem, r400, r401, r413, r429, ref } from './common.js';

const signedFormResponses = (what: string, conflict: string, forbidden: string, pointers: string) => ({
  '201': {
    description: `Stored, pending; \`grantId\` is the grant shown in \`GET /grants\`, \`receipt\` the signed receipt of the ${what}.`,
    content: json(ref('Submitted')),
  },
  '400': r400,
  '401': r401,
  '403': problem(`${forbidden}; ${originNote}.`),
  '409': problem(`\`conflict\`: ${conflict}; or \`in-progress\`: the same Idempotency-Key is still being handled.`),
  '413': r413,
  '415': problem('`media-type`: not multipart/form-data.'),
  '422': problem(
    `\`validation\`: the form or its document breaks a rule; pointers such as ${pointers}. Also \`idempotency-mismatch\`.`,
  ),
  '429': r429,
  '503': {
    description:
      '`seal-unavailable`: the PDF could not be sealed now (the timestamp authority does not answer); nothing was stored. Send the same request, with the same Idempotency-Key, after `Retry-After` seconds.',
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 1 } } },
    content: { 'application/problem+json': { schema: ref('Problem') } },
  },
});
export const formPaths: Obj = {
  '/mandates': {
    post: {
      operationId: 'createMandate',
      tags: ['Signed forms'],
      summary: 'Submit a signed mandate',
      description:
        'The grantor submits, in their own name: `grantor` must be the signed-in client of the directory (same mailbox and names, or enterprise number), else 403 `not-you` at `/grantor`. The broker may submit for a client of the directory (assisted: the grant is that client\u2019s, and the trail, the receipt and the seal name the broker as `indicatedBy`). Each `signatures[].signedAt` is the browser\u2019s claim: at most 5 minutes after the server\u2019s time of receipt and 31 days before it (422 `future`, `tooOld`). Answers a signed receipt. Checked with the mandate rules (both signatures required), the PDF (magic bytes, %%EOF, 1 to 50 pages, 10 MB) and its SHA-256 against `mandate.document.sha256`. One pending or active mandate per grantor, mandatary and service. Creates a pending grant; the PDF is sealed (PAdES) when the server seals.',
      parameters: [keyParam(true)],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: {
                mandate: ref('Mandate'),
                document: { type: 'string', contentMediaType: 'application/pdf' },
              },
              required: ['mandate', 'document'],
            },
            encoding: { mandate: { contentType: 'application/json' }, document: { contentType: 'application/pdf' } },
          },
        },
      },
      responses: signedFormResponses(
        'mandate (`procura.mandate-receipt/1`)',
        'a pending or active mandate exists for this grantor, mandatary and service',
        '`forbidden`: not a client or the broker; `not-you` (pointer `/grantor`): the grantor is not the signed-in client, or for the broker no client of the directory',
        '`/mandatary/email`, `/signatures/0/signedAt`, `/document/sha256`, `/document`',
      ),
    },
  },
  '/access-requests': {
    post: {
      operationId: 'createAccessRequest',
      tags: ['Signed forms'],
      summary: 'Submit a signed request for access to one\u2019s own client space',
      description:
        'The policyholder themself (000, first row): no mandatary, one signature (`requester`), always all contracts. The requester is the signed-in client (403 `not-you` at `/requester` otherwise), or for the broker a client of the directory (assisted, `indicatedBy`). The same time rules for `signedAt` as a mandate; answers a signed receipt. Checked like a mandate: the access request rules, the PDF (magic bytes, %%EOF, 1 to 50 pages, 10 MB) and its SHA-256 against `request.document.sha256`. Creates a pending grant of `kind: access-request` that the requester gives and holds (`direction: given`, `relation: self`), activated, refused or revoked with the grant routes like a mandate. One pending or active access request per client and service.',
      parameters: [keyParam(true)],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: {
                request: ref('AccessRequest'),
                document: { type: 'string', contentMediaType: 'application/pdf' },
              },
              required: ['request', 'document'],
            },
            encoding: { request: { contentType: 'application/json' }, document: { contentType: 'application/pdf' } },
          },
        },
      },
      responses: signedFormResponses(
        'access request (`procura.mandate-receipt/1`, `kind: access-request`)',
        'a pending or active access request exists for this client and service',
        '`forbidden`: not a client or the broker; `not-you` (pointer `/requester`): the requester is not the signed-in client, or for the broker no client of the directory',
        '`/requester/email`, `/scope/contracts`, `/signatures`, `/document/sha256`, `/document`',
      ),
    },
  },
};
