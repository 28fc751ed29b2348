/** The server's own answers about grants and their proof: receipts, evidence, keys (components.schemas). */
import { dateTime, hash, ref, uuid } from './common.js';

export const receiptJws = {
  type: 'string',
  pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
  description:
    'A compact JWS (ES256, `kid` = a key of `GET /proof/keys`) whose payload is the canonical JSON of the receipt: `procura.mandate-receipt/1` or `procura.consent-receipt/1` (server/README.md, "Time" and "Evidence"). Check it with `procura verify`.',
};
export const checkpointJws = {
  type: 'string',
  pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
  description:
    'A signed checkpoint: compact JWS `procura-checkpoint+jws` (ES256, key at `GET /proof/keys`) of `{schema, scope: "grant:<id>", seq, head, at}`: the head of the grant\u2019s trail at a moment.',
};
export const submitted = {
  type: 'object',
  description: 'A signed form kept, pending the broker.',
  properties: {
    id: { ...uuid, description: 'The form\u2019s id.' },
    status: { const: 'pending' },
    grantId: { ...uuid, description: 'The grant it created, as `GET /grants` lists it.' },
    receipt: ref('ReceiptJws'),
  },
  required: ['id', 'status', 'grantId', 'receipt'],
};
/** What a verifier concludes about one grant (server/proof/evidence.ts). */
export const verification = {
  type: 'object',
  description:
    'Links recomputed; the grant row compared with the state its events describe; the mandate body and both PDFs hashed from the stored bytes; the trail compared with its latest signed checkpoint.',
  properties: {
    valid: {
      type: 'boolean',
      description: 'All four checks hold (after an erasure: the links and the signed checkpoint).',
    },
    chain: { enum: ['valid', 'broken'] },
    content: {
      enum: ['matches', 'differs', 'erased'],
      description: "`erased`: the person's data was erased (GDPR art. 17): nothing is left to compare, on purpose.",
    },
    document: { enum: ['matches', 'differs', 'missing', 'erased'] },
    checkpoint: { enum: ['matches', 'missing', 'differs'] },
    erased: {
      type: 'object',
      description: 'When the trail holds an `erased` event: when, and the rights request it answered.',
      properties: { at: { type: 'string', format: 'date-time' }, requestId: { type: 'string' } },
      required: ['at', 'requestId'],
    },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, detail: { type: 'string' } },
        required: ['code', 'detail'],
      },
    },
  },
  required: ['valid', 'chain', 'content', 'document', 'checkpoint', 'problems'],
};
export const grantDetail = {
  description: 'One grant with its trail: `events` (oldest first), `chain` (the links alone) and `verification`.',
  allOf: [
    ref('Grant'),
    {
      type: 'object',
      properties: {
        chain: {
          type: 'object',
          description: 'The links alone.',
          properties: { valid: { type: 'boolean' }, length: { type: 'integer', minimum: 0 } },
          required: ['valid', 'length'],
        },
        verification: ref('Verification'),
      },
      required: ['events', 'chain', 'verification'],
    },
  ],
};
export const grantList = {
  type: 'object',
  description: 'A page of grants, newest first.',
  properties: {
    grants: { type: 'array', items: ref('Grant') },
    nextCursor: { type: 'string', description: 'Present when more grants follow: send it as `cursor`.' },
  },
  required: ['grants'],
};
export const evidenceEvent = {
  type: 'object',
  description: 'One link of the grant\u2019s trail.',
  properties: {
    seq: { type: 'integer', minimum: 1 },
    type: { enum: ['created', 'activated', 'refused', 'revoked', 'expired', 'changed'] },
    at: { ...dateTime, description: 'The server\u2019s receipt time.' },
    actor: { type: 'string' },
    data: {
      type: ['object', 'null'],
      additionalProperties: true,
      description:
        '`created`: mandateSha256, documentSha256, sealedSha256?, sealLevel?, grantor, mandatary, service, scope, validUntil, indicatedBy?, clientSignedAt. `changed`: before, after and the broker’s note. `revoked`: before and after. `refused`: code and note.',
    },
    prevHash: hash,
    hash: {
      ...hash,
      description: 'SHA-256 of prevHash + the canonical JSON (RFC 8785) of {grantId, seq, type, at, actor, data}.',
    },
    attests: {
      type: 'string',
      description: 'What the event attests, in a plain sentence in the language of Accept-Language (fr, nl, en, de).',
    },
  },
  required: ['seq', 'type', 'at', 'actor', 'data', 'prevHash', 'hash', 'attests'],
};
export const nullableHash = { type: ['string', 'null'], pattern: '^[0-9a-f]{64}$' };
export const evidence = {
  type: 'object',
  description: 'Everything `procura verify evidence.json --keys keys.json` needs to check a grant offline.',
  properties: {
    schema: { const: 'procura.evidence/1' },
    grantId: uuid,
    generatedAt: dateTime,
    events: { type: 'array', items: ref('EvidenceEvent') },
    checkpoints: {
      type: 'array',
      items: ref('CheckpointJws'),
      description: 'This grant\u2019s signed checkpoints, oldest first.',
    },
    document: {
      type: 'object',
      description:
        'The hashes of the signed PDF and of its sealed copy, as recorded and as computed now from the stored bytes.',
      properties: {
        originalSha256: { ...nullableHash, description: 'As recorded at creation.' },
        recomputedOriginalSha256: { ...nullableHash, description: 'Computed now from the stored bytes.' },
        sealedSha256: nullableHash,
        recomputedSealedSha256: nullableHash,
        sealLevel: { type: ['string', 'null'], enum: ['B-B', 'B-T', null] },
        sealedAt: { type: ['string', 'null'], format: 'date-time' },
      },
      required: [
        'originalSha256',
        'recomputedOriginalSha256',
        'sealedSha256',
        'recomputedSealedSha256',
        'sealLevel',
        'sealedAt',
      ],
    },
    verification: ref('Verification'),
  },
  required: ['schema', 'grantId', 'generatedAt', 'events', 'checkpoints', 'document', 'verification'],
};
export const proofKeys = {
  type: 'object',
  description:
    'The JWK Set of the key that signs receipts and checkpoints, and the seal certificate (null when the server does not seal).',
  required: ['keys', 'seal'],
  properties: {
    keys: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kty', 'kid', 'alg'],
        properties: {
          kty: { const: 'EC' },
          crv: { const: 'P-256' },
          x: { type: 'string' },
          y: { type: 'string' },
          kid: { type: 'string' },
          alg: { const: 'ES256' },
          use: { const: 'sig' },
        },
      },
    },
    seal: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['certificate', 'sha256', 'origin'],
          properties: {
            certificate: { type: 'string', description: 'PEM.' },
            sha256: { type: 'string', description: 'SHA-256 of the certificate (DER), hex.' },
            origin: { enum: ['configured', 'demo'] },
          },
        },
      ],
    },
  },
};
export const grantReceipt = {
  type: 'object',
  description: 'The receipt signed when a mandate or an access request was received.',
  properties: { grantId: uuid, receipt: ref('ReceiptJws') },
  required: ['grantId', 'receipt'],
};
