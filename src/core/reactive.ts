/**
 * What the elements take from Lit, without Lit's element classes (`lit` itself brings
 * ReactiveElement and LitElement into any chunk that imports it): lit-html's templates, styles
 * made as Lit's `css` makes them (reactive-css.ts), and the types of the kit's reactive base (src/core/reactive-element.ts, reactive-view.ts).
 */
export { html, svg, nothing, noChange, render, type TemplateResult, type RenderOptions } from 'lit/html.js';
export {
  css,
  unsafeCSS,
  adoptStyles,
  type CSSResult,
  type CSSResultGroup,
  type CSSResultOrNative,
} from './reactive-css.js';
export type { PropertyValues, PropertyValueMap, ReactiveController, ReactiveControllerHost } from 'lit';
export type { ViewElement as ReactiveElement } from './reactive-view.js';
