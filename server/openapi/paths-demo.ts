/** Routes of demo mode only (PROCURA_DEMO=1). */
import { type Obj, json, keyParam, originNote, problem, r400, r401, r413, r415, r429, ref } from './common.js';

export const demoUsersPath: Obj = {
  get: {
    operationId: 'listDemoUsers',
    tags: ['Demo'],
    summary: 'Demo people for the switcher (demo mode only)',
    security: [],
    responses: {
      '200': {
        description: 'The list.',
        content: json({
          type: 'object',
          properties: { users: { type: 'array', items: ref('PublicUser') } },
          required: ['users'],
        }),
      },
      '404': problem('`not-found`: not in demo mode.'),
      '429': r429,
    },
  },
};

export const demoPaths: Obj = {
  '/demo/seed-grants': {
    post: {
      operationId: 'seedDemoGrants',
      tags: ['Demo'],
      summary: 'Bulk-insert grants given by a demo user (demo mode only, broker)',
      description: 'For the 10,000-grant tests and benchmarks.',
      parameters: [keyParam(false)],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          properties: { count: { type: 'integer', minimum: 1, maximum: 50000 }, user: { type: 'string' } },
          required: ['count', 'user'],
        }),
      },
      responses: {
        '201': {
          description: 'Inserted.',
          content: json({ type: 'object', properties: { inserted: { type: 'integer' } }, required: ['inserted'] }),
        },
        '400': r400,
        '401': r401,
        '403': problem(`\`forbidden\`: not the broker; ${originNote}.`),
        '404': problem('`not-found`: not in demo mode.'),
        '409': problem('`in-progress`: the same Idempotency-Key is still being handled.'),
        '413': r413,
        '415': r415,
        '422': problem('`validation`: an invalid count or an unknown demo user; or `idempotency-mismatch`.'),
        '429': r429,
      },
    },
  },
  '/demo/reset': {
    post: {
      operationId: 'resetDemo',
      tags: ['Demo'],
      summary: 'Empty the demo data (demo mode only, broker)',
      description:
        'Empties every table: allowed only when the server runs with PROCURA_DEMO_RESET=1. Send `{}` as JSON (a cross-site form cannot).',
      requestBody: { required: true, content: json({ type: 'object', additionalProperties: true }) },
      responses: {
        '200': {
          description: 'Emptied.',
          content: json({ type: 'object', properties: { ok: { const: true } }, required: ['ok'] }),
        },
        '400': r400,
        '401': r401,
        '403': problem(`\`forbidden\`: not the broker, or resetting is off (PROCURA_DEMO_RESET); ${originNote}.`),
        '404': problem('`not-found`: not in demo mode.'),
        '413': r413,
        '415': r415,
        '429': r429,
      },
    },
  },
};
