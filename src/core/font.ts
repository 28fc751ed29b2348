/**
 * The Unicode font for PDFs whose texts leave WinAnsi (Łódź, Dvořák, Şişli, Nguyễn):
 * DejaVu Sans cut to the Latin scripts (Latin-1, Latin Extended A and B, Vietnamese,
 * combining marks, the punctuation Intl emits: 65 KB, 40 KB gzip, instead of 740 KB),
 * fetched once per page and cached. `scripts/subset-font.js` makes `assets/DejaVuSans.ttf`
 * from the npm package `dejavu-fonts-ttf`; Greek, Cyrillic and other scripts are not in it.
 *
 * Where the file comes from, the first found: the mandate form's `fontUrl` setting; the
 * base path (`setBasePath()`, `configure({ basePath })`, `<meta name="procura:base-path">`)
 * + `assets/DejaVuSans.ttf`, for a site serving the kit's files from a CDN; else beside
 * the module. `new URL('<relative path>', import.meta.url)` is the one form that
 * web-test-runner, Vite's dev server and bundlers all follow (a bare specifier inside
 * `new URL` is not resolved by Vite). The same relative path leads from
 * `src/core/` to the repository's `assets/` and from `dist/lib/core/` to
 * the package's `dist/assets/`, where `npm run build` copies the font once; the drop-in's
 * chunk points at the same file. An app's bundler then emits it with the app's own assets.
 *
 * A font that cannot be loaded rejects with a `FontUnavailableError`: the PDF is then
 * refused (a legal document is never printed with approximated letters).
 */
import { assetUrl } from '../core/base-path.js';
import { UnreachableError } from '../core/errors.js';
import { readBytes } from '../core/read.js';

/** The Unicode font could not be fetched (a 404, the network, a file that is not a font). */
export class FontUnavailableError extends Error {
  override name = 'FontUnavailableError';
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(
      `the PDF's Unicode font could not be loaded from ${url.startsWith('data:') ? 'a data: URL' : url}: ${reason}`,
    );
  }
}

const cache = new Map<string, Promise<Uint8Array>>();

/** TrueType (00 01 00 00, `true`) or OpenType (OTTO): not a page answered in place of the file. */
function isFont(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  return head === '\0\x01\0\0' || head === 'OTTO' || head === 'true';
}

/** The font's bytes, read through the kit's one reader of static assets; any failure says where and why. */
async function load(href: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(href);
  } catch (e) {
    const status = e instanceof UnreachableError ? e.status : undefined;
    throw new FontUnavailableError(href, status ? `the server answered ${status}` : (e as Error).message);
  }
  if (!isFont(bytes)) throw new FontUnavailableError(href, `the answer is not a font (${bytes.length} bytes)`);
  return bytes;
}

export function unicodeFont(url?: string): Promise<Uint8Array> {
  // scripts/build.js checks this path is in dist/lib: keep it literal, on one line.
  const href = url ?? assetUrl('assets/DejaVuSans.ttf') ?? new URL('../../assets/DejaVuSans.ttf', import.meta.url).href;
  let p = cache.get(href);
  if (!p) {
    p = load(href);
    p.catch(() => cache.delete(href));
    cache.set(href, p);
  }
  return p;
}
