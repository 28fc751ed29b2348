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
const q = (selector: string) => document.querySelector<HTMLMetaElement>(selector);

/**
 * What the `procura` policy lets through: only what the page itself declared reaches here; still, only
 * http(s) URLs become scripts (it is given the inert script's `src` property, an absolute URL).
 */
const rules = {
  createScriptURL: (s: string) => {
    if (/^https?:/.test(s)) return s;
    throw TypeError(s);
  },
  createScript: (s: string) => s,
};

/**
 * The `procura` policy, created once; the bare rules when there is no Trusted Types or the CSP
 * forbids the name (then plain strings may still pass, through a default policy or where Trusted
 * Types is not enforced; otherwise activation reports and leaves the script inert).
 */
let policy: Policy | undefined;
const trustedPolicy = (): Policy => {
  try {
    return (policy ??=
      (self as { trustedTypes?: TrustedTypesLike }).trustedTypes?.createPolicy('procura', rules) ?? rules);
  } catch {
    return (policy = rules);
  }
};

/**
 * Re-creates one inert script as a live one, or marks it `refused` when the page's policy refuses it.
 * A new element is made rather than the inert one run in place: a script inserted through innerHTML
 * (a CMS block) or cloned from a started one is marked "already started" by the browser and would
 * never run.
 */
function activate(inert: HTMLScriptElement): void {
  const live = document.createElement('script');
  // Its attributes, but the inert type (`data-procura-type="module"` becomes the type) and what goes
  // through the policy or the nonce (an inert script has no state yet: it would not be chosen).
  for (const { name, value } of inert.attributes)
    if (!/^(type|src|nonce)/.test(name)) live.setAttribute(name === 'data-procura-type' ? 'type' : name, value);
  // The page's CSP nonce: `<meta name="csp-nonce" content>`, else Vite's `<meta property="csp-nonce" nonce>`
  // or a script's (browsers hide a nonce attribute's value once parsed; the property keeps it).
  live.nonce = q('meta[name=csp-nonce]')?.content || q('[nonce]')?.nonce || '';
  const p = trustedPolicy();
  inert.setAttribute(STATE, 'refused');
  try {
    if (inert.src) {
      // Dynamically inserted scripts run as soon as loaded: keep the page's order unless it asked for async.
      live.async = inert.hasAttribute('async');
      (live as { src: unknown }).src = p.createScriptURL(inert.src);
    } else (live as { text: unknown }).text = p.createScript(inert.text);
  } catch (e) {
    // No core here (the gate stands alone): a short report, the cause attached.
    console.error('[procura] CSP: trusted-types procura', e);
    return;
  }
  live.setAttribute(STATE, 'live');
  inert.setAttribute(STATE, 'active');
  inert.after(live);
}

/** Activates every inert script of `category` not yet handled, in document order. */
export const activateAll = (category: string) =>
  document
    .querySelectorAll<HTMLScriptElement>(
      `script[type="text/plain"][data-procura-category="${category}"]:not([${STATE}])`,
    )
    .forEach(activate);
