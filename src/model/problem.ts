import { array, integer, object, optional, string, type Infer } from './schema.js';

/**
 * Stable codes of the problems the backend answers (`code` beside RFC 9457's fields). The
 * elements show their own text for each in the page's language, and the server's `detail`
 * only for a code they do not know. Per-field errors carry the codes of `Issue` (`required`,
 * `format`, `sameEmail`...).
 */
export const PROBLEM_CODES = [
  'validation', // 422: see errors[]
  'bad-request', // 400: the body cannot be read
  'media-type', // 415
  'too-large', // 413
  'unauthorized', // 401: nobody is signed in
  'forbidden', // 403: signed in, but not allowed
  'origin', // 403: a cookie from another site's page
  'not-found', // 404
  'conflict', // 409: it exists already (one mandate per mandatary and service)
  'in-progress', // 409: the same Idempotency-Key is being handled: retry later
  'idempotency-mismatch', // 422: the same key with another body
  'state', // 409: not possible in the grant's current state
  'not-you', // 403: the form names someone else than the signed-in person (grantor, requester)
  'rate-limited', // 429
  'internal', // 500
  'unavailable', // 503
  'seal-unavailable', // 503: no timestamp authority answered, nothing stored: retry after Retry-After
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** RFC 9457 problem details, with per-field errors as `errors[{ pointer, detail, code }]`. */
export const problem = object(
  {
    type: optional(string()),
    title: string(),
    status: integer({ min: 400, max: 599 }),
    detail: optional(string()),
    instance: optional(
      string({
        description:
          'On a 5xx, urn:procura:request:<id>: the same id as the X-Request-Id header and the server log line for the error.',
      }),
    ),
    code: optional(
      string({
        // A getter: a module that takes only PROBLEM_CODES (errors.ts) drops this schema whole.
        get description() {
          return `A stable code the client translates: ${PROBLEM_CODES.join(', ')}. Another code may be added; treat one you do not know by its status.`;
        },
      }),
    ),
    errors: optional(array(object({ pointer: string(), detail: string(), code: optional(string()) }))),
  },
  { extra: 'allow' },
);
export type Problem = Infer<typeof problem>;

export { pointerToPath, pathToPointer } from './pointer.js';
