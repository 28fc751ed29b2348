/** What every part of the OpenAPI description shares: references, parameters and the problems any route may answer. */
export type Obj = Record<string, unknown>;

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const resp = (name: string) => ({ $ref: `#/components/responses/${name}` });
export const json = (schema: Obj) => ({ 'application/json': { schema } });
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
export const uuid = { type: 'string', format: 'uuid' };
export const dateTime = { type: 'string', format: 'date-time' };
export const hash = { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'A SHA-256, lower-case hex.' };
export const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The grant\u2019s id (`grantId` of the POST answer, `id` in `GET /grants`).',
  schema: uuid,
};
export const keyParam = (required: boolean) => ({
  name: 'Idempotency-Key',
  in: 'header',
  required,
  description:
    'A fresh random value per submission, the same on retries: the same key and body store once and answer the same (with `Idempotent-Replayed: true`); the same key with another body answers 422 `idempotency-mismatch`; while the first is still being handled, 409 `in-progress`.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
});
export const langParam = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description: 'fr, nl, en or de; English otherwise.',
  schema: { type: 'string' },
};

/** Problems every route may answer, shared as components.responses. */
export const responses: Obj = {
  BadRequest: problem(
    '`bad-request`: the body cannot be read (not JSON, nested more than 32 deep, a multipart part missing), the Idempotency-Key header is missing or malformed, or a query parameter is invalid; `errors[].pointer` names it.',
  ),
  Unauthorized: problem(
    '`unauthorized`: nobody is signed in (no valid session cookie or bearer token), or the site\u2019s authentication hook refused the credentials sent.',
  ),
  NotFound: problem('`not-found`: no such resource, or not the caller\u2019s to see (its existence is not revealed).'),
  TooLarge: problem(
    '`too-large`: the body is over its limit (256 KB of JSON, 12 MB of multipart, a 10 MB document); the connection is closed.',
  ),
  MediaType: problem('`media-type`: the body is not sent with the content type this route reads.'),
  Validation: problem(
    '`validation`: the body breaks the model\u2019s rules, each broken rule in `errors[]` (`pointer`, `code`, `detail`); or `idempotency-mismatch`: this Idempotency-Key came first with another body.',
  ),
  RateLimited: {
    description:
      '`rate-limited`: too many requests from this address or this session; send again after `Retry-After` seconds.',
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 1 } } },
    content: { 'application/problem+json': { schema: ref('Problem') } },
  },
};
export const r400 = resp('BadRequest');
export const r401 = resp('Unauthorized');
export const r404 = resp('NotFound');
export const r413 = resp('TooLarge');
export const r415 = resp('MediaType');
export const r422 = resp('Validation');
export const r429 = resp('RateLimited');
export const originNote = 'or `origin`: a cookie-authenticated request sent from an origin the server does not allow';
