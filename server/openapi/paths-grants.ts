/** Routes: the grants, their changes, receipts, evidence and documents. */
import { toJson } from '../../src/model/schema-json.js';
import { scope } from '../../src/model/index.js';
import {
  type Obj,
  hash,
  idParam,
  json,
  keyParam,
  langParam,
  originNote,
  problem,
  r400,
  r401,
  r404,
  r413,
  r415,
  r422,
  r429,
  ref,
} from './common.js';

const grantAction = (operationId: string, summary: string, description: string, body?: Obj) => ({
  post: {
    operationId,
    tags: ['Grants'],
    summary,
    description: `${description} Idempotency-Key is optional here: a retried change with the same key answers the first answer.`,
    parameters: [idParam, keyParam(false)],
    ...(body && { requestBody: { required: true, content: json(body) } }),
    responses: {
      '200': { description: 'The grant after the change.', content: json(ref('Grant')) },
      '400': r400,
      '401': r401,
      '403': problem(`\`forbidden\`: the grant is visible to the caller, who may not do this; ${originNote}.`),
      '404': r404,
      '409': problem(
        '`state`: the grant is not in a state that allows this (already revoked, no longer pending...); or `in-progress`: the same key is still being handled.',
      ),
      '413': r413,
      ...(body && { '415': r415 }),
      '422': r422,
      '429': r429,
    },
  },
});
export const grantPaths: Obj = {
  '/grants': {
    get: {
      operationId: 'listGrants',
      tags: ['Grants'],
      summary: 'Grants the caller gave or holds (the broker: all), newest first',
      description:
        'Each grant carries `kind` (`mandate` or `access-request`), `direction` (`given` or `held`), `documentUrl` and `documentSha256`. Grants past `validUntil` are reported `expired` (and an `expired` event is appended once). Pages of `limit` grants: follow `nextCursor` (keyset pagination: a page starts after the last grant of the one before, so grants added meanwhile never make one appear twice or go missing). Each page has a strong `ETag`; sent back in `If-None-Match`, an unchanged page answers 304 without a body (`Cache-Control: private, no-cache`).',
      parameters: [
        {
          name: 'status',
          in: 'query',
          required: false,
          description: 'Only grants in this state.',
          schema: { enum: ['pending', 'active', 'revoked', 'expired', 'refused'] },
        },
        {
          name: 'limit',
          in: 'query',
          required: false,
          description: 'Grants per page.',
          schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1000 },
        },
        {
          name: 'cursor',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: 'The `nextCursor` of the previous page (opaque: where that page ended).',
        },
        {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          schema: { type: 'string' },
          description: 'The `ETag` of a page already held: 304 while that page is unchanged.',
        },
      ],
      responses: {
        '200': {
          description: 'A page of grants.',
          headers: { ETag: { description: 'This page, as these bytes.', schema: { type: 'string' } } },
          content: json(ref('GrantList')),
        },
        '304': { description: 'The page named by `If-None-Match` is unchanged.' },
        '400': problem(
          '`bad-request`: an unknown `status`, a `limit` out of range, or a `cursor` this server did not give (`errors[0].pointer` names it).',
        ),
        '401': r401,
        '429': r429,
      },
    },
  },
  '/grants/{id}': {
    get: {
      operationId: 'getGrant',
      tags: ['Grants'],
      summary: 'One grant with its events and the verification of its trail',
      description: 'For the grantor, the mandatary and the broker; 404 for anyone else.',
      parameters: [idParam],
      responses: {
        '200': {
          description:
            'The grant, `events`, `chain: { valid, length }` (the links) and `verification` (links, content, documents, signed checkpoint).',
          content: json(ref('GrantDetail')),
        },
        '401': r401,
        '404': r404,
        '429': r429,
      },
    },
  },
  '/grants/{id}/receipt': {
    get: {
      operationId: 'getGrantReceipt',
      tags: ['Proof'],
      summary: 'The signed receipt of a mandate or an access request, again',
      description:
        'The very JWS the POST answered (`procura.mandate-receipt/1`), kept with the grant. Same visibility as `GET /grants/{id}`; 404 otherwise, and for a grant received before receipts existed.',
      parameters: [idParam],
      responses: {
        '200': { description: 'The receipt.', content: json(ref('GrantReceipt')) },
        '401': r401,
        '404': r404,
        '429': r429,
      },
    },
  },
  '/grants/{id}/evidence': {
    get: {
      operationId: 'getGrantEvidence',
      tags: ['Proof'],
      summary:
        'The grant\u2019s evidence: its events, signed checkpoints, documents\u2019 hashes recomputed, and the verification',
      description:
        'What `procura verify evidence.json --keys keys.json` checks offline. Same visibility as `GET /grants/{id}`. `attests` sentences follow `Accept-Language` (fr, nl, en, de; English otherwise), said in `Content-Language`. `Cache-Control: private, no-store`.',
      parameters: [idParam, langParam],
      responses: {
        '200': { description: 'The evidence export.', content: json(ref('Evidence')) },
        '401': r401,
        '404': r404,
        '429': r429,
      },
    },
  },
  '/grants/{id}/document': {
    get: {
      operationId: 'getGrantDocument',
      tags: ['Grants'],
      summary: 'The signed PDF, as sealed by the server',
      description:
        'For the grantor, the mandatary and the broker. The sealed copy (PAdES B-B, or B-T with a timestamp authority): the client\u2019s original bytes followed by the seal. `Content-Disposition: inline; filename="<kind>-<id>.pdf"` (`mandate-…` or `access-request-…`).',
      parameters: [
        idParam,
        {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          schema: { type: 'string' },
          description: 'The `ETag` of a copy already held: 304 while the bytes are the same.',
        },
      ],
      responses: {
        '200': {
          description: 'The PDF, streamed.',
          headers: {
            ETag: { description: 'The SHA-256 of the bytes served, quoted.', schema: { type: 'string' } },
            'X-Content-SHA256': { description: 'SHA-256 of the bytes served, computed from them.', schema: hash },
            'X-Original-SHA256': { description: 'SHA-256 of the original both parties signed.', schema: hash },
            'X-Seal-Level': {
              description: '`B-B`, `B-T`, or `none`: a grant accepted before sealing existed, served as its original.',
              schema: { enum: ['B-B', 'B-T', 'none'] },
            },
          },
          content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } },
        },
        '304': { description: 'The document named by `If-None-Match` (its `ETag`) is unchanged.' },
        '401': r401,
        '404': r404,
        '429': r429,
      },
    },
  },
  '/grants/{id}/revoke': grantAction(
    'revokeGrant',
    'Revoke a pending or active grant',
    'By the grantor or the broker; a mandatary gets 403 (they ask one of them).',
  ),
  '/grants/{id}/activate': grantAction('activateGrant', 'Activate a pending grant (broker)', 'Broker only.'),
  '/grants/{id}/refuse': grantAction(
    'refuseGrant',
    'Refuse a pending grant (broker)',
    'Broker only. The refusal (a code, and a note as written) is kept in the event trail and shown to whoever sees the grant (`refusal`). The first form `{ reason }` is still read as `{ code: "other", note: reason }`.',
    {
      oneOf: [
        {
          type: 'object',
          properties: {
            code: { enum: ['identity', 'signature', 'same-email', 'incomplete', 'not-client', 'other'] },
            note: { type: 'string', minLength: 1, maxLength: 1000 },
          },
          required: ['code'],
        },
        {
          type: 'object',
          description: 'The first form, read as `{ code: "other", note: reason }`.',
          properties: { reason: { type: 'string', minLength: 1, maxLength: 1000 } },
          required: ['reason'],
        },
      ],
    },
  ),
  '/grants/{id}/scope': grantAction(
    'changeGrantScope',
    'Change the access in force (broker)',
    'The first change keeps what the signed form asked for in `requested`, so the viewer can show both. `note`, the broker’s reason, is kept in the `changed` event.',
    {
      type: 'object',
      properties: {
        scope: toJson(scope),
        service: { type: 'string', minLength: 1, maxLength: 200 },
        validUntil: { type: 'string', format: 'date' },
        note: { type: 'string', minLength: 1, maxLength: 1000 },
      },
      required: ['scope'],
    },
  ),
};
