/**
 * The error state of `<procura-cookie-opposition>`: the core's view of a refused configuration
 * (config-read.ts), drawn with Lit, which this rare state alone loads. The element's first chunk has none.
 */
import { html, render } from '../core/reactive.js';
import { configErrorView, coreConfigCatalog, type CheckedElement } from '../core/config-read.js';

/** Loads the view's texts in the element's language; resolves with what draws it into the wrapper. */
export async function errorView(el: CheckedElement): Promise<(root: HTMLElement) => void> {
  await el.localize.add(coreConfigCatalog);
  return (root) => render(configErrorView(el, html), root);
}
