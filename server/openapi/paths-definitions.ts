/** Routes: published definitions (issue 17, the studio; server/modules/definitions). */
import {
  type Obj,
  dateTime,
  hash,
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
} from './common.js';

const kind = { type: 'string', enum: ['tree', 'consent', 'cookie-opposition', 'mandate-form'] };
const idPattern = '^[a-z0-9][a-z0-9-]{0,63}$';
const version: Obj = {
  type: 'object',
  description:
    'One published version: `sha256` is the SHA-256 of the canonical JSON of the definition (keys sorted, no whitespace). `publishedBy` is the staff member\u2019s name for the office\u2019s staff, empty for anyone else.',
  properties: {
    id: { type: 'string', pattern: idPattern },
    version: { type: 'integer', minimum: 1 },
    sha256: hash,
    kind,
    publishedAt: dateTime,
    publishedBy: { type: 'string' },
    note: { type: 'string', maxLength: 500 },
  },
  required: ['id', 'version', 'sha256', 'kind', 'publishedAt', 'publishedBy'],
};
const published: Obj = {
  ...version,
  description: 'A published version with its definition (what an element\u2019s `src` reads).',
  properties: { ...(version.properties as Obj), definition: { description: 'The definition, as published.' } },
  required: [...(version.required as string[]), 'definition'],
};
const list = (description: string) => ({
  description,
  content: json({ type: 'object', properties: { items: { type: 'array', items: version } }, required: ['items'] }),
});
const idPath = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: idPattern } };
const staffOnly = problem('`forbidden`: for the office\u2019s staff.');
const etag = { ETag: { description: 'The definition\u2019s SHA-256 in quotes.', schema: { type: 'string' } } };

export const definitionPaths: Obj = {
  '/definitions': {
    post: {
      operationId: 'publishDefinition',
      tags: ['Definitions'],
      summary: 'Publish a definition as a new immutable version',
      description:
        'An administrator of the office publishes a questionnaire tree, a consent, cookie-opposition or mandate-form configuration. It is checked first with the kit\u2019s own checker for its kind (422 with the checker\u2019s problems, each at `/definition/...`). The same content as the newest version answers 200 with it (no new version); anything else is version + 1. A version is never changed.',
      security: [{ session: [] }, { bearer: [] }],
      parameters: [keyParam(true)],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          properties: {
            kind,
            id: { type: 'string', pattern: idPattern },
            definition: { description: 'The tree or the element\u2019s configuration.' },
            note: { type: 'string', maxLength: 500 },
          },
          required: ['kind', 'id', 'definition'],
        }),
      },
      responses: {
        '200': { description: 'Unchanged: the newest version.', content: json(version) },
        '201': { description: 'Published.', content: json(version) },
        '400': r400,
        '401': r401,
        '403': problem(
          `\`forbidden\`: for an administrator of the office (a reviewer may not publish), ${originNote}.`,
        ),
        '409': problem(
          '`state`: another version was published at the same moment; `in-progress`: the same Idempotency-Key is still being handled.',
        ),
        '413': r413,
        '415': r415,
        '422': problem(
          '`validation`: the body, or the definition does not pass its kind\u2019s checker (the checker\u2019s codes, per field).',
        ),
        '429': r429,
      },
    },
    get: {
      operationId: 'listDefinitions',
      tags: ['Definitions'],
      summary: 'The newest version of each of the office\u2019s definitions',
      security: [{ session: [] }, { bearer: [] }],
      responses: { '200': list('By id.'), '401': r401, '403': staffOnly, '429': r429 },
    },
  },
  '/definitions/{id}': {
    get: {
      operationId: 'getDefinition',
      tags: ['Definitions'],
      summary: 'A published definition (an element\u2019s `src`)',
      description:
        'Open to anyone; the office is the signed-in person\u2019s, else the host name\u2019s. The newest version is cached briefly (`max-age=60`), a `?version=N` for ever (`immutable`); `If-None-Match` with the ETag answers 304.',
      security: [{}, { session: [] }, { bearer: [] }],
      parameters: [idPath, { name: 'version', in: 'query', schema: { type: 'integer', minimum: 1 } }],
      responses: {
        '200': { description: 'The definition.', headers: etag, content: json(published) },
        '304': { description: 'Unchanged.', headers: etag },
        '404': r404,
        '429': r429,
      },
    },
  },
  '/definitions/{id}/versions': {
    get: {
      operationId: 'listDefinitionVersions',
      tags: ['Definitions'],
      summary: 'Every version of a definition, newest first (the publish log)',
      security: [{ session: [] }, { bearer: [] }],
      parameters: [idPath],
      responses: { '200': list('Newest first.'), '401': r401, '403': staffOnly, '404': r404, '429': r429 },
    },
  },
};
