/**
 * The grants pages last built, by ETag, so that an unchanged page asked again without
 * `If-None-Match` (another tab, a client without an HTTP cache) costs a lookup, not a build.
 * One per server (per store): an ETag is only meaningful against the database it was read from.
 * Bounded in bytes; least recently used first out. It holds what the database holds, in this
 * process's memory only, and an entry goes as soon as the list changes (its ETag is never asked
 * again) or the bound pushes it out.
 */
export interface PageCache {
  get(etag: string): string | undefined;
  set(etag: string, body: string): void;
}

export function pageCache(maxBytes = 32 * 1024 * 1024): PageCache {
  const pages = new Map<string, string>();
  let bytes = 0;
  return {
    get(etag) {
      const body = pages.get(etag);
      if (body === undefined) return undefined;
      pages.delete(etag);
      pages.set(etag, body);
      return body;
    },
    set(etag, body) {
      if (body.length > maxBytes || pages.has(etag)) return;
      pages.set(etag, body);
      bytes += body.length;
      for (const [old, b] of pages) {
        if (bytes <= maxBytes) break;
        pages.delete(old);
        bytes -= b.length;
      }
    },
  };
}

/** Whether `If-None-Match` names `etag` (or is `*`); weak tags compare as equal (RFC 9110 §13.1.2). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
