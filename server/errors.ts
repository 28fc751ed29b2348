import { pathToPointer, type Issue, type ProblemCode } from '../src/model/index.js';
import { fieldDetail, problemTexts, type Lang, type SentenceKey } from './i18n.js';

export interface FieldError {
  pointer: string;
  detail: string;
  /** Always set: the elements translate by it. */
  code: string;
}

const STATUS: Record<ProblemCode, number> = {
  validation: 422,
  'bad-request': 400,
  'media-type': 415,
  'too-large': 413,
  unauthorized: 401,
  forbidden: 403,
  'not-you': 403,
  origin: 403,
  'not-found': 404,
  conflict: 409,
  'in-progress': 409,
  'idempotency-mismatch': 422,
  state: 409,
  'rate-limited': 429,
  internal: 500,
  unavailable: 503,
  'seal-unavailable': 503,
};

const BASE = 'https://procura.dev/problems/';

/**
 * An RFC 9457 problem with a stable `code` (PROBLEM_CODES), thrown anywhere and turned into
 * `application/problem+json` by the app, in the language the request asked for. `detail` is
 * the specific English sentence; `key` names a translated one when the code's own is too vague.
 */
export class Problem extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    opts: { status?: number; key?: SentenceKey; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(detail ?? code, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.status = opts.status ?? STATUS[code];
    this.key = opts.key;
    this.retryAfter = opts.retryAfter;
  }

  readonly key?: SentenceKey;
  /** Seconds, sent as `Retry-After` (a 503 the outbox sends again after). */
  readonly retryAfter?: number;

  get type() {
    return BASE + this.code;
  }

  toJSON(lang: Lang = 'en') {
    const { title, detail } = problemTexts(this.code, this.detail, this.key, lang);
    return {
      type: this.type,
      title,
      status: this.status,
      code: this.code,
      detail,
      ...(this.errors && { errors: this.errors.map((e) => ({ ...e, detail: fieldDetail(e.code, e.detail, lang) })) }),
    };
  }
}

export const fieldErrors = (issues: Issue[], prefix = ''): FieldError[] =>
  issues.map((i) => ({ pointer: prefix + pathToPointer(i.path), detail: i.message, code: i.code }));

export const invalid = (issues: Issue[], more: FieldError[] = []) =>
  new Problem('validation', undefined, [...fieldErrors(issues), ...more]);

export const badRequest = (detail: string, errors?: FieldError[], key?: SentenceKey) =>
  new Problem('bad-request', detail, errors, { key });
export const unsupported = (detail: string) => new Problem('media-type', detail);
export const unauthorized = () => new Problem('unauthorized');
export const forbidden = (detail: string, key?: SentenceKey) => new Problem('forbidden', detail, undefined, { key });
export const notFound = (detail?: string) => new Problem('not-found', detail);
export const conflict = (detail: string, errors?: FieldError[], key?: SentenceKey) =>
  new Problem('conflict', detail, errors, { key });
/** The grant's current state does not allow the change (already revoked, no longer pending...). */
export const wrongState = (detail: string) => new Problem('state', detail);
export const tooLarge = (detail: string, errors?: FieldError[]) => new Problem('too-large', detail, errors);
