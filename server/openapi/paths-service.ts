/** Routes: health, readiness, the proof keys and the session. */
import { type Obj, json, problem, r401, r413, r415, r429, ref } from './common.js';

export const servicePaths: Obj = {
  '/health': {
    get: {
      operationId: 'getHealth',
      tags: ['Service'],
      summary: 'Liveness and storage kind',
      description: 'The process answers and its database too. Not rate-limited.',
      security: [],
      responses: { '200': { description: 'Alive.', content: json(ref('Health')) } },
    },
  },
  '/ready': {
    get: {
      operationId: 'getReadiness',
      tags: ['Service'],
      summary: 'Readiness: whether this process can serve',
      description:
        'What a load balancer or an orchestrator asks before sending traffic; `/health` only says the process and its database answer. Not rate-limited; `Cache-Control: no-store`. Nothing personal and no connection string is said.',
      security: [],
      responses: {
        '200': { description: 'Ready.', content: json(ref('Readiness')) },
        '503': {
          description:
            '`unavailable`: not ready, one `errors[]` entry per cause (pointer `/database`, `/migrations`, `/proofKey` or `/seal`, with a `code` such as `unreachable`, `pending`, `missing`, `expired`). Ask again after `Retry-After` seconds.',
          headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 1 } } },
          content: { 'application/problem+json': { schema: ref('Problem') } },
        },
      },
    },
  },
  '/proof/keys': {
    get: {
      operationId: 'getProofKeys',
      tags: ['Proof'],
      summary: 'The keys that check procura proofs offline',
      description:
        'The JWK Set of the receipt and checkpoint key (ES256), and the seal certificate (PEM). Save it once (or get it from the broker by another channel): `procura verify --keys` uses it. Public, no personal data; `Cache-Control: public, max-age=300`.',
      security: [],
      responses: { '200': { description: 'The keys.', content: json(ref('ProofKeys')) }, '429': r429 },
    },
  },
  '/session': {
    get: {
      operationId: 'getSession',
      tags: ['Session'],
      summary: 'Who is signed in',
      description:
        'Who the backend knows, from the session cookie or the bearer token (or the site\u2019s authentication hook). `user` is null when nobody is; `signInUrl` (when the server is configured with one) is where the site signs people in. Answered with `Cache-Control: no-store`.',
      security: [],
      responses: {
        '200': {
          description: 'The person, or null.',
          headers: { 'Cache-Control': { schema: { const: 'no-store' } } },
          content: json(ref('Session')),
        },
        '401': r401,
        '429': r429,
      },
    },
    post: {
      operationId: 'createSession',
      tags: ['Session'],
      summary: 'Sign in as a demo user (demo mode only)',
      description:
        'Sets the `procura_session` cookie (HttpOnly, SameSite=Lax, Path=/; Secure over TLS, or behind a proxy trusted with TRUST_PROXY=1). The token for `Authorization: Bearer` is in the answer only when asked for, with `token: true` in the body or `?token=1`. Ignores Idempotency-Key: a session is not kept as a replayable answer. A real site signs people in with its own system.',
      security: [],
      parameters: [
        {
          name: 'token',
          in: 'query',
          required: false,
          description: '`1` or `true`: put the bearer token in the answer.',
          schema: { enum: ['1', 'true'] },
        },
      ],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          properties: {
            user: { type: 'string', description: 'A demo user\u2019s id (`GET /demo/users`).' },
            token: { type: 'boolean' },
          },
          required: ['user'],
        }),
      },
      responses: {
        '201': {
          description: 'Signed in.',
          content: json({
            type: 'object',
            properties: { user: ref('SessionUser'), token: { type: 'string', description: 'Only when asked for.' } },
            required: ['user'],
          }),
        },
        '400': problem('`bad-request`: not JSON, or no such demo user (`errors[0].pointer` is `/user`).'),
        '403': problem('`origin`: a cookie-authenticated request sent from an origin the server does not allow.'),
        '404': problem('`not-found`: not in demo mode.'),
        '413': r413,
        '415': r415,
        '429': r429,
      },
    },
    delete: {
      operationId: 'deleteSession',
      tags: ['Session'],
      summary: 'Sign out',
      description:
        'Ends the session named by the cookie or the bearer token, and clears the cookie. Answers 204 even when nobody was signed in.',
      responses: {
        '204': { description: 'Signed out; the cookie is cleared.' },
        '403': problem(`\`origin\`: a cookie-authenticated request sent from an origin the server does not allow.`),
        '429': r429,
      },
    },
  },
};
