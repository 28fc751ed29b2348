/**
 * The OpenAPI 3.1 description of the reference server. Schemas come from the model's
 * `publishedSchemas` (the one source shared with the elements); only the routes are
 * described here. `scripts/gen-openapi.ts` writes it to openapi.yaml, and a test checks that
 * the committed file is what this produces.
 */
import { stringify } from 'yaml';
import { publishedSchemas } from '../src/model/json-schema.js';
import { accessRequest, scope } from '../src/model/index.js';
import { toJson } from '../src/model/schema-json.js';
import type { Schema } from '../src/model/schema.js';

type Obj = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Obj) => ({ 'application/json': { schema } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const keyParam = (required: boolean) => ({
  name: 'Idempotency-Key',
  in: 'header',
  required,
  description: 'A fresh random value per submission, the same on retries: the same key and body store once and answer the same (with `Idempotent-Replayed: true`); the same key with another body answers 422.',
  schema: { type: 'string', maxLength: 255 },
});
/** The person as `GET /session` tells them about themself (`birthDate` and `phone` only there). */
const sessionUser = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    role: { enum: ['client', 'mandatary', 'broker'] },
    displayName: { type: 'string' },
    email: { type: 'string', format: 'email' },
    kind: { enum: ['natural', 'legal'] },
    givenName: { type: 'string' },
    familyName: { type: 'string' },
    legalName: { type: 'string' },
    enterpriseNumber: { type: 'string' },
    seat: { type: 'string' },
    representative: { type: 'object', properties: { givenName: { type: 'string' }, familyName: { type: 'string' }, capacity: { type: 'string' } } },
    clientRef: { type: 'string', description: 'The pseudonymous client number.' },
    birthDate: { type: 'string', format: 'date' },
    phone: { type: 'string' },
  },
  required: ['id', 'role', 'displayName', 'email'],
};
const receiptJws = { type: 'string', description: 'A compact JWS (ES256, `kid` = a key of `GET /proof/keys`) whose payload is the canonical JSON of the receipt: `procura.mandate-receipt/1` or `procura.consent-receipt/1` (server/README.md, "Time" and "Evidence"). Check it with `procura verify`.' };
const submitted = json({ type: 'object', properties: { id: { type: 'string', format: 'uuid' }, status: { const: 'pending' }, grantId: { type: 'string', format: 'uuid' }, receipt: receiptJws }, required: ['id', 'status', 'grantId', 'receipt'] });
const common = {
  '400': problem('Malformed request (bad JSON, missing Idempotency-Key, bad query).'),
  '401': problem('Not signed in.'),
};
/** What a verifier concludes about one grant (server/proof/evidence.ts). */
const verification = {
  type: 'object',
  description: 'Links recomputed; the grant row compared with the state its events describe; the mandate body and both PDFs hashed from the stored bytes; the trail compared with its latest signed checkpoint.',
  properties: {
    valid: { type: 'boolean', description: 'All four checks hold.' },
    chain: { enum: ['valid', 'broken'] },
    content: { enum: ['matches', 'differs'] },
    document: { enum: ['matches', 'differs', 'missing'] },
    checkpoint: { enum: ['matches', 'missing', 'differs'] },
    problems: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, detail: { type: 'string' } }, required: ['code', 'detail'] } },
  },
  required: ['valid', 'chain', 'content', 'document', 'checkpoint', 'problems'],
};
const grantWithEvents = {
  allOf: [
    ref('Grant'),
    {
      type: 'object',
      properties: {
        chain: { type: 'object', description: 'The links alone.', properties: { valid: { type: 'boolean' }, length: { type: 'integer' } }, required: ['valid', 'length'] },
        verification,
      },
    },
  ],
};
const hash = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const evidence = {
  type: 'object',
  properties: {
    schema: { const: 'procura.evidence/1' },
    grantId: { type: 'string', format: 'uuid' },
    generatedAt: { type: 'string', format: 'date-time' },
    events: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          seq: { type: 'integer' },
          type: { enum: ['created', 'activated', 'refused', 'revoked', 'expired', 'changed'] },
          at: { type: 'string', format: 'date-time', description: 'The server\u2019s receipt time.' },
          actor: { type: 'string' },
          data: { type: ['object', 'null'], description: '`created`: mandateSha256, documentSha256, sealedSha256?, sealLevel?, grantor, mandatary, service, scope, validUntil, indicatedBy?, clientSignedAt. `changed`, `revoked`: before and after. `refused`: reason.' },
          prevHash: hash,
          hash: { ...hash, description: 'SHA-256 of prevHash + the canonical JSON (RFC 8785) of {grantId, seq, type, at, actor, data}.' },
          attests: { type: 'string', description: 'What the event attests, in a plain sentence in the language of Accept-Language (fr, nl, en, de).' },
        },
        required: ['seq', 'type', 'at', 'actor', 'data', 'prevHash', 'hash', 'attests'],
      },
    },
    checkpoints: { type: 'array', items: { type: 'string' }, description: 'This grant\u2019s signed checkpoints, oldest first: compact JWS `procura-checkpoint+jws` (ES256, key at `GET /proof/keys`) of `{schema, scope: "grant:<id>", seq, head, at}`.' },
    document: {
      type: 'object',
      properties: {
        originalSha256: { ...hash, description: 'As recorded at creation.' },
        recomputedOriginalSha256: { type: ['string', 'null'], description: 'Computed now from the stored bytes.' },
        sealedSha256: { type: ['string', 'null'] },
        recomputedSealedSha256: { type: ['string', 'null'] },
        sealLevel: { type: ['string', 'null'], enum: ['B-B', 'B-T', null] },
        sealedAt: { type: ['string', 'null'], format: 'date-time' },
      },
    },
    verification,
  },
  required: ['schema', 'grantId', 'generatedAt', 'events', 'checkpoints', 'document', 'verification'],
};

