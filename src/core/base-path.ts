/**
 * Where the kit's assets live (today the PDF's Unicode font, `assets/DejaVuSans.ttf`).
 *
 * By default an asset is found beside the module that uses it: in `dist/lib` (an app's
 * bundler then emits it with the app's own files) and beside the drop-in `procura.js`.
 * A site that serves the kit's files from elsewhere (a CDN, a folder of its own) says
 * where the folder holding `assets/` is, in one of three ways, the first found wins:
 * `setBasePath(url)` (or `configure({ basePath })`), then
 * `<meta name="procura:base-path" content="https://cdn.example/procura/0.2.0/">`.
 */
import { configure, getConfiguration } from './configure.js';

/** Sets the folder that holds the kit's `assets/` (absolute, or relative to the page). */
export function setBasePath(url: string): void {
  configure({ basePath: url });
}

/** The base path set by `setBasePath()`, `configure({ basePath })` or the page's meta tag; undefined when none. */
export function getBasePath(): string | undefined {
  const set = getConfiguration().basePath;
  if (set) return set;
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLMetaElement>('meta[name="procura:base-path"]')?.content.trim() || undefined;
}

/** An asset's URL under the base path (`assets/DejaVuSans.ttf`), or undefined when no base path is set. */
export function assetUrl(path: string): string | undefined {
  const base = getBasePath();
  if (!base) return undefined;
  const page = typeof document === 'undefined' ? undefined : document.baseURI;
  const folder = new URL(base.endsWith('/') ? base : `${base}/`, page);
  return new URL(path.replace(/^\/+/, ''), folder).href;
}
