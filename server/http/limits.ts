import { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { badRequest, tooLarge } from '../errors.js';
import { problemResponse } from './respond.js';

export interface Limits {
  /** Any JSON body (default 256 KB). */
  jsonBytes: number;
  /** `POST /requests`: a rights request may carry its proof file (≤ 2 MB) in base64 (default 4 MB). */
  requestJsonBytes: number;
  /** A whole multipart request (default 12 MB). */
  multipartBytes: number;
  /** The PDF inside a mandate (default 10 MB). */
  documentBytes: number;
  minPages: number;
  maxPages: number;
  /** How deeply arrays and objects may nest in a JSON body (default 32; the forms need 5). */
  jsonDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  jsonBytes: 256 * 1024,
  requestJsonBytes: 4 * 1024 * 1024,
  multipartBytes: 12 * 1024 * 1024,
  documentBytes: 10 * 1024 * 1024,
  minPages: 1,
  maxPages: 50,
  jsonDepth: 32,
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
  const json = bodyLimit({
    maxSize: limits.jsonBytes,
    onError: (c) => refuse(`The body is larger than ${limits.jsonBytes} bytes.`, c),
  });
  const requestJson = bodyLimit({
    maxSize: limits.requestJsonBytes,
    onError: (c) => refuse(`The body is larger than ${limits.requestJsonBytes} bytes.`, c),
  });
  const multipart = bodyLimit({
    maxSize: limits.multipartBytes,
    onError: (c) => refuse(`The request is larger than ${limits.multipartBytes} bytes.`, c),
  });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const type = c.req.header('content-type') ?? '';
    if (/^multipart\//i.test(type)) return multipart(c, next);
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) return json(c, next);
    // Idempotency fingerprints, canonical JSON and the schemas all recurse: a body nested
    // thousands deep would overflow the stack in them, so it is refused before any of them runs.
    const forRequests = c.req.method === 'POST' && /\/requests\/?$/.test(c.req.path);
    const deep = () => badRequest(`The JSON body nests arrays and objects more than ${limits.jsonDepth} deep.`);
    const incoming = unreadIncoming(c);
    if (incoming) {
      const max = forRequests ? limits.requestJsonBytes : limits.jsonBytes;
      const tooLarge = () => refuse(`The body is larger than ${max} bytes.`, c);
      const length = incoming.headers['content-length'];
      if (length !== undefined && !incoming.headers['transfer-encoding'] && parseInt(length, 10) > max)
        return tooLarge();
      const text = await readText(incoming, max);
      if (text === null) return tooLarge();
      if (nestedTooDeep(text, limits.jsonDepth)) throw deep();
      // What c.req.text() and c.req.json() answer from now on.
      (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
      return next();
    }
    return (forRequests ? requestJson : json)(c, async () => {
      if (c.req.raw.body && nestedTooDeep(await c.req.text(), limits.jsonDepth)) throw deep();
      await next();
    });
  };
}

/**
 * Under @hono/node-server, the Node request whose body nobody has read yet. A JSON body is read
 * from it directly: through `c.req.raw` it would cost a web Request and a stream per request,
 * a tenth of the server's time on POST /consents.
 */
function unreadIncoming(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  if (!(incoming instanceof IncomingMessage) || incoming.readableDidRead || incoming.readableEnded) return undefined;
  return incoming;
}

const utf8 = new TextDecoder();

/** The body as text (UTF-8, a BOM dropped, as Request.text() reads it), or null past `max` bytes. */
function readText(incoming: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      incoming.off('data', data).off('end', end).off('error', failed).off('close', closed);
    };
    const data = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      // The rest stays unread: the refusal closes the connection (refuse).
      done();
      incoming.pause();
      resolve(null);
    };
    const end = () => {
      done();
      resolve(utf8.decode(Buffer.concat(chunks, size)));
    };
    const failed = (err: Error) => {
      done();
      reject(err);
    };
    const closed = () => failed(new Error('The client closed the connection before the body ended.'));
    incoming.on('data', data).once('end', end).once('error', failed).once('close', closed);
  });
}

/** True when `text` opens more than `max` brackets at once (brackets inside strings do not count). */
export function nestedTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: the next character is escaped
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}
