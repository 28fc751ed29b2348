import { getConfiguration } from './configure.js';
import { UnreachableError } from './errors.js';

/** The site's fetch (`configure({ fetch })`), else the browser's. */
function fetcher(): typeof fetch {
  return getConfiguration().fetch ?? globalThis.fetch.bind(globalThis);
}

/** Fetches `href`, turning a network failure or a timeout into an `UnreachableError` and a non-2xx answer too. */
async function get(href: string, init: RequestInit & { timeout?: number }): Promise<Response> {
  const { timeout, ...rest } = init;
  let res: Response;
  try {
    res = await fetcher()(href, {
      ...rest,
      credentials: 'same-origin',
      signal: AbortSignal.timeout(timeout ?? getConfiguration().timeout ?? 15_000),
    });
  } catch (e) {
    const why = e instanceof Error && e.name === 'TimeoutError' ? 'timeout' : 'network';
    throw new UnreachableError(`${href} could not be read (${why})`);
  }
  if (!res.ok) throw new UnreachableError(`${href} answered ${res.status}`, res.status);
  return res;
}

/** The bytes a `data:` URL holds (base64 or percent-encoded). */
function decodeDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',');
  const body = url.slice(comma + 1);
  if (!/;base64$/i.test(url.slice(0, comma))) return new TextEncoder().encode(decodeURIComponent(body));
  const bin = atob(body);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Reads a static asset of the site (the PDF's font, the site's logo) as bytes: the one place the
 * kit's elements read such a file. A `data:` URL (a bundler may inline assets, or a site may set
 * one) is decoded here, not fetched, since a strict CSP may refuse to fetch it. A timeout, and an
 * `UnreachableError` (with the status, when the server answered) when it fails.
 */
export async function readBytes(url: string, opts: { timeout?: number } = {}): Promise<Uint8Array> {
  if (url.startsWith('data:')) return decodeDataUrl(url);
  const href = new URL(url, document.baseURI).href;
  const res = await get(href, { timeout: opts.timeout });
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * Reads a public JSON document (a tree definition, a notice) by URL: no credentials
 * beyond same-origin cookies and none of configure()'s headers, since the URL may be
 * another site's. A timeout, and a readable error when it fails.
 */
export async function readJson(url: string, opts: { timeout?: number } = {}): Promise<unknown> {
  const href = new URL(url, document.baseURI).href;
  const res = await get(href, { headers: { Accept: 'application/json' }, timeout: opts.timeout });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SyntaxError(`${href} is not valid JSON: ${(e as Error).message}`);
  }
}
