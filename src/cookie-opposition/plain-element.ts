/**
 * What `<procura-cookie-opposition>` needs of a reactive element, without Lit (issue 19 item 1: the
 * switch that sits in the footer of every page carries no template engine): properties that
 * schedule one render per microtask, attributes read as Lit reads them, values set on the element
 * before it was defined (an autoloader, a CMS) taken over, controllers (the texts, the backend),
 * `updateComplete`, and the `updated()` hook after each render.
 */
type Converter = (value: string | null) => unknown;
/** One reactive property: its attribute (if any), how the attribute is read, whether it is reflected, its default. */
export interface PropDef {
  attribute?: string;
  from?: Converter;
  reflect?: boolean;
  init?: unknown;
  /** The class has its own accessor (the attribute is still observed). */
  noAccessor?: boolean;
}
export interface Controller {
  hostConnected?(): void;
  hostDisconnected?(): void;
}

export const asBoolean: Converter = (v) => v !== null;
export const asNumber: Converter = (v) => (v === null ? null : Number(v));

/** In Node (`procura check-config`, server-side rendering) there is no HTMLElement: the class still loads. */
const Base = (globalThis.HTMLElement ?? Object) as typeof HTMLElement;

export abstract class PlainElement extends Base {
  /** The reactive properties, by name (declared with `reactive()`). */
  protected static props: Record<string, PropDef> = {};

  /** Declares reactive properties (added to the parent class's) and gives each its accessor. */
  protected static reactive(props: Record<string, PropDef>): void {
    this.props = { ...this.props, ...props };
    for (const [name, def] of Object.entries(props))
      if (!def.noAccessor)
        Object.defineProperty(this.prototype, name, {
          configurable: true,
          get(this: PlainElement) {
            return this.get(name);
          },
          set(this: PlainElement, value: unknown) {
            this.set(name, value);
          },
        });
  }

  static get observedAttributes(): string[] {
    return Object.values(this.props).flatMap((p) => (p.attribute ? [p.attribute] : []));
  }

  private values = new Map<string, unknown>();
  /** The properties changed since the last render. */
  private changes = new Set<string>();
  private pending?: Promise<void>;
  private controllers = new Set<Controller>();
  /** True once the element has rendered. */
  hasUpdated = false;

  constructor() {
    super();
    // Values given before the class was defined are own properties hiding the accessors.
    for (const name of Object.keys((this.constructor as typeof PlainElement).props))
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as unknown as Record<string, unknown>)[name];
        delete (this as unknown as Record<string, unknown>)[name];
        (this as unknown as Record<string, unknown>)[name] = value;
      }
  }

  protected get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : (this.constructor as typeof PlainElement).props[name]?.init;
  }

  protected set(name: string, value: unknown): void {
    const def = (this.constructor as typeof PlainElement).props[name];
    this.values.set(name, value);
    if (def?.reflect && def.attribute) {
      if (def.from === asBoolean) this.toggleAttribute(def.attribute, !!value);
      else if (value == null) this.removeAttribute(def.attribute);
      else this.setAttribute(def.attribute, String(value));
    }
    this.requestUpdate(name);
  }

  attributeChangedCallback(attribute: string, old: string | null, value: string | null): void {
    if (old === value) return;
    for (const [name, def] of Object.entries((this.constructor as typeof PlainElement).props))
      if (def.attribute === attribute) {
        this.values.set(name, (def.from ?? ((v) => v))(value));
        this.requestUpdate(name);
      }
  }

  addController(c: Controller): void {
    this.controllers.add(c);
    if (this.isConnected) c.hostConnected?.();
  }

  removeController(c: Controller): void {
    this.controllers.delete(c);
  }

  connectedCallback(): void {
    this.controllers.forEach((c) => c.hostConnected?.());
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }

  /** Schedules one render (in a microtask) for however many changes; `name` marks a property as changed. */
  requestUpdate(name?: string): void {
    if (name) this.changes.add(name);
    if (this.pending || (!this.isConnected && !this.hasUpdated)) return;
    this.pending = Promise.resolve().then(() => {
      this.pending = undefined;
      const changed = new Map([...this.changes].map((n) => [n, undefined]));
      this.changes = new Set();
      this.update(changed);
      this.hasUpdated = true;
      this.updated(changed);
    });
  }

  /** Resolves once nothing is left to render and nothing is awaited (`waiting()`). */
  get updateComplete(): Promise<boolean> {
    return this.settle();
  }

  private async settle(): Promise<boolean> {
    for (;;) {
      while (this.pending) await this.pending;
      const wait = this.waiting();
      if (!wait) return true;
      await wait;
    }
  }

  /** What the element still waits for (texts, a check) before its render is final. */
  protected waiting(): Promise<unknown> | undefined {
    return undefined;
  }

  /** Brings the shadow root up to date; `changed` holds the properties changed since the last one. */
  protected abstract update(changed: Map<string, unknown>): void;

  /** After each render (tests observe it, as with Lit). */
  protected updated(_changed: Map<string, unknown>): void {}
}
