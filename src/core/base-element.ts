import { html, nothing, type PropertyValues, type TemplateResult } from './reactive.js';
import { ViewElement } from './reactive-view.js';
import { property, state } from './props.js';
import { getConfiguration, onConfigurationChange } from './configure.js';
import { LocalizeController, normalizeLocale, type Catalog } from './localize.js';
import { report } from './report.js';
import { coreCatalog, type CoreKey } from '../i18n/core.js';
import type { Issue, Schema } from '../model/schema.js';
import type { DefinitionRef } from '../model/definition.js';
import type { BuiltInDefinitions } from './definition.js';
import type * as ConfigRead from './config-read.js';
import type { CheckedElement } from './config-read.js';
import { baseStyles } from './theme.js';
import { chunks } from './chunks.js';

type HeadingAttrs = { id?: string; part?: string; class?: string; tabindex?: string };

/**
 * The six levels of `heading()`, one template each: a tag name cannot be bound, and these
 * cost less than lit/static-html (`nothing` drops an attribute that is not given).
 */
const HEADINGS: ((a: HeadingAttrs, c: unknown) => TemplateResult)[] = [
  (a, c) =>
    html`<h1 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h1>`,
  (a, c) =>
    html`<h2 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h2>`,
  (a, c) =>
    html`<h3 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h3>`,
  (a, c) =>
    html`<h4 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h4>`,
  (a, c) =>
    html`<h5 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h5>`,
  (a, c) =>
    html`<h6 id=${a.id ?? nothing} part=${a.part ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing}>${c}</h6>`,
];

const live = new Set<ProcuraElement>();

/** The check of a configuration and its error state (config-read.ts), loaded only when there is one to check. */
let configRead: typeof ConfigRead | undefined;
const loadConfigRead = async () => (configRead ??= await chunks.configRead());
let langObserver: MutationObserver | undefined;

/** Re-renders every element when a `lang` changes anywhere, or when configure() runs. */
function watchPage(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
  langObserver.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  onConfigurationChange(() => live.forEach((el) => el.requestUpdate()));
}

