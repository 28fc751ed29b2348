/** The server's own answers about the session and the service (components.schemas). */
import { ref } from './common.js';

/** The person as the directory knows them; `GET /session` adds `birthDate` and `phone` (the person\u2019s own, to prefill their forms). */
export const publicUser = {
  type: 'object',
  description: 'A person of the directory, as lists may show them: no birth date, no phone.',
  properties: {
    id: { type: 'string' },
    role: { enum: ['client', 'mandatary', 'broker'] },
    displayName: { type: 'string' },
    email: { type: 'string', format: 'email' },
    kind: {
      enum: ['natural', 'legal'],
      description: 'A natural person, or a company (then `legalName`, `enterpriseNumber`, `seat`, `representative`).',
    },
    clientRef: { type: 'string', description: 'The pseudonymous client number; the subject of their consent records.' },
    givenName: { type: 'string' },
    familyName: { type: 'string' },
    legalName: { type: 'string' },
    enterpriseNumber: { type: 'string' },
    seat: { type: 'string' },
    representative: {
      type: 'object',
      description: 'Who signs for the company.',
      properties: { givenName: { type: 'string' }, familyName: { type: 'string' }, capacity: { type: 'string' } },
    },
  },
  required: ['id', 'role', 'displayName', 'email'],
};
export const sessionUser = {
  allOf: [
    ref('PublicUser'),
    {
      type: 'object',
      properties: {
        birthDate: { type: 'string', format: 'date' },
        phone: { type: 'string' },
        staffRole: {
          enum: ['reviewer', 'admin'],
          description: 'A broker’s staff role in their office: an admin also manages the staff accounts.',
        },
      },
    },
  ],
  description:
    'The signed-in person, told about themself: the public part plus `birthDate` and `phone` when the directory has them, and a broker’s `staffRole`.',
};
export const health = {
  type: 'object',
  properties: {
    status: { const: 'ok' },
    store: { enum: ['pglite', 'pg'] },
    demo: { type: 'boolean', description: 'Demo mode: demo people and the /demo routes.' },
  },
  required: ['status', 'store', 'demo'],
};
export const readiness = {
  type: 'object',
  description:
    'Ready: the database answers, every migration shipped with the server is applied, the proof key signs, and the seal certificate (when sealing is on) is within its validity.',
  properties: {
    status: { const: 'ready' },
    store: { enum: ['pglite', 'pg'] },
    migrations: { type: 'integer', minimum: 0, description: 'How many migrations the server ships, all applied.' },
    proofKey: {
      type: 'string',
      description: 'The `kid` of the key that signs receipts and checkpoints (`GET /proof/keys`).',
    },
    seal: { enum: ['configured', 'demo', 'off'], description: 'Where the seal certificate comes from, or `off`.' },
  },
  required: ['status', 'store', 'migrations', 'proofKey', 'seal'],
};
export const sessionAnswer = {
  type: 'object',
  properties: {
    user: { oneOf: [ref('SessionUser'), { type: 'null' }] },
    signInUrl: {
      type: 'string',
      format: 'uri-reference',
      description: 'Where the site signs people in, when the server is configured with one (SIGN_IN_URL).',
    },
  },
  required: ['user'],
};
