import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { Problem, badRequest } from '../errors.js';

export const PROBLEM_TYPE = 'application/problem+json';

export function problemResponse(p: Problem): Response {
  return new Response(JSON.stringify(p.toJSON()), { status: p.status, headers: { 'Content-Type': PROBLEM_TYPE } });
}

export function onError(log: (line: string) => void): ErrorHandler {
  return (err) => {
    if (err instanceof Problem) return problemResponse(err);
    if (err instanceof HTTPException) return problemResponse(new Problem(err.status, err.message || 'Error'));
    // Only the error class and message go to the log: a stack may hold request data.
    log(`error ${(err as Error)?.name ?? 'Error'}: ${String((err as Error)?.message ?? err).slice(0, 300)}`);
    return problemResponse(new Problem(500, 'Internal error', 'The server failed to handle this request; nothing was changed.'));
  };
}

export const notFoundHandler: NotFoundHandler = () => problemResponse(new Problem(404, 'Not found', 'No such route.'));

/** The request body as JSON, or a 400/415 problem a developer can act on. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type))
    throw new Problem(415, 'Unsupported media type', 'Send the body as application/json.', undefined, 'https://procura.dev/problems/media-type');
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badRequest(`The body is not valid JSON: ${(err as Error).message}`);
  }
}

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