function parentOf(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/**
 * What every procura element shares: locale and endpoint resolution, low-code
 * configuration (the `config` property or a child JSON script), and a visible
 * error state instead of a blank element when the configuration is wrong or
 * rendering fails.
 */
export abstract class ProcuraElement<C = unknown, K extends string = string> extends ViewElement {
  static override styles = [baseStyles];

  /** Base URL of the backend; else `<meta name="procura:endpoint">`, else configure(). */
  @property() endpoint?: string;
  /** Identity of the draft kept in IndexedDB (defaults to the element's id). */
  @property({ attribute: 'draft-key' }) draftKey?: string;
  /** Turns drafts off for this element. */
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;
  /** Low-code configuration, typed by the element (`ConsentConfig`, …); also read from a child `<script type="application/json">`. */
  @property({ attribute: false }) config?: C | undefined;
  /** Level (1–6) of the element's first heading, to fit the page's outline; deeper headings follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** The level of the element's first heading when `heading-level` is not set (as it always was). */
  protected defaultHeadingLevel = 2;

  /** Problems with the configuration, shown instead of the element. */
  @state() protected configIssues: Issue[] = [];
  /** The validated configuration. */
  protected settings!: C;

  /** Texts in the element's locale: its own catalogs' keys (`K`) and the core's. */
  protected localize: LocalizeController<K | CoreKey>;
  private configSource?: string;
  /** The published definition the configuration was read from (`src`): the records the element makes carry it. */
  definitionRef?: DefinitionRef;
  /** The `src` being read (src/core/definition.ts): the element shows nothing meanwhile. */
  private loadingSrc?: string;
  private srcIssues: Issue[] = [];
  /** While the configuration is checked (config-read.ts) or its error's texts load: the element shows nothing yet. */
  private checking?: Promise<unknown>;
  /** Which configuration reading is the latest (an older one that ends later is dropped). */
  private configReads = 0;
  private errorTexts?: 'loading' | 'ready' | 'failed';
  private childObserver?: MutationObserver;

  constructor() {
    super();
    this.localize = new LocalizeController<K | CoreKey>(this, [...this.catalogs(), coreCatalog]);
  }

  /** The element's own texts (the core's are added). */
  protected catalogs(): Catalog<K>[] {
    return [];
  }

  /**
   * The schema of the configuration, or a function that checks it; undefined accepts anything.
   * It may be loaded (`return import('./config.js').then((m) => m.schema)`): the schema's code then
   * stays out of the element's first chunk, and the element renders once it has been checked.
   */
  protected configSchema(): Schema<C> | undefined | Promise<Schema<C> | undefined> {
    return undefined;
  }

  /** Checks beyond the schema (rules across fields); push issues with their path. */
  protected checkConfig(_value: C, _issues: Issue[]): void {}

  /** Called with the new settings once they are valid. */
  protected configChanged(): void | Promise<void> {}

  protected abstract renderContent(): TemplateResult | typeof nothing;

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    watchPage();
    // A CMS may add the JSON script after the element: watch the light DOM.
    this.childObserver = new MutationObserver(() => this.requestUpdate());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    this.childObserver?.disconnect();
  }

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

  /** The key for drafts, or undefined when there is none (no id, no draft-key, or no-draft). */
  get resolvedDraftKey(): string | undefined {
    if (this.noDraft) return undefined;
    const k = this.draftKey || this.id;
    return k ? `${this.localName}:${k}` : undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // A `lang` just set (the page's observer has not run yet): the update that switches is awaited too.
    if (normalizeLocale(this.resolvedLocale) !== this.localize.locale) this.requestUpdate();
    let done = await super.getUpdateComplete();
    // Texts of another language load lazily: wait for them, then for the render they cause.
    while (this.localize.loading || this.checking) {
      await (this.checking ?? this.localize.ready);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.localize.setLocale(this.resolvedLocale);
    if (!this.loadingSrc) this.readConfig(changed.has('config'));
  }

  /**
   * Reads the configuration from `src` (a published definition, a JSON file, inline JSON or a
   * built-in name: src/core/definition.ts, loaded only then); an element that takes `src` calls
   * it when `src` changes. What cannot be read is shown like a bad configuration.
   */
  protected followSrc(src: string | undefined, builtIns?: BuiltInDefinitions): void {
    this.loadingSrc = src || undefined;
    this.srcIssues = [];
    if (!src) return;
    const settle = (issues: Issue[], loaded?: { definition: unknown; ref?: DefinitionRef }) => {
      if (this.loadingSrc !== src) return;
      this.loadingSrc = undefined;
      this.srcIssues = issues;
      this.definitionRef = loaded?.ref;
      if (loaded) this.config = loaded.definition as C;
      this.readConfig(true);
      this.requestUpdate();
    };
    import('./definition.js')
      .then((m) => m.loadDefinition(src, builtIns))
      .then(
        (loaded) => settle([], loaded),
        (e: unknown) =>
          settle([{ path: 'src', code: 'unreachable', message: `could not be read: ${(e as Error).message ?? e}` }]),
      );
  }

  private readConfig(force: boolean): void {
    const script = [...this.children].find(
      (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && c.type === 'application/json',
    );
    const source = this.config !== undefined ? undefined : (script?.textContent ?? '');
    if (!force && source === this.configSource && this.hasUpdated) return;
    this.configSource = source;
    const raw: unknown = this.config;
    // What `src` could not read is shown like a bad configuration.
    const found: Issue[] = [...this.srcIssues];
    // The script's JSON is parsed with the check, in config-read.ts.
    const text = raw === undefined && source?.trim() ? source : undefined;
    const read = ++this.configReads;
    const plain = raw === undefined && text === undefined && !found.length;
    // Left with its defaults, under a schema at hand: the element renders at once when they pass.
    const schema = plain ? this.configSchema() : undefined;
    if (plain && !(schema instanceof Promise) && this.acceptDefaults(schema)) return;
    // Anything else is checked in config-read.ts, loaded now: the element shows nothing (busy) meanwhile.
    void this.whileChecking(
      loadConfigRead()
        .then(
          (m) => m.readConfig(this as unknown as CheckedElement, raw, found, text),
          (e: unknown) => {
            report(this.localName, 'could not load the configuration check', e);
            return { issues: [{ path: '(root)', code: 'unknown', message: 'the configuration could not be checked' }] };
          },
        )
        .then(({ issues, value }: { issues: Issue[]; value?: unknown }) => {
          if (read !== this.configReads) return;
          if (issues.length && configRead) this.errorTexts = 'ready';
          this.settleConfig(issues, value as C);
        }),
    );
  }

  /** The defaults (`{}`) when the schema and the element's rules take them as they are. */
  private acceptDefaults(schema: Schema<C> | undefined): boolean {
    const issues: Issue[] = [];
    const value = (schema ? schema.check({}, '', issues) : {}) as C;
    if (!issues.length) this.checkConfig(value, issues);
    if (!issues.length) this.settleConfig(issues, value);
    return !issues.length;
  }

  private settleConfig(issues: Issue[], value: C): void {
    this.configIssues = issues;
    if (issues.length) return;
    this.settings = value;
    void Promise.resolve(this.configChanged()).catch((e) =>
      report(this.localName, 'could not apply the configuration', e),
    );
  }

  /** Keeps `updateComplete` waiting for `p` (the check, the error's texts), then renders again. */
  private whileChecking<T>(p: Promise<T>): Promise<T> {
    const done = p.finally(() => {
      if (this.checking === done) this.checking = undefined;
      this.requestUpdate();
    });
    this.checking = done;
    return done;
  }

  /**
   * Checks a configuration as an element of this class would, with the same messages, without
   * making one (`procura check-config` runs it in Node, where there is no page).
   */
  static async checkConfiguration(raw: unknown, tag: string): Promise<Issue[]> {
    const { validate } = await loadConfigRead();
    return (await validate(Object.create(this.prototype) as CheckedElement, raw, tag)).issues;
  }

  /**
   * A heading `depth` levels below the element's first one (0 is the first), clamped to 1–6:
   * `this.heading(1, text, { id: 'x' })` is an h3 by default, an h4 with `heading-level="3"`.
   */
  protected heading(depth: number, content: unknown, attrs: HeadingAttrs = {}): TemplateResult {
    const first =
      Number.isInteger(this.headingLevel) && this.headingLevel! >= 1 && this.headingLevel! <= 6
        ? this.headingLevel!
        : this.defaultHeadingLevel;
    return HEADINGS[Math.min(5, Math.max(0, first + depth - 1))]!(attrs, content);
  }

  /**
   * The configuration, its `src` or the texts of the page's language are not there yet: the element
   * shows only its wrapper, busy. An element that waits for more before its first screen (a lazy
   * model) adds it here.
   */
  protected waiting(): boolean {
    return !!(this.checking || this.loadingSrc || this.localize.switchingLocale);
  }

  /** Everything the element renders sits in one wrapper that carries its language (WCAG 3.1.2). */
  protected override render(): TemplateResult {
    const busy = this.waiting() ? 'true' : nothing;
    return html`<div class="procura-root" lang=${this.localize.locale} aria-busy=${busy}>${this.renderGuarded()}</div>`;
  }

  private renderGuarded(): TemplateResult | typeof nothing {
    if (this.waiting()) return nothing;
    if (this.configIssues.length) return this.renderConfigError();
    try {
      return this.renderContent();
    } catch (e) {
      report(this.localName, 'could not render', e);
      return this.renderFailure();
    }
  }

  private renderFailure(): TemplateResult {
    return html`<div part="error" role="alert">${this.localize.t('core.renderError')}</div>`;
  }

  /**
   * One sentence for the visitor in the page's language; the list for the site's developer
   * (English, like the console) folded in a `<details>` marked as English for screen readers.
   * The view and its sentences load with the check (config-read.ts); issues an element set
   * itself load them here, the element staying busy until they are there.
   */
  protected renderConfigError(): TemplateResult {
    if (this.errorTexts === 'ready' && configRead)
      return configRead.configErrorView(this as unknown as CheckedElement, html);
    if (this.errorTexts === 'failed') return this.renderFailure();
    if (!this.errorTexts) {
      this.errorTexts = 'loading';
      // The state changes inside the tracked promise: the render that follows it sees the texts.
      void this.whileChecking(
        loadConfigRead()
          .then((m) => this.localize.add(m.coreConfigCatalog))
          .then(
            () => void (this.errorTexts = 'ready'),
            (e: unknown) => {
              report(this.localName, 'could not load the configuration error', e);
              this.errorTexts = 'failed';
            },
          ),
      );
    }
    return html``;
  }
}
