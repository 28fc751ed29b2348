import { pointerToPath } from '../model/pointer.js';
import type { Problem } from '../model/problem.js';

/** The backend answered with a problem (RFC 9457). `fields` maps dotted paths to messages. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly status: number;
  readonly fields: Record<string, { message: string; code?: string }>;
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
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
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

/** Reports a problem on the console once, under the element's tag, with no personal data. */
export function report(tag: string, message: string, detail?: unknown): void {
  console.error(`[${tag}] ${message}`, ...(detail === undefined ? [] : [detail]));
}
