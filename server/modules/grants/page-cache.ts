/**
 * The grants pages last built, by ETag, so that an unchanged page asked again without
 * `If-None-Match` (another tab, a client without an HTTP cache) costs a lookup, not a build.
 * One per server (per store): an ETag is only meaningful against the database it was read from.
 * Bounded in bytes; least recently used first out. It holds what the database holds, in this
 * process's memory only, and an entry goes as soon as the list changes (its ETag is never asked
 * again) or the bound pushes it out.
 *
 * A page is kept as bytes (UTF-8 once, not on every answer), and its gzip once a client that
 * accepts gzip has asked for it (a browser always does): made once per ETag, off the event loop.
 */
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

type Bytes = Uint8Array<ArrayBuffer>;

export interface CachedPage {
  bytes: Bytes;
  /** The gzip of `bytes`, made on first demand. */
  gzipped(): Promise<Bytes>;
}

export interface PageCache {
  get(etag: string): CachedPage | undefined;
  set(etag: string, body: string): CachedPage;
}

function cachedPage(body: string): CachedPage {
  const bytes = new TextEncoder().encode(body);
  let zipped: Promise<Bytes> | undefined;
  const zip = async () => {
    const z = await gzipAsync(bytes, { level: 6 });
    return new Uint8Array(z.buffer.slice(z.byteOffset, z.byteOffset + z.byteLength));
  };
  return { bytes, gzipped: () => (zipped ??= zip()) };
}

export function pageCache(maxBytes = 32 * 1024 * 1024): PageCache {
  const pages = new Map<string, CachedPage>();
  let bytes = 0;
  return {
    get(etag) {
      const page = pages.get(etag);
      if (page === undefined) return undefined;
      pages.delete(etag);
      pages.set(etag, page);
      return page;
    },
    set(etag, body) {
      const held = pages.get(etag);
      if (held) return held;
      const page = cachedPage(body);
      if (page.bytes.length > maxBytes) return page;
      pages.set(etag, page);
      // The gzip, once made, is at most about as large as the page: counted twice.
      bytes += 2 * page.bytes.length;
      for (const [old, p] of pages) {
        if (bytes <= maxBytes) break;
        pages.delete(old);
        bytes -= 2 * p.bytes.length;
      }
      return page;
    },
  };
}

/** Whether `If-None-Match` names one of `etags` (or is `*`); weak tags compare as equal (RFC 9110 §13.1.2). */
export function noneMatch(header: string | undefined, ...etags: string[]): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || etags.includes(tag);
  });
}

/** Whether the client accepts a gzip answer (`Accept-Encoding`, a zero q-value refusing it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== 'x-gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
