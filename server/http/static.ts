/** Serves STATIC_DIR at `/`: folders answer their index.html, html is never cached stale. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers: Record<string, string> = {
      'Content-Type': type,
      ETag: etag,
      // HTML must always be revalidated, or a deploy leaves visitors on old chunks; the rest briefly.
      'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=60',
      'X-Content-Type-Options': 'nosniff',
    };
    if (c.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers });
    headers['Content-Length'] = String(info.size);
    if (c.req.method === 'HEAD') return new Response(null, { headers });
    return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, { headers });
  };
}

/** The folder's own path under `root`, rebuilt and encoded segment by segment: always `/…/`, never `//` or `/\`. */
function folderUrl(root: string, folder: string): string {
  const segments = relative(root, folder).split(sep).filter(Boolean).map(encodeURIComponent);
  return segments.length ? `/${segments.join('/')}/` : '/';
}
