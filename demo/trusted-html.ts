/**
 * The demo pages run under the CSP a site should send (README, "Headers a site should send"),
 * which requires Trusted Types: a string can no longer be assigned to `innerHTML`. The demo's own
 * chrome (header, footer, switcher, the broker's list, translated page texts) goes through this
 * one named policy: its markup comes from the demo's templates and dictionaries, and every value
 * from a person or the server is escaped where the template is built. The elements need none:
 * Lit brings its own policy.
 */
interface Policy {
  createHTML(s: string): unknown;
}
const policy = (
  globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(s: string): string }): Policy } }
).trustedTypes?.createPolicy('procura-demo', {
  createHTML: (s) => s,
});

/** The demo's own markup, as something `innerHTML` accepts under Trusted Types. */
export const demoHTML = (markup: string): string => (policy ? (policy.createHTML(markup) as string) : markup);
