/**
 * Serves STATIC_DIR at `/`: folders answer their index.html, html is never cached stale, the
 * build's hashed files (`/assets/name-hash.js`, `/kit/chunks/…`) are cached for a year (their
 * name changes with their content), and text is sent compressed (brotli or gzip) when the
 * browser accepts it: a phone on a slow network loads a third of the bytes.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { extname, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.yaml': 'application/yaml',
  '.webmanifest': 'application/manifest+json',
};

/** A file name Vite gives a built chunk or asset: `name-` and eight characters of its content's hash. */
const HASHED = /\/(assets|chunks)\/[^/]+-[\w-]{8}\.[a-z0-9]+$/;
/** Worth compressing: text, and the font (the PDF's, fetched when a PDF is made). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|yaml|manifest\+json|wasm)|image\/svg|font\/ttf)/;
const MAX_COMPRESSED = 4 * 1024 * 1024;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Compressed once per file and encoding, again when the file changes (its version: size and time). */
const compressed = new Map<string, { version: string; bytes: Promise<Buffer> }>();

function encodingFor(accept: string | undefined, type: string, size: number): 'br' | 'gzip' | undefined {
  if (!accept || size < 1024 || size > MAX_COMPRESSED || !COMPRESSIBLE.test(type)) return undefined;
  if (/\bbr\b/.test(accept)) return 'br';
  return /\bgzip\b/.test(accept) ? 'gzip' : undefined;
}

function compressedFile(file: string, version: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
  const key = `${encoding} ${file}`;
  const held = compressed.get(key);
  if (held?.version === version) return held.bytes;
  const bytes = readFile(file).then((raw) =>
    encoding === 'br'
      ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : gzipAsync(raw, { level: 9 }),
  );
  bytes.catch(() => compressed.delete(key));
  compressed.set(key, { version, bytes });
  return bytes;
}

export function serveStatic(dir: string): MiddlewareHandler {
  const root = resolve(dir);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    if (rel.includes('\0')) return next();
    let file = resolve(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return next();
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      // Never the raw path: `//evil.example/..%2fkit` + `/` is a link to another site.
      if (!c.req.path.endsWith('/')) return c.redirect(folderUrl(root, file), 301);
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) return next();
    return send(c.req.raw, c.req.path, file, info);
  };
}

/** The file's answer: its headers, 304 when the browser holds this version, the bytes compressed when they can be. */
async function send(req: Request, path: string, file: string, info: Stats): Promise<Response> {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const version = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
  const encoding = encodingFor(req.headers.get('accept-encoding') ?? undefined, type, info.size);
  // Each encoding its own ETag: a cache never answers gzip bytes to a request for brotli.
  const etag = `W/"${version}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string> = {
    'Content-Type': type,
    ETag: etag,
    'Cache-Control': cacheControl(type, path),
    'X-Content-Type-Options': 'nosniff',
  };
  if (COMPRESSIBLE.test(type)) headers['Vary'] = 'Accept-Encoding';
  if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  if (encoding) {
    const body = await compressedFile(file, version, encoding);
    headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = String(body.length);
    return new Response(req.method === 'HEAD' ? null : new Uint8Array(body), { headers });
  }
  headers['Content-Length'] = String(info.size);
  if (req.method === 'HEAD') return new Response(null, { headers });
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, { headers });
}

/**
 * HTML is always revalidated, or a deploy leaves visitors on old chunks; a hashed file never
 * changes under its name (a year, immutable); anything else (audience-gate.js, kit/procura.js) briefly.
 */
function cacheControl(type: string, path: string): string {
  if (type.startsWith('text/html')) return 'no-cache';
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=60';
}

/** The folder's own path under `root`, rebuilt and encoded segment by segment: always `/…/`, never `//` or `/\`. */
function folderUrl(root: string, folder: string): string {
  const segments = relative(root, folder).split(sep).filter(Boolean).map(encodeURIComponent);
  return segments.length ? `/${segments.join('/')}/` : '/';
}