const grantAction = (summary: string, description: string, body?: Obj) => ({
  post: {
    summary,
    description,
    parameters: [idParam, keyParam(false)],
    ...(body && { requestBody: { required: true, content: json(body) } }),
    responses: {
      '200': { description: 'The grant after the change.', content: json(ref('Grant')) },
      ...common,
      '403': problem('The grant is visible to the caller, who may not do this.'),
      '404': problem('No such grant, or not the caller\u2019s to see.'),
      '409': problem('The grant is not in a state that allows this.'),
      ...(body && { '422': problem('Invalid body; `errors[].pointer` names the fields.') }),
    },
  },
});

const paths: Obj = {
  '/health': { get: { summary: 'Liveness and storage kind', security: [], responses: { '200': { description: 'OK', content: json({ type: 'object', properties: { status: { const: 'ok' }, store: { enum: ['pglite', 'pg'] }, demo: { type: 'boolean' } } }) } } } },
  '/proof/keys': {
    get: {
      summary: 'The keys that check procura proofs offline: the JWK Set of the receipt and checkpoint key (ES256), and the seal certificate (PEM). Save it once; `procura verify --keys` uses it.',
      security: [],
      responses: {
        '200': {
          description: 'OK',
          content: json({
            type: 'object',
            required: ['keys', 'seal'],
            properties: {
              keys: { type: 'array', items: { type: 'object', required: ['kty', 'kid', 'alg'], properties: { kty: { const: 'EC' }, crv: { const: 'P-256' }, x: { type: 'string' }, y: { type: 'string' }, kid: { type: 'string' }, alg: { const: 'ES256' }, use: { const: 'sig' } } } },
              seal: { oneOf: [{ type: 'null' }, { type: 'object', required: ['certificate', 'sha256', 'origin'], properties: { certificate: { type: 'string' }, sha256: { type: 'string' }, origin: { enum: ['configured', 'demo'] } } }] },
            },
          }),
        },
      },
    },
  },
  '/session': {
    get: {
      summary: 'Who is signed in',
      description: 'Who the backend knows, from the session cookie or the bearer token. `user` is null when nobody is; `signInUrl` (when the server is configured with one) is where the site signs people in. Answered with `Cache-Control: no-store`.',
      security: [],
      responses: {
        '200': {
          description: 'The person, or null.',
          headers: { 'Cache-Control': { schema: { const: 'no-store' } } },
          content: json({ type: 'object', properties: { user: { oneOf: [sessionUser, { type: 'null' }] }, signInUrl: { type: 'string', format: 'uri-reference' } }, required: ['user'] }),
        },
      },
    },
    post: {
      summary: 'Sign in as a demo user (demo mode only)',
      description: 'Sets the `procura_session` cookie (HttpOnly, SameSite=Lax, Path=/; Secure over TLS, or behind a proxy trusted with TRUST_PROXY=1). The token for `Authorization: Bearer` is in the answer only when asked for, with `token: true` in the body or `?token=1`. Ignores Idempotency-Key: a session is not kept as a replayable answer.',
      security: [],
      requestBody: { required: true, content: json({ type: 'object', properties: { user: { type: 'string' } }, required: ['user'] }) },
      responses: { '201': { description: 'Signed in.', content: json({ type: 'object', properties: { user: { type: 'object' }, token: { type: 'string' } } }) }, '400': common['400'], '404': problem('Not in demo mode.') },
    },
    delete: { summary: 'Sign out', responses: { '204': { description: 'Signed out; the cookie is cleared.' } } },
  },
  '/demo/users': { get: { summary: 'Demo people for the switcher (demo mode only)', security: [], responses: { '200': { description: 'The list.', content: json({ type: 'object', properties: { users: { type: 'array', items: { type: 'object' } } } }) }, '404': problem('Not in demo mode.') } } },
  '/mandates': {
    post: {
      summary: 'Submit a signed mandate',
      description: 'The grantor submits, in their own name: `grantor` must be the signed-in client of the directory (same mailbox and names, or enterprise number), else 403 `not-you` at `/grantor`. The broker may submit for a client of the directory (assisted: the grant is that client\u2019s, and the trail, the receipt and the seal name the broker as `indicatedBy`). Each `signatures[].signedAt` is the browser\u2019s claim: at most 5 minutes after the server\u2019s time of receipt and 31 days before it (422 `future`, `tooOld`). Answers a signed receipt. Checked with the mandate rules (both signatures required), the PDF (magic bytes, %%EOF, 1 to 50 pages, 10 MB) and its SHA-256 against `mandate.document.sha256`. One pending or active mandate per grantor, mandatary and service. Creates a pending grant.',
      parameters: [keyParam(true)],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { mandate: ref('Mandate'), document: { type: 'string', contentMediaType: 'application/pdf' } }, required: ['mandate', 'document'] },
            encoding: { mandate: { contentType: 'application/json' }, document: { contentType: 'application/pdf' } },
          },
        },
      },
      responses: {
        '201': { description: 'Stored, pending.', content: submitted },
        ...common,
        '403': problem('Not a client or the broker (`forbidden`), or the grantor is not the signed-in client, or for the broker no client of the directory (`not-you`, pointer `/grantor`).'),
        '409': problem('A pending or active mandate exists for this mandatary and service, or the same key is still being handled.'),
        '413': problem('The request or the document is too large.'),
        '415': problem('Not multipart/form-data.'),
        '422': problem('Invalid mandate or document; pointers such as `/mandatary/email`, `/document/sha256`, `/document`.'),
      },
    },
  },
  '/access-requests': {
    post: {
      summary: 'Submit a signed request for access to one\u2019s own client space',
      description:
        'The policyholder themself (000, first row): no mandatary, one signature (`requester`), always all contracts. The requester is the signed-in client (403 `not-you` at `/requester` otherwise), or for the broker a client of the directory (assisted, `indicatedBy`). The same time rules for `signedAt` as a mandate; answers a signed receipt. Checked like a mandate: the access request rules, the PDF (magic bytes, %%EOF, 1 to 50 pages, 10 MB) and its SHA-256 against `request.document.sha256`. Creates a pending grant of `kind: access-request` that the requester gives and holds (`direction: given`, `relation: self`), activated, refused or revoked with the grant routes like a mandate. One pending or active access request per client and service.',
      parameters: [keyParam(true)],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { request: ref('AccessRequest'), document: { type: 'string', contentMediaType: 'application/pdf' } }, required: ['request', 'document'] },
            encoding: { request: { contentType: 'application/json' }, document: { contentType: 'application/pdf' } },
          },
        },
      },
      responses: {
        '201': { description: 'Stored, pending; `grantId` is the grant shown in `GET /grants`.', content: submitted },
        ...common,
        '403': problem('Not a client.'),
        '409': problem('A pending or active access request exists for this client and service (`code: conflict`), or the same key is still being handled (`code: in-progress`).'),
        '413': problem('The request or the document is too large.'),
        '415': problem('Not multipart/form-data.'),
        '422': problem('Invalid request or document; pointers such as `/requester/email`, `/scope/contracts`, `/signatures`, `/document/sha256`, `/document`.'),
      },
    },
  },
  '/grants': {
    get: {
      summary: 'Grants the caller gave or holds (the broker: all), newest first',
      description: 'Each grant carries `kind` (`mandate` or `access-request`), `direction` (`given` or `held`), `documentUrl` and `documentSha256`. Grants past `validUntil` are reported `expired` (and an `expired` event is appended once).',
      parameters: [
        { name: 'status', in: 'query', schema: { enum: ['pending', 'active', 'revoked', 'expired', 'refused'] } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1000 } },
        { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'The `nextCursor` of the previous page.' },
      ],
      responses: { '200': { description: 'A page of grants.', content: json({ type: 'object', properties: { grants: { type: 'array', items: ref('Grant') }, nextCursor: { type: 'string' } }, required: ['grants'] }) }, ...common },
    },
  },
  '/grants/{id}': {
    get: {
      summary: 'One grant with its events and the verification of their hash chain',
      parameters: [idParam],
      responses: { '200': { description: 'The grant, `events`, `chain: { valid, length }` (the links) and `verification` (links, content, documents, signed checkpoint).', content: json(grantWithEvents) }, '401': common['401'], '404': problem('No such grant, or not the caller\u2019s to see.') },
    },
  },
  '/grants/{id}/receipt': {
    get: {
      summary: 'The signed receipt of a mandate or an access request, again',
      description: 'The very JWS the POST answered (`procura.mandate-receipt/1`), kept with the grant. Same visibility as `GET /grants/{id}`; 404 otherwise, and for a grant received before receipts existed.',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { '200': { description: 'The receipt.', content: json({ type: 'object', properties: { grantId: { type: 'string', format: 'uuid' }, receipt: receiptJws }, required: ['grantId', 'receipt'] }) }, '401': common['401'], '404': problem('No such grant, or not visible to the caller.') },
    },
  },
  '/grants/{id}/evidence': {
    get: {
      summary: 'The grant\u2019s evidence: its events, its signed checkpoints, its documents\u2019 hashes recomputed, and the verification',
      description: 'What `procura verify evidence.json --keys keys.json` checks offline. Same visibility as `GET /grants/{id}`. `attests` sentences follow `Accept-Language` (fr, nl, en, de; English otherwise).',
      parameters: [idParam, { name: 'Accept-Language', in: 'header', schema: { type: 'string' } }],
      responses: { '200': { description: 'The evidence export.', content: json(evidence) }, '401': common['401'], '404': problem('No such grant, or not the caller\u2019s to see.') },
    },
  },
  '/grants/{id}/document': {
    get: {
      summary: 'The signed PDF, as sealed by the server',
      description:
        'For the grantor, the mandatary and the broker. The sealed copy (PAdES B-B, or B-T with a timestamp authority): the client\u2019s original bytes followed by the seal. Headers: `Content-Disposition: inline; filename="<kind>-<id>.pdf"` (`mandate-…` or `access-request-…`), `X-Content-SHA256` (computed from the bytes served), `X-Original-SHA256` (of the original both parties signed), `X-Seal-Level` (`B-B`, `B-T`, or `none`: a grant accepted before sealing existed, served as its original).',
      parameters: [idParam],
      responses: { '200': { description: 'The PDF.', content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } } }, '401': common['401'], '404': problem('No such grant, or not the caller\u2019s to see.') },
    },
  },
  '/grants/{id}/revoke': grantAction('Revoke a pending or active grant', 'By the grantor or the broker; a mandatary gets 403.'),
  '/grants/{id}/activate': grantAction('Activate a pending mandate (broker)', 'Broker only.'),
  '/grants/{id}/refuse': grantAction('Refuse a pending mandate (broker)', 'Broker only; the reason is kept in the event trail.', { type: 'object', properties: { reason: { type: 'string', minLength: 1, maxLength: 1000 } }, required: ['reason'] }),
  '/grants/{id}/scope': grantAction(
    'Change the access in force (broker)',
    'The first change keeps what the signed form asked for in `requested`, so the viewer can show both.',
    { type: 'object', properties: { scope: toJson(scope), service: { type: 'string' }, validUntil: { type: 'string', format: 'date' } }, required: ['scope'] },
  ),
  '/consents': {
    post: {
      summary: 'Keep a consent record',
      description: 'A client records for their own client reference (used when `subject` is absent); the broker for any subject. Records are never overwritten: a reused `recordId` is a 409. The server\u2019s time of receipt (`receivedAt`) orders the records; `collectedAt` and each decision\u2019s `at` are the browser\u2019s claim, refused (422 `future`, `tooOld`, `format`) when more than 5 minutes after the time of receipt, more than 31 days before it, or not a real date. Answers a signed receipt (`procura.consent-receipt/1`), served again at `GET /consents/{recordId}/receipt`.',
      parameters: [keyParam(true)],
      requestBody: { required: true, content: json(ref('ConsentRecord')) },
      responses: { '201': { description: 'Kept.', content: json({ type: 'object', properties: { recordId: { type: 'string', format: 'uuid' }, receivedAt: { type: 'string', format: 'date-time' }, receipt: receiptJws }, required: ['recordId', 'receivedAt', 'receipt'] }) }, ...common, '403': problem('Not the caller\u2019s subject.'), '409': problem('The recordId exists already.'), '413': problem('Body over 256 KB.'), '422': problem('Invalid record.') },
    },
    get: {
      summary: 'A subject\u2019s records and the state derived from them',
      description: 'Records in the order the server received them, each with `receivedAt`. Per purpose, the last decision received wins; its state carries the time of receipt (`at`) and the browser\u2019s claim (`clientAt`).',
      parameters: [{ name: 'subject', in: 'query', schema: { type: 'string' }, description: 'Defaults to the caller\u2019s client reference; required for the broker.' }],
      responses: {
        '200': {
          description: 'Records and state.',
          content: json({
            type: 'object',
            properties: {
              subject: { type: 'string' },
              records: { type: 'array', items: { allOf: [ref('ConsentRecord'), { type: 'object', properties: { receivedAt: { type: 'string', format: 'date-time' } }, required: ['receivedAt'] }] } },
              state: { type: 'object', additionalProperties: { type: 'object', properties: { state: { enum: ['given', 'refused', 'withdrawn', 'objected'] }, at: { type: 'string', format: 'date-time' }, clientAt: { type: 'string', format: 'date-time' }, basis: { enum: ['consent', 'opposition'] } } } },
            },
          }),
        },
        '401': common['401'],
        '403': problem('Not the caller\u2019s subject.'),
      },
    },
  },
  '/consents/{recordId}/receipt': {
    get: {
      summary: 'The signed receipt of a consent record, again',
      description: 'The very JWS the POST answered. For the record\u2019s client and the broker; 404 for anyone else, and for a record kept before receipts existed.',
      parameters: [{ name: 'recordId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: { '200': { description: 'The receipt.', content: json({ type: 'object', properties: { recordId: { type: 'string', format: 'uuid' }, receipt: receiptJws }, required: ['recordId', 'receipt'] }) }, '401': common['401'], '404': problem('No such record, or not the caller\u2019s.') },
    },
  },
  '/oppositions': {
    post: {
      summary: 'Keep a cookie opposition, with no identifier',
      description: 'No session is read and nothing but the model\u2019s fields is kept; any other field is refused.',
      security: [],
      parameters: [keyParam(true)],
      requestBody: { required: true, content: json(ref('Opposition')) },
      responses: { '201': { description: 'Kept.', content: json({ type: 'object', properties: { ok: { const: true } } }) }, '400': common['400'], '422': problem('Invalid opposition.') },
    },
  },
  '/decisions': {
    post: {
      summary: 'Keep a decision tree\u2019s outcome',
      security: [],
      parameters: [keyParam(true)],
      requestBody: { required: true, content: json(ref('Decision')) },
      responses: { '201': { description: 'Kept.', content: json({ type: 'object', properties: { id: { type: 'string', format: 'uuid' } } }) }, '400': common['400'], '422': problem('Invalid decision.') },
    },
  },
  '/demo/seed-grants': {
    post: {
      summary: 'Bulk-insert grants given by a demo user (demo mode only)',
      parameters: [keyParam(false)],
      requestBody: { required: true, content: json({ type: 'object', properties: { count: { type: 'integer', minimum: 1, maximum: 50000 }, user: { type: 'string' } }, required: ['count', 'user'] }) },
      responses: { '201': { description: 'Inserted.', content: json({ type: 'object', properties: { inserted: { type: 'integer' } } }) }, '404': problem('Not in demo mode.'), '422': problem('Invalid request.') },
    },
  },
  '/demo/reset': { post: { summary: 'Empty the demo data (demo mode only)', responses: { '200': { description: 'Emptied.' }, '404': problem('Not in demo mode.') } } },
};

/** The model's published shapes, and the access request until the model publishes it too. */
export const contractSchemas: Record<string, Schema<unknown>> = { AccessRequest: accessRequest as Schema<unknown>, ...publishedSchemas };

export function openApiDocument(): Obj {
  return {
    openapi: '3.1.0',
    info: {
      title: 'procura reference backend',
      version: '0.1.0',
      description: 'The backend contract of the procura web components (API.md), as the reference server implements it. Errors are `application/problem+json` (RFC 9457) with a stable `code` and `errors: [{ pointer, detail, code }]`; `title` and `detail` follow `Accept-Language` (fr, nl, de; English otherwise), with `Content-Language` and `Vary: Accept-Language`. Every POST honours `Idempotency-Key`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api' }],
    security: [{ session: [] }, { bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'procura_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas: Object.fromEntries(Object.entries(contractSchemas).map(([name, s]) => [name, { title: name, ...toJson(s) }])),
    },
  };
}

export const OPENAPI_HEADER = '# Generated by scripts/gen-openapi.ts from src/model (publishedSchemas) and server/openapi.ts. Do not edit.\n';

export function openApiYaml(): string {
  return OPENAPI_HEADER + stringify(openApiDocument(), { lineWidth: 0 });
}
