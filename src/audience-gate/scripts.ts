/**
 * Activation of the analytics scripts a page declares inert:
 *   <script type="text/plain" data-procura-category="audience" src="..."></script>
 *
 * A script of an unknown type is left unstarted by the browser, so the same element runs
 * when it is given a script type and inserted again (HTML's "prepare the script element").
 * Its `src` and text were written by the page itself, not by us from a string: no Trusted
 * Types policy is needed (the page's CSP still decides, through `script-src`), and the script
 * keeps its place in the page's order unless it asks for `async`. An inline one is given the
 * page's CSP nonce.
 */
const STATE = 'data-procura-state';

/** The page's CSP nonce: `<meta name="csp-nonce" content>` (or Vite's `<meta property="csp-nonce" nonce>`), else a script's. */
const pageNonce = () => {
  const meta = document.querySelector<HTMLMetaElement>('meta[name=csp-nonce],meta[property=csp-nonce]');
  // Browsers hide a nonce attribute's value once parsed; the property keeps it.
  return meta?.nonce || meta?.content || document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || '';
};

/** Runs one inert script, in place; it is marked so that it never runs twice. */
function activate(script: HTMLScriptElement): void {
  script.setAttribute(STATE, 'live');
  script.type = script.getAttribute('data-procura-type') ?? 'text/javascript';
  script.nonce ||= pageNonce();
  script.parentNode?.insertBefore(script, script.nextSibling);
}

/** Activates every inert script of `category` not yet handled, in document order. */
export const activateAll = (category: string) =>
  document
    .querySelectorAll<HTMLScriptElement>(
      `script[type="text/plain"][data-procura-category="${category}"]:not([${STATE}])`,
    )
    .forEach(activate);
