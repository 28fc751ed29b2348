import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { Problem, badRequest, unsupported } from '../errors.js';
import { DomainError } from '../modules/domain-error.js';
import { domainProblem } from './domain-problem.js';
import { negotiate } from '../i18n.js';
import { REQUEST_ID, logError } from './log.js';
import type { ProblemCode } from '../../src/model/index.js';

export const PROBLEM_TYPE = 'application/problem+json';

/**
 * The problem in the language `c`'s request asks for (`Accept-Language`), English without one.
 * With `requestId` (a 5xx), `instance` names the request (`urn:procura:request:<id>`), as the
 * log line and the `X-Request-Id` header do.
 */
export function problemResponse(p: Problem, c?: Context, requestId?: string): Response {
  const lang = negotiate(c?.req.header('accept-language'));
  const body = requestId ? { ...p.toJSON(lang), instance: `urn:procura:request:${requestId}` } : p.toJSON(lang);
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: {
      'Content-Type': PROBLEM_TYPE,
      'Content-Language': lang,
      Vary: 'Accept-Language',
      ...(requestId && { [REQUEST_ID]: requestId }),
      ...(p.retryAfter !== undefined && { 'Retry-After': String(p.retryAfter) }),
    },
  });
}

const BY_STATUS: Record<number, ProblemCode> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-large',
  415: 'media-type',
  422: 'validation',
  429: 'rate-limited',
  503: 'unavailable',
};

export function onError(log: (line: string) => void): ErrorHandler {
  return (err, c) => {
    if (err instanceof Problem) return problemResponse(err, c);
    if (err instanceof DomainError) return problemResponse(domainProblem(err), c);
    if (err instanceof HTTPException)
      return problemResponse(
        new Problem(BY_STATUS[err.status] ?? 'internal', err.message || undefined, undefined, { status: err.status }),
        c,
      );
    // Class, masked message and stack frames, with the request id the answer carries too.
    const id = logError(c, err, log);
    return problemResponse(new Problem('internal'), c, id);
  };
}

export const notFoundHandler: NotFoundHandler = (c) => problemResponse(new Problem('not-found', 'No such route.'), c);

/** The request body as JSON, or a 400/415 problem a developer can act on. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) throw unsupported('Send the body as application/json.');
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badRequest(`The body is not valid JSON: ${(err as Error).message}`);
  }
}

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
