/**
 * What `<procura-cookie-opposition>` shares with every procura element, on the kit's reactive element
 * without lit-html (src/core/base-element.ts draws with it): locale resolution that follows the page, the
 * configuration (the `config` property, a child JSON script or `src`) checked by the core's
 * config-read.ts with the element's schema, both loaded only when there is a configuration, a busy
 * wrapper meanwhile, and the core's error view (loaded with Lit, a rare state) instead of a blank element.
 */
import { getConfiguration, onConfigurationChange } from '../core/configure.js';
import type { LocalizeController } from '../core/localize.js';
import { report } from '../core/report.js';
import type { CoreKey } from '../i18n/core.js';
import type { CookieKey } from '../i18n/cookie-opposition.js';
import type { Issue } from '../model/schema.js';
import type { DefinitionRef } from '../model/definition.js';
import type { CheckedElement } from '../core/config-read.js';
import type * as Given from './config-given.js';
import { h } from './cookie-opposition.view.js';
import { ReactiveElement } from '../core/reactive-element.js';
import { asBoolean, asNumber, type PropDef } from './plain-element.js';

/** The reading and the check of a given configuration, with its schema: loaded only for a page that gives one. */
let given: typeof Given | undefined;
let givenReady: Promise<typeof Given> | undefined;
const loadGiven = () => (givenReady ??= import('./config-given.js').then((m) => (given = m)));

const live = new Set<ConfiguredElement<unknown>>();
let langObserver: MutationObserver | undefined;

/** Renders every element again when a `lang` changes anywhere, or when configure() runs. */
function watchPage(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
  langObserver.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  onConfigurationChange(() => live.forEach((el) => el.requestUpdate()));
}

const parentOf = (node: Node): Node | null =>
  node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;

export abstract class ConfiguredElement<C> extends ReactiveElement {
  /** Declares reactive properties from a table of attributes, each read by a converter, with its default. */
  protected static reactive(props: Record<string, PropDef>): void {
    for (const [name, d] of Object.entries(props))
      this.createProperty(name, {
        attribute: d.attribute ?? false,
        converter: d.from,
        // A boolean is reflected as a present or absent attribute.
        type: d.from === asBoolean ? Boolean : undefined,
        reflect: d.reflect,
        init: d.init,
        noAccessor: d.noAccessor,
      });
  }

  // The attributes and properties every procura element has.
  static {
    this.reactive({
      endpoint: { attribute: 'endpoint' },
      draftKey: { attribute: 'draft-key' },
      noDraft: { attribute: 'no-draft', from: asBoolean, init: false },
      config: {},
      headingLevel: { attribute: 'heading-level', from: asNumber },
      src: { attribute: 'src' },
      // Its own `lang` renders at once (a change elsewhere in the page comes through watchPage).
      lang: { attribute: 'lang', noAccessor: true },
    });
  }
  /**
   * Base URL of the backend; else `<meta name="procura:endpoint">`, else configure().
   * @attr endpoint
   */
  declare endpoint?: string;
  /**
   * Identity of the element's records in the outbox (defaults to its id).
   * @attr draft-key
   */
  declare draftKey?: string;
  /**
   * Turns drafts off for this element.
   * @attr no-draft
   */
  declare noDraft: boolean;
  /** Low-code configuration; also read from a child `<script type="application/json">` or `src`. */
  declare config?: C;
  /**
   * Level (1–6) of the element's first heading, to fit the page's outline.
   * @attr heading-level
   */
  declare headingLevel?: number;
  /**
   * A published definition's URL (`GET /definitions/{id}`), a configuration's JSON URL, or inline JSON.
   * @attr src
   */
  declare src?: string;
  /** The published definition the configuration was read from (`src`). */
  definitionRef?: DefinitionRef;

  /** Texts in the element's locale. */
  protected localize!: LocalizeController<CookieKey | CoreKey>;
  /** Problems with the configuration, shown instead of the element. */
  protected configIssues: Issue[] = [];
  /** The validated configuration. */
  protected settings!: C;
  /** True while the element runs on its defaults (no configuration given). */
  private onDefaults = false;
  /** The reading, the check or the error view loading: the element is busy meanwhile. */
  private checking?: Promise<unknown>;
  private childObserver?: MutationObserver;
  private root?: HTMLElement;
  private mode?: string;
  private errorView?: (root: HTMLElement) => void;

  /** The resolved locale: `lang`, the closest `[lang]`, configure(), `<html lang>`, then `fr`. */
  get resolvedLocale(): string {
    if (this.hasAttribute('lang')) return this.getAttribute('lang')!;
    for (let n = parentOf(this); n && n !== document.documentElement; n = parentOf(n))
      if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
    return getConfiguration().locale ?? (document.documentElement.lang || 'fr');
  }

