/**
 * Activation of the analytics scripts a page declares inert:
 *   <script type="text/plain" data-procura-category="audience" src="..."></script>
 * Each is re-created as a real script (attributes copied, the page's CSP nonce
 * added, `src` and inline text passed through the Trusted Types policy `procura`)
 * and inserted after the inert one, which is marked so that it never runs twice.
 */
interface Policy {
  createScriptURL(s: string): unknown;
  createScript(s: string): unknown;
}
type TrustedTypesLike = {
  createPolicy(name: string, rules: { createScriptURL(s: string): string; createScript(s: string): string }): Policy;
};

const STATE = 'data-procura-state';

/** The page's CSP nonce: `<meta name="csp-nonce" content>` (or Vite's `<meta property="csp-nonce" nonce>`), else a script's. */
function pageNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[name=csp-nonce],meta[property=csp-nonce]');
  // Browsers hide a nonce attribute's value once parsed; the property keeps it.
  return meta?.nonce || meta?.content || document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
}

let policy: Policy | null | undefined;

/** The `procura` policy, created once; null when there is no Trusted Types or the CSP forbids the name. */
function trustedPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  policy = null;
  if (tt)
    try {
      policy = tt.createPolicy('procura', {
        // Only what the page itself declared reaches here; still, only http(s) URLs become scripts.
        createScriptURL: (s) => {
          const u = new URL(s, document.baseURI);
          if (!/^https?:$/.test(u.protocol)) throw new TypeError(s);
          return u.href;
        },
        createScript: (s) => s,
      });
    } catch {
      // `trusted-types` does not list `procura`: plain strings may still pass (a default policy,
      // or Trusted Types not enforced); otherwise activation reports and leaves the script inert.
    }
  return policy;
}

/** Re-creates one inert script as a live one. Returns false when the page's policy refused it. */
function activate(inert: HTMLScriptElement): boolean {
  const live = document.createElement('script');
  for (const { name, value } of Array.from(inert.attributes))
    if (!/^(type|src|nonce|data-procura-(state|type))$/.test(name)) live.setAttribute(name, value);
  const type = inert.getAttribute('data-procura-type');
  if (type) live.type = type;
  const nonce = pageNonce();
  if (nonce) live.nonce = nonce;
  const src = inert.getAttribute('src');
  const p = trustedPolicy();
  inert.setAttribute(STATE, 'active');
  try {
    if (src) {
      // Dynamically inserted scripts run as soon as loaded: keep the page's order unless it asked for async.
      live.async = inert.hasAttribute('async');
      (live as { src: unknown }).src = p ? p.createScriptURL(src) : src;
    } else (live as { text: unknown }).text = p ? p.createScript(inert.text) : inert.text;
  } catch (e) {
    inert.setAttribute(STATE, 'refused');
    // No core here (the gate stands alone): the same one-line report as src/core/errors.ts's.
    console.error('[procura] allow the Trusted Types policy "procura" in the CSP: a script stays inert', e);
    return false;
  }
  live.setAttribute(STATE, 'live');
  inert.after(live);
  return true;
}

/**
 * Activates every inert script of `category` not yet handled, in document order. A new element is
 * made rather than the inert one run in place: a script inserted through innerHTML (a CMS block) or
 * cloned from a started one is marked "already started" by the browser and would never run.
 */
export const activateAll = (category: string) =>
  document
    .querySelectorAll<HTMLScriptElement>(
      `script[type="text/plain"][data-procura-category="${category}"]:not([${STATE}])`,
    )
    .forEach(activate);
