import { PROBLEM_CODES, type ProblemCode } from '../model/problem.js';
import type { CoreKey } from '../i18n/core.js';
import { NoEndpointError, ProblemError, UnreachableError } from './errors.js';

const KNOWN = new Set<string>(PROBLEM_CODES);

/** The kit's sentence for each problem code the server answers (src/model/problem.ts). */
const PROBLEM_TEXT: Readonly<Record<ProblemCode, CoreKey>> = {
  validation: 'core.problem.validation',
  'bad-request': 'core.problem.bad-request',
  'media-type': 'core.problem.media-type',
  'too-large': 'core.problem.too-large',
  unauthorized: 'core.problem.unauthorized',
  forbidden: 'core.problem.forbidden',
  origin: 'core.problem.origin',
  'not-found': 'core.problem.not-found',
  conflict: 'core.problem.conflict',
  'in-progress': 'core.problem.in-progress',
  'idempotency-mismatch': 'core.problem.idempotency-mismatch',
  state: 'core.problem.state',
  'not-you': 'core.problem.not-you',
  'rate-limited': 'core.problem.rate-limited',
  internal: 'core.problem.internal',
  unavailable: 'core.problem.unavailable',
  'seal-unavailable': 'core.problem.seal-unavailable',
};

/**
 * The kit's sentence for the per-field codes it knows (the schema's `Issue` codes and the
 * server's rules, server/i18n `fields`). The server's other field codes (notPdf, truncated,
 * pages, json, duplicate, unknown, idempotencyMismatch) have no sentence of the kit: they fall
 * back to the server's sentence in the page's language, else the general one.
 */
const FIELD_TEXT: Readonly<Partial<Record<string, CoreKey>>> = {
  required: 'core.field.required',
  format: 'core.field.format',
  pattern: 'core.field.pattern',
  type: 'core.field.type',
  enum: 'core.field.enum',
  max: 'core.field.max',
  min: 'core.field.min',
  text: 'core.field.text',
  pdfActive: 'core.field.pdfActive',
  sameEmail: 'core.field.sameEmail',
  sharedEmail: 'core.field.sharedEmail',
  enterpriseNumber: 'core.field.enterpriseNumber',
  past: 'core.field.past',
  future: 'core.field.future',
  order: 'core.field.order',
  tooOld: 'core.field.tooOld',
  notYou: 'core.field.notYou',
  signature: 'core.field.signature',
  hashMismatch: 'core.field.hashMismatch',
};

/** What a status says when the problem has no code the kit knows. */
const BY_STATUS: Readonly<Partial<Record<number, ProblemCode>>> = {
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

const isProblemCode = (code: string | undefined): code is ProblemCode => !!code && KNOWN.has(code);

/** What the texts below need of an element's LocalizeController. */
export interface Texts {
  locale: string;
  t(key: CoreKey, params?: Record<string, string | number>): string;
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
    if (isProblemCode(code)) return texts.t(PROBLEM_TEXT[code]);
    const detail = e.problem.detail?.trim();
    if (detail && sameLanguage(e.language, texts.locale)) return detail;
    // A backend without codes (or with a new one): what its status says, in our words.
    const byStatus = fields ? 'validation' : e.status === 422 ? undefined : BY_STATUS[e.status];
    return texts.t(byStatus ? PROBLEM_TEXT[byStatus] : 'core.problem.other');
  }
  if (e instanceof UnreachableError) return texts.t('core.problem.unreachable');
  return texts.t('core.problem.other');
}

/**
 * The message beside each field the server refused: the element's own text for that field
 * and code (`own`), else the kit's sentence for the code (FIELD_TEXT), else the server's sentence when it is
 * in the page's language, else a general one.
 */
export function problemFields(
  e: unknown,
  texts: Texts,
  own?: (path: string, code: string) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  // Only a backend's problem names fields.
  if (!(e instanceof ProblemError)) return out;
  for (const [path, f] of Object.entries(e.fields)) {
    const code = f.code ?? '';
    // Own keys only: a code such as `constructor` must not find the object's prototype.
    const kit = Object.hasOwn(FIELD_TEXT, code) ? FIELD_TEXT[code] : undefined;
    const server = sameLanguage(e.language, texts.locale) && f.message ? f.message : undefined;
    out[path] = (code && own?.(path, code)) || (kit && texts.t(kit)) || server || texts.t('core.invalid');
  }
  return out;
}

/** What BackendController reports of a failure: its status and code, and whether it came from the backend at all. */
export function failureOf(e: unknown): { status?: number; code?: string; fromBackend: boolean } {
  if (e instanceof ProblemError) return { status: e.status, code: e.code, fromBackend: true };
  return e instanceof UnreachableError ? { status: e.status, fromBackend: true } : { fromBackend: false };
}

/** The error of a read or write asked of an element without a backend (see NoEndpointError). */
export const noEndpoint = (tag: string): Error => new NoEndpointError(tag);
