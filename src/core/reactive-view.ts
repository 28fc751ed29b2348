/**
 * What LitElement adds to a reactive element, on the kit's own (src/core/reactive-element.ts):
 * `static styles` adopted by the shadow root (`shadowRootOptions`, e.g. `delegatesFocus`), and
 * `render()`'s lit-html template drawn into `renderRoot` at each update.
 */
import { render, noChange, type RenderOptions, type RootPart } from 'lit/html.js';
import { adoptStyles, type CSSResultGroup, type CSSResultOrNative } from './reactive-css.js';
import type { PropertyValues } from 'lit';
import { ReactiveElement } from './reactive-element.js';

export abstract class ViewElement extends ReactiveElement {
  /** The element's styles: a sheet, or lists of them (the last of duplicates kept, as Lit does). */
  static styles?: CSSResultGroup;
  static shadowRootOptions: ShadowRootInit = { mode: 'open' };
  private static __flatStyles?: CSSResultOrNative[];

  /** `styles` flattened, once per class: what the shadow root adopts. */
  static get elementStyles(): CSSResultOrNative[] {
    if (!Object.hasOwn(this, '__flatStyles'))
      this.__flatStyles = [
        ...new Set(([this.styles ?? []] as unknown[]).flat(Infinity).reverse()),
      ].reverse() as CSSResultOrNative[];
    return this.__flatStyles!;
  }

  readonly renderOptions: RenderOptions = { host: this };
  private __childPart?: RootPart;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const ctor = this.constructor as typeof ViewElement;
    const root = this.shadowRoot ?? this.attachShadow(ctor.shadowRootOptions);
    adoptStyles(root, ctor.elementStyles);
    // Content the root already had (a declarative shadow root) stays after the template.
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  protected override update(changed: PropertyValues): void {
    const value = this.render();
    if (!this.hasUpdated) this.renderOptions.isConnected = this.isConnected;
    super.update(changed);
    this.__childPart = render(value, this.renderRoot, this.renderOptions);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.__childPart?.setConnected(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.__childPart?.setConnected(false);
  }

  /** The template of the element's content. */
  protected render(): unknown {
    return noChange;
  }
}
