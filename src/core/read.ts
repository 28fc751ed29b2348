import { getConfiguration } from './configure.js';
import { UnreachableError } from './errors.js';

/**
 * Reads a public JSON document (a tree definition, a notice) by URL: no credentials
 * beyond same-origin cookies and none of configure()'s headers, since the URL may be
 * another site's. A timeout, and a readable error when it fails.
 */
export async function readJson(url: string, opts: { timeout?: number } = {}): Promise<unknown> {
  const cfg = getConfiguration();
  const doFetch = cfg.fetch ?? globalThis.fetch.bind(globalThis);
  const href = new URL(url, document.baseURI).href;
  let res: Response;
  try {
    res = await doFetch(href, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal: AbortSignal.timeout(opts.timeout ?? cfg.timeout ?? 15_000),
    });
  } catch (e) {
    throw new UnreachableError(
      `${href} could not be read (${(e as Error)?.name === 'TimeoutError' ? 'timeout' : 'network'})`,
    );
  }
  if (!res.ok) throw new UnreachableError(`${href} answered ${res.status}`, res.status);
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SyntaxError(`${href} is not valid JSON: ${(e as Error).message}`);
  }
}
