/**
 * The kit's reactive element, in place of Lit's ReactiveElement (issue 19: Lit's took 1.8 KB gzip of
 * every element's first chunk), with Lit's semantics for what the elements use: reactive properties
 * declared with `createProperty` (`@property`/`@state`, src/core/props.ts), their attributes read and
 * reflected through converters, `requestUpdate(name, old)` with `hasChanged`, one update per microtask
 * (`willUpdate`, the controllers' `hostUpdate`, `update`, `hostUpdated`, `firstUpdated`, `updated`, with
 * the changed properties and their old values), `updateComplete` through `getUpdateComplete()`,
 * `isUpdatePending`, `hasUpdated`, controllers, `renderRoot` from `createRenderRoot()`, and values set
 * on the element before its class was defined (an autoloader, a CMS) taken over. Styles and templates
 * are src/core/reactive-view.ts: the cookie switch, which draws without lit-html, stands on this alone.
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';

/** One reactive property, as Lit declares it (the converters the kit's elements use). */
export interface PropertyDeclaration {
  /** The attribute's name, or false for none; by default the property's name in lower case. */
  attribute?: boolean | string;
  /** How the attribute is read and written: a present or absent attribute (Boolean), a number (Number), else text. */
  type?: typeof Boolean | typeof Number | typeof String;
  /** Reads the attribute instead of `type`. */
  converter?: (value: string | null, type?: unknown) => unknown;
  /** The property is written back to its attribute after each update where it changed. */
  reflect?: boolean;
  /** Internal state: never an attribute. */
  state?: boolean;
  /** The class has its own accessor (which requests the update); the attribute is still observed. */
  noAccessor?: boolean;
  /** The value read before any is set, for a declaration without a class field. */
  init?: unknown;
}

/** A declaration as the class keeps it. */
interface Declared extends PropertyDeclaration {
  /** Its attribute, if any. */
  attributeName?: string;
  /** Declared on an accessor of the class: counted as changed at the first update. */
  wrapped: boolean;
}

type Values = Record<PropertyKey, unknown>;

/** How an attribute reads by the property's type, as Lit's default converter reads it. */
const fromAttribute = (value: string | null, type?: unknown): unknown =>
  type === Boolean ? value !== null : type === Number && value !== null ? Number(value) : value;

/** In Node (`procura check-config`) there is no HTMLElement: the classes still load. */
const Base = (globalThis.HTMLElement ?? Object) as typeof HTMLElement;

export abstract class ReactiveElement extends Base implements ReactiveControllerHost {
  /** The reactive properties, by name (the parent class's included). */
  static elementProperties: Map<PropertyKey, Declared> = new Map();

  /** Declares a reactive property and, unless `noAccessor`, gives it an accessor that requests an update. */
  static createProperty(name: PropertyKey, options: PropertyDeclaration = {}): void {
    const own = Object.getOwnPropertyDescriptor(this.prototype, name);
    const attribute = options.state ? false : (options.attribute ?? true);
    const o: Declared = {
      ...options,
      attributeName:
        attribute === true ? (typeof name == 'string' ? name.toLowerCase() : undefined) : attribute || undefined,
      wrapped: !!own,
    };
    if (!Object.hasOwn(this, 'elementProperties')) this.elementProperties = new Map(this.elementProperties);
    this.elementProperties.set(name, o);
    if (o.noAccessor) return;
    const key = Symbol();
    const get =
      own?.get ??
      function (this: Values) {
        return key in this ? this[key] : o.init;
      };
    const set =
      own?.set ??
      function (this: Values, value: unknown) {
        this[key] = value;
      };
    Object.defineProperty(this.prototype, name, {
      get,
      set(this: ReactiveElement, value: unknown) {
        const old = get.call(this);
        set.call(this, value);
        this.requestUpdate(name, old, o);
      },
      configurable: true,
    });
  }

  static get observedAttributes(): string[] {
    return [...this.elementProperties.values()].flatMap((o) => o.attributeName ?? []);
  }

  /** True from a change until the update it causes has run. */
  isUpdatePending = false;
  /** True once the element has updated. */
  hasUpdated = false;
  /** Where the element renders: its shadow root by default (`createRenderRoot()`), made at the first connection. */
  renderRoot!: HTMLElement | DocumentFragment;
  private __changed: PropertyValues = new Map();
  private __reflecting?: Set<PropertyKey>;
  /** The property being set from its attribute, or written to it: no round trip. */
  private __syncing?: PropertyKey;
  private __controllers = new Set<ReactiveController>();
  private __given = new Map<PropertyKey, unknown>();
  private __updated: Promise<boolean>;
  /** Lets the first update run: the element never updates before it is first connected. */
  private __enable!: (enabled: boolean) => void;

