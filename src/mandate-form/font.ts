/**
 * The Unicode font for PDFs whose texts leave WinAnsi (Łódź, Dvořák, Şişli, Nguyễn):
 * DejaVu Sans, fetched once per page and cached.
 *
 * Where the file comes from: `new URL('<relative path>', import.meta.url)` is the one
 * form that web-test-runner, Vite's dev server and bundlers all follow (a bare specifier
 * inside `new URL` is not resolved by Vite). In this repository the path leads to the
 * dependency's file. The package never points there (an app's node_modules is laid out
 * otherwise): `npm run build` copies the font beside the built module
 * (`dist/lib/mandate-form/DejaVuSans.ttf`) and rewrites this path to `./DejaVuSans.ttf`,
 * and the drop-in bundle's build copies it to `dist/assets/`. An app's bundler then
 * emits it with the app's own assets. A site that serves its own copy, or a bundler
 * that does not follow `new URL(..., import.meta.url)`, sets the `fontUrl` configuration.
 */
const cache = new Map<string, Promise<Uint8Array>>();

function decodeDataUrl(url: string): Uint8Array {
  const bin = atob(url.slice(url.indexOf(',') + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function unicodeFont(url?: string): Promise<Uint8Array> {
  // scripts/build.js rewrites exactly this path: keep it literal, on one line.
  const href = url ?? new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url).href;
  let p = cache.get(href);
  if (!p) {
    // A data: URL (a bundler may inline assets, or a site may set one) is decoded here: a strict CSP may refuse to fetch it.
    p = href.startsWith('data:')
      ? Promise.resolve(decodeDataUrl(href))
      : fetch(href).then(async (r) => {
          if (!r.ok) throw new Error(`the font at ${href} answered ${r.status}`);
          return new Uint8Array(await r.arrayBuffer());
        });
    p.catch(() => cache.delete(href));
    cache.set(href, p);
  }
  return p;
}
