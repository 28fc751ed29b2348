/**
 * procura's autoloader (`dist/autoloader.js`, `procura/autoloader`): registers only the
 * elements found on the page, and those added later, loading only their code.
 *
 * ```html
 * <script type="module" src="/assets/procura/autoloader.js"></script>
 * <procura-consent preset="insurance-prospection"></procura-consent>
 * ```
 *
 * A page with only `<procura-consent>` loads the consent element, Lit and the core, not
 * the PDF engine, the questionnaire or the grants viewer. It watches the document and the
 * open shadow roots of the elements it registers (a `<procura-mandate-form>` renders
 * `<procura-signature-pad>` inside its own), so an element added later (by a CMS block, a
 * single-page app, a dialog) is upgraded as soon as it is inserted. Nothing is evaluated
 * as a string and no script is injected: it works under a strict Content Security Policy
 * with Trusted Types. `dist/procura.js` (everything at once) stays available.
 */
export { configure, type ProcuraConfig } from './core/configure.js';
export { setBasePath, getBasePath } from './core/base-path.js';

/** Each element's registration module: a chunk of its own in the drop-in build. */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'procura-delegation-tree': () => import('./define/delegation-tree.js'),
  'procura-mandate-form': () => import('./define/mandate-form.js'),
  'procura-signature-pad': () => import('./define/signature-pad.js'),
  'procura-consent': () => import('./define/consent.js'),
  'procura-cookie-opposition': () => import('./define/cookie-opposition.js'),
  'procura-access-grants': () => import('./define/access-grants.js'),
  'procura-my-data': () => import('./define/my-data.js'),
  'procura-broker-desk': () => import('./define/broker-desk.js'),
};

/** The kit's tags as one selector: a page's other nodes are never walked. */
const TAGS = Object.keys(LOADERS).join(',');
const requested = new Map<string, Promise<void>>();
/** The document and the open shadow roots of procura elements, each watched once. */
const roots = new Set<Document | ShadowRoot>();

/** Loads and registers one element (once); resolves when it is defined. Unknown tags are ignored. */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  const loader = LOADERS[name];
  if (!loader) return Promise.resolve();
  let p = requested.get(name);
  if (!p) {
    p = loader().then(
      // Upgraded now: their shadow roots may hold other procura elements.
      () => roots.forEach((root) => watchShadows(root, name)),
      (e: unknown) => {
        requested.delete(name); // a chunk that failed (offline) is tried again when another element appears
        console.error(`[procura] the code of <${name}> could not be loaded`, e);
      },
    );
    requested.set(name, p);
  }
  return p;
}

/** Every procura element under `root` (and `root` itself) not yet defined is loaded; the shadow roots of those defined are watched. */
export function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  // Every node a render adds comes here: match the kit's tags only (walking all of them was the
  // largest script cost of a CMS page on a slow phone).
  const all = [...(root instanceof Element && root.matches(TAGS) ? [root] : []), ...root.querySelectorAll(TAGS)];
  for (const el of all) {
    if (customElements.get(el.localName)) {
      if (el.shadowRoot) watch(el.shadowRoot);
    } else tags.add(el.localName);
  }
  return Promise.all([...tags].map(load)).then(() => undefined);
}

function watchShadows(root: Document | ShadowRoot, tag: string): void {
  for (const el of root.querySelectorAll(tag)) if (el.shadowRoot) watch(el.shadowRoot);
}

function watch(root: Document | ShadowRoot): void {
  if (roots.has(root)) return;
  roots.add(root);
  // A MutationObserver callback runs after the insertion's upgrades: a defined element already has its shadow root.
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) void discover(n);
  }).observe(root, { childList: true, subtree: true });
  void discover(root);
}

if (typeof document !== 'undefined') watch(document);