  constructor() {
    super();
    this.__updated = new Promise((resolve) => (this.__enable = resolve));
    // Values set before the class was defined are own properties hiding the accessors: set again at the first update.
    for (const name of (this.constructor as typeof ReactiveElement).elementProperties.keys())
      if (Object.hasOwn(this, name)) {
        this.__given.set(name, (this as Values)[name]);
        delete (this as Values)[name];
      }
    this.requestUpdate();
  }

  addController(controller: ReactiveController): void {
    this.__controllers.add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.__controllers.delete(controller);
  }

  protected createRenderRoot(): HTMLElement | DocumentFragment {
    return this.shadowRoot ?? this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    this.renderRoot ??= this.createRenderRoot();
    this.__enable(true);
    this.__controllers.forEach((c) => c.hostConnected?.());
  }

  disconnectedCallback(): void {
    this.__controllers.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    (this.constructor as typeof ReactiveElement).elementProperties.forEach(
      ({ attributeName, converter, type }, name) => {
        if (attributeName !== attribute || this.__syncing === name) return;
        this.__syncing = name;
        (this as Values)[name] = (converter ?? fromAttribute)(value, type);
        this.__syncing = undefined;
      },
    );
  }

  /**
   * Schedules an update (one per microtask however many changes); with a `name`, only when its
   * value differs from `oldValue` (`Object.is`), and it is then marked changed.
   */
  requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (name !== undefined) {
      if (Object.is((this as Values)[name], oldValue)) return;
      this.__change(
        name,
        oldValue,
        options ?? (this.constructor as typeof ReactiveElement).elementProperties.get(name),
      );
    }
    if (!this.isUpdatePending) this.__updated = this.__enqueue();
  }

  private __change(name: PropertyKey, oldValue: unknown, options?: PropertyDeclaration): void {
    if (!this.__changed.has(name)) this.__changed.set(name, this.hasUpdated ? oldValue : undefined);
    if (options?.reflect && this.__syncing !== name) (this.__reflecting ??= new Set()).add(name);
  }

  private async __enqueue(): Promise<boolean> {
    this.isUpdatePending = true;
    try {
      await this.__updated;
    } catch (e) {
      // The previous update threw: reported, and this one still runs.
      void Promise.reject(e);
    }
    this.performUpdate();
    return !this.isUpdatePending;
  }

  protected performUpdate(): void {
    const changed = this.__changed;
    if (!this.hasUpdated) {
      this.renderRoot ??= this.createRenderRoot();
      this.__given.forEach((value, name) => ((this as Values)[name] = value));
      this.__given.clear();
      (this.constructor as typeof ReactiveElement).elementProperties.forEach(
        (o, name) =>
          o.wrapped && !changed.has(name) && (this as Values)[name] !== undefined && this.__change(name, undefined, o),
      );
    }
    try {
      this.willUpdate(changed);
      this.__controllers.forEach((c) => c.hostUpdate?.());
      this.update(changed);
    } catch (e) {
      this.__done();
      throw e;
    }
    this.__controllers.forEach((c) => c.hostUpdated?.());
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated(changed);
    }
    this.updated(changed);
  }

  private __done(): void {
    this.__changed = new Map();
    this.isUpdatePending = false;
  }

  /** Resolves after the pending update, true when no other is pending then. */
  get updateComplete(): Promise<boolean> {
    return this.getUpdateComplete();
  }

  /** What `updateComplete` awaits: a subclass that renders in steps awaits them here. */
  protected getUpdateComplete(): Promise<boolean> {
    return this.__updated;
  }

  /** Before the update, to compute what it needs from the changed properties. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** Writes the reflected properties back to their attributes; a subclass renders here. */
  protected update(_changed: PropertyValues): void {
    this.__reflecting?.forEach((name) => {
      const { attributeName, type } = (this.constructor as typeof ReactiveElement).elementProperties.get(name)!;
      const value = (this as Values)[name];
      if (!attributeName) return;
      this.__syncing = name;
      if (type === Boolean ? !value : value == null) this.removeAttribute(attributeName);
      else this.setAttribute(attributeName, type === Boolean ? '' : (value as string));
      this.__syncing = undefined;
    });
    this.__reflecting = undefined;
    this.__done();
  }

  /** After the first update, before `updated`. */
  protected firstUpdated(_changed: PropertyValues): void {}

  /** After each update. */
  protected updated(_changed: PropertyValues): void {}
}
