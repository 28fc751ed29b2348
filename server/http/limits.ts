import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { tooLarge } from '../errors.js';
import { problemResponse } from './respond.js';

export interface Limits {
  /** Any JSON body (default 256 KB). */
  jsonBytes: number;
  /** A whole multipart request (default 12 MB). */
  multipartBytes: number;
  /** The PDF inside a mandate (default 10 MB). */
  documentBytes: number;
  minPages: number;
  maxPages: number;
}

export const DEFAULT_LIMITS: Limits = {
  jsonBytes: 256 * 1024,
  multipartBytes: 12 * 1024 * 1024,
  documentBytes: 10 * 1024 * 1024,
  minPages: 1,
  maxPages: 50,
};

/**
 * The answer is sent before the body is read: the rest of it is still on the socket, so the
 * connection is closed rather than reused (a keep-alive client would otherwise fail next time).
 */
const refuse = (detail: string, c: Context) => {
  const res = problemResponse(tooLarge(detail), c);
  res.headers.set('Connection', 'close');
  return res;
};

/** Refuses oversized bodies with a 413 problem, from Content-Length or while streaming. */
export function limitBodies(limits: Limits): MiddlewareHandler {
  const json = bodyLimit({ maxSize: limits.jsonBytes, onError: (c) => refuse(`The body is larger than ${limits.jsonBytes} bytes.`, c) });
  const multipart = bodyLimit({ maxSize: limits.multipartBytes, onError: (c) => refuse(`The request is larger than ${limits.multipartBytes} bytes.`, c) });
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    return /^multipart\//i.test(c.req.header('content-type') ?? '') ? multipart(c, next) : json(c, next);
  };
}
