import { pointerToPath } from '../model/pointer.js';
import { PROBLEM_CODES, type Problem } from '../model/problem.js';

/**
 * The backend answered with a problem (RFC 9457). `code` is its stable code (also read from
 * the end of `type` for a backend that predates `code`); `fields` maps dotted paths to the
 * server's message and code; `language` is the answer's Content-Language, which says whether
 * the server's own sentences may be shown on the page.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly status: number;
  readonly code?: string;
  readonly fields: Record<string, { message: string; code?: string }>;
  constructor(
    readonly problem: Problem,
    readonly language?: string,
  ) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    const fromType = problem.type?.split(/[/#]/).pop();
    this.code =
      problem.code ?? (fromType && (PROBLEM_CODES as readonly string[]).includes(fromType) ? fromType : undefined);
    this.fields = {};
    for (const e of problem.errors ?? []) this.fields[pointerToPath(e.pointer)] = { message: e.detail, code: e.code };
  }
  /** 4xx problems other than 408 and 429 will not go away by retrying. */
  get permanent(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

/** The backend could not be reached (network down, timeout, 5xx after every retry). */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * A read or write asked of an element that has no backend (no `endpoint`, no meta, no
 * configure()): the element works locally, and says so rather than calling nowhere.
 */
export class NoEndpointError extends Error {
  override name = 'NoEndpointError';
  constructor(readonly tag: string) {
    super(
      `<${tag}> has no endpoint: set its endpoint attribute, <meta name="procura:endpoint"> or configure({ endpoint })`,
    );
  }
}

// Apart so that what every element needs at once (`report`) does not bring the error classes;
// the sentences of a failure (problemMessage, problemFields) are in problem-text.ts, loaded with the backend.
export { report } from './report.js';
