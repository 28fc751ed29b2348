import { pathToPointer, type Issue } from '../src/model/index.js';

export interface FieldError {
  pointer: string;
  detail: string;
  code?: string;
}

/** An RFC 9457 problem, thrown anywhere and turned into `application/problem+json` by the app. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly type = 'about:blank',
  ) {
    super(detail ?? title);
  }

  toJSON() {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      ...(this.detail && { detail: this.detail }),
      ...(this.errors && { errors: this.errors }),
    };
  }
}

const BASE = 'https://procura.dev/problems/';

export const invalid = (issues: Issue[], prefix = '', detail = 'Some fields are not valid; see errors.') =>
  new Problem(
    422,
    'Invalid data',
    detail,
    issues.map((i) => ({ pointer: prefix + pathToPointer(i.path), detail: i.message, code: i.code })),
    BASE + 'validation',
  );

export const badRequest = (detail: string, errors?: FieldError[]) => new Problem(400, 'Bad request', detail, errors, BASE + 'bad-request');
export const unauthorized = () => new Problem(401, 'Not signed in', 'Sign in first: a session cookie or a bearer token is needed.', undefined, BASE + 'unauthorized');
export const forbidden = (detail: string) => new Problem(403, 'Forbidden', detail, undefined, BASE + 'forbidden');
export const notFound = (detail = 'No such resource, or it is not yours to see.') => new Problem(404, 'Not found', detail, undefined, BASE + 'not-found');
export const conflict = (detail: string, errors?: FieldError[]) => new Problem(409, 'Conflict', detail, errors, BASE + 'conflict');
export const tooLarge = (detail: string, errors?: FieldError[]) => new Problem(413, 'Content too large', detail, errors, BASE + 'too-large');
