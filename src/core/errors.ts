import { pointerToPath } from '../model/pointer.js';
import { PROBLEM_CODES, type Problem } from '../model/problem.js';

const KNOWN = new Set<string>(PROBLEM_CODES);

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
    this.code = problem.code ?? (fromType && KNOWN.has(fromType) ? fromType : undefined);
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

/** Reports a problem on the console once, under the element's tag, with no personal data. */
export function report(tag: string, message: string, detail?: unknown): void {
  console.error(`[${tag}] ${message}`, ...(detail === undefined ? [] : [detail]));
}

const BY_STATUS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-large',
  415: 'media-type',
  422: 'validation',
  429: 'rate-limited',
  500: 'internal',
  503: 'unavailable',
};

/** What the texts below need of an element's LocalizeController. */
export interface Texts {
  locale: string;
  has(key: string): boolean;
  t(key: string, params?: Record<string, string | number>): string;
}

/** Whether the server's sentences are in the page's language (`fr` answers a `fr-BE` page). */
function sameLanguage(contentLanguage: string | undefined, locale: string): boolean {
  const first = contentLanguage?.split(',')[0]?.trim().toLowerCase();
  return !!first && first.split('-')[0] === locale.toLowerCase().split('-')[0];
}

/**
 * One sentence, in the page's language, for a failed request: the kit's own text for a known
 * code; the server's `detail` only for a code the kit does not know and only when the server
 * wrote it in the page's language; else a general sentence. Never the English of an Error.
 */
export function problemMessage(e: unknown, texts: Texts): string {
  if (e instanceof ProblemError) {
    const fields = Object.keys(e.fields).length > 0;
    // "Correct the highlighted fields" only when the server named some.
    const code = e.code === 'validation' && !fields ? undefined : e.code;
    if (code && texts.has(`core.problem.${code}`)) return texts.t(`core.problem.${code}`);
    const detail = e.problem.detail?.trim();
    if (detail && sameLanguage(e.language, texts.locale)) return detail;
    // A backend without codes (or with a new one): what its status says, in our words.
    const byStatus = fields ? 'validation' : e.status === 422 ? undefined : BY_STATUS[e.status];
    return texts.t(byStatus ? `core.problem.${byStatus}` : 'core.problem.other');
  }
  if (e instanceof UnreachableError) return texts.t('core.problem.unreachable');
  return texts.t('core.problem.other');
}

/**
 * The message beside each field the server refused: the element's own text for that field
 * and code (`own`), else the kit's `core.field.<code>`, else the server's sentence when it is
 * in the page's language, else a general one.
 */
export function problemFields(
  e: ProblemError,
  texts: Texts,
  own?: (path: string, code: string) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, f] of Object.entries(e.fields)) {
    const code = f.code ?? '';
    out[path] =
      (code && own?.(path, code)) ||
      (code && texts.has(`core.field.${code}`)
        ? texts.t(`core.field.${code}`)
        : sameLanguage(e.language, texts.locale) && f.message
          ? f.message
          : texts.t('core.invalid'));
  }
  return out;
}