  /** The resolved endpoint, or undefined when the element works locally. */
  get resolvedEndpoint(): string | undefined {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="procura:endpoint"]')?.content;
    return this.endpoint || meta || getConfiguration().endpoint || undefined;
  }

  /** The key of the element's records, or undefined (no id, no draft-key, or no-draft). */
  get resolvedDraftKey(): string | undefined {
    const k = this.draftKey || this.id;
    return !this.noDraft && k ? `${this.localName}:${k}` : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
    live.add(this as ConfiguredElement<unknown>);
    watchPage();
    // A CMS may add the JSON script after the element: watch the light DOM.
    this.childObserver = new MutationObserver(() => this.requestUpdate());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this as ConfiguredElement<unknown>);
    this.childObserver?.disconnect();
  }

  /** The level of the first heading: `heading-level` when it is 1–6, else 2. */
  protected headingLevelOf(): number {
    const l = this.headingLevel;
    return l !== undefined && Number.isInteger(l) && l >= 1 && l <= 6 ? l : 2;
  }

  protected configSchema() {
    return given?.schema;
  }

  protected checkConfig(_value: C, _issues: Issue[]): void {}

  /** A configuration given (property, JSON script, `src`), read and checked in config-given.ts. */
  private get isGiven(): boolean {
    const script = [...this.children].some((c) => c instanceof HTMLScriptElement && c.type === 'application/json');
    return this.config !== undefined || !!this.src || script;
  }

  private readGiven(changed: Map<string, unknown>): void {
    if (given) return given.readGiven(this as unknown as Given.Host, changed);
    if (this.checking) return;
    void this.whileChecking(
      loadGiven().then(
        // What was set before is so marked changed.
        () => this.requestUpdate('config'),
        (e: unknown) => {
          const message = `the configuration check could not be loaded: ${(e as Error)?.message ?? e}`;
          report(this.localName, message);
          this.configIssues = [{ path: '(root)', code: 'unreachable', message }];
        },
      ),
    );
  }

  override attributeChangedCallback(attribute: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(attribute, old, value);
    // An attribute read by the class's own accessor (`disabled`) renders too.
    if (old !== value) this.requestUpdate();
  }

  /** Sets a property by its name (config-given.ts sets the configuration read from `src`). */
  protected set(name: string, value: unknown): void {
    (this as unknown as Record<string, unknown>)[name] = value;
  }

  /** Resolves once nothing is left to render and nothing is awaited (`waiting()`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    for (;;) {
      if (!(await super.getUpdateComplete())) continue;
      const wait = this.waiting();
      if (!wait) return true;
      await wait;
    }
  }

  /** What the element still waits for (texts, a check) before its render is final. */
  protected waiting(): Promise<unknown> | undefined {
    return this.localize.loading ? this.localize.ready : this.checking;
  }

  protected override update(changed: Map<string, unknown>): void {
    super.update(changed);
    this.localize.setLocale(this.resolvedLocale);
    const isGiven = this.isGiven;
    if (isGiven && (!this.configIssues.length || given)) this.readGiven(changed);
    else if (!isGiven && !this.onDefaults) this.acceptDefaults();
    this.onDefaults = !isGiven;
    this.follow();
    this.render();
  }

  /** What the element does with a valid configuration before it draws. */
  protected abstract follow(): void;
  /** Draws the content into the wrapper (`fresh`: the wrapper is new and empty). */
  protected abstract renderContent(root: HTMLElement, fresh: boolean): void;
  /** One sentence instead of the content when it cannot be drawn. */
  protected abstract renderFailure(root: HTMLElement): void;

  /** Everything sits in one wrapper that carries the language (WCAG 3.1.2), busy while something loads. */
  private render(): void {
    const busy = !!(this.checking || this.localize.loading);
    const mode = busy ? 'busy' : this.configIssues.length ? 'error' : 'content';
    const fresh = mode !== this.mode || !this.root;
    if (fresh) {
      this.root = h('div', { class: 'procura-root' });
      this.shadowRoot!.replaceChildren(this.root);
      this.mode = mode;
    }
    const root = this.root!;
    root.lang = this.localize.locale;
    if (busy) root.setAttribute('aria-busy', 'true');
    else root.removeAttribute('aria-busy');
    if (busy) return;
    if (mode === 'error') this.renderConfigError(root);
    else
      try {
        this.renderContent(root, fresh);
      } catch (e) {
        report(this.localName, 'could not render', e);
        this.renderFailure(root);
      }
  }

  /** The core's error view (one sentence for the visitor, the list for the developer), loaded with its texts. */
  private renderConfigError(root: HTMLElement): void {
    if (this.errorView) return this.errorView(root);
    void this.whileChecking(
      import('./config-error.js')
        .then((m) => m.errorView(this as unknown as CheckedElement))
        .then(
          (view) => void (this.errorView = view),
          (e: unknown) => {
            report(this.localName, 'could not load the configuration error', e);
            this.errorView = (r) => this.renderFailure(r);
          },
        ),
    );
  }

  /** The defaults (`{}`) when the schema (if loaded) takes them as they are. */
  private acceptDefaults(): void {
    const issues: Issue[] = [];
    const schema = this.configSchema();
    const value = (schema ? schema.check({}, '', issues) : {}) as C;
    this.settleConfig(issues, value);
  }

  protected settleConfig(issues: Issue[], value: C): void {
    this.configIssues = issues;
    if (!issues.length) this.settings = value;
  }

  /** Keeps `updateComplete` waiting for `p`, then renders again. */
  protected whileChecking<T>(p: Promise<T>): Promise<T> {
    const done = p.finally(() => {
      if (this.checking === done) this.checking = undefined;
      this.requestUpdate();
    });
    this.checking = done;
    return done;
  }

  /** Checks a configuration as an element of this class would, with the same messages, without making one (`procura check-config`). */
  static async checkConfiguration(raw: unknown, tag: string): Promise<Issue[]> {
    return (await loadGiven()).check(Object.create(this.prototype) as CheckedElement, raw, tag);
  }
}
