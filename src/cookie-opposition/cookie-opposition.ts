import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../core/props.js';
import { FormAssociatedElement, type FormValue } from '../core/form-associated.js';
import { emit } from '../core/events.js';
import type { BackendController } from '../core/backend-controller.js';
import { baseStyles } from '../core/theme.js';
import type { Opposition } from '../model/consent.js';
import { cookieOppositionCatalog, type CookieKey } from '../i18n/cookie-opposition.js';
import type { StorageKind } from '../audience-gate/choice.js';
import { audienceGate, type AudienceGate, type GateOptions, type OppositionSource } from '../audience-gate/gate.js';
import { choose, onOppose } from '../audience-gate/choose.js';
import type * as Model from './config.js';
import type { CookieOppositionConfig } from './config.js';
import type { Issue } from '../model/schema.js';
import { compactView, fullView } from './cookie-opposition.view.js';
import { styles } from './cookie-opposition.styles.js';

export type { CookieOppositionConfig } from './config.js';

/**
 * The configuration's schema, loaded only for a page that gives a configuration (property, JSON
 * script or `src`); the element draws once it is checked. Without one, the defaults need no check.
 */
let model: typeof Model | undefined;
let modelReady: Promise<typeof Model> | undefined;
const loadModel = () => (modelReady ??= import('./config.js').then((m) => (model = m)));

/** The page's gate (perhaps started by dist/audience-gate.js in the page's head); says so when it keeps the choice elsewhere. */
function joinGate(storage: StorageKind | undefined, key: string | undefined, opts: Partial<GateOptions>): AudienceGate {
  const gate = audienceGate({ ...opts, ...(storage && { storage }), ...(key && { key }) });
  const { storage: kept, key: keptKey } = gate.opts;
  if ((storage && storage !== kept) || (key && key !== keptKey))
    console.warn(
      `[procura-cookie-opposition] the page's audience gate already keeps the choice in ${kept} "${keptKey}"; give every element (and audience-gate.js) the same storage.`,
    );
  return gate;
}

/**
 * Opposition to audience measurement: a switch with a plain statement of what is
 * measured, by whom, for how long and what opposing does; and the page's gate that
 * activates the inert analytics scripts (`<script type="text/plain"
 * data-procura-category="audience">`) only while the person has not opposed.
 *
 * @summary Opposition to audience measurement, gating the analytics scripts.
 *
 * @event procura-opposition-change - `{ opposed, source }`: on load when a stored choice or GPC applies, then on every change (also one made in another element or tab).
 * @event procura-submit - Before the opposition is posted to `/oppositions` (cancelable).
 * @event procura-submitted - The backend kept the opposition.
 * @event procura-queued - The backend is unreachable; the opposition waits in the outbox.
 * @event procura-error - The backend refused the opposition, or the configuration is wrong.
 *
 * @csspart switch - The switch (`<button role="switch">`).
 * @csspart label - The switch's visible label.
 * @csspart statement - What is measured, by whom, for how long, what opposing does (the one-line sentence when compact).
 * @csspart status - The current state, in words (full variant).
 * @csspart more - The link to the privacy policy (compact variant).
 * @csspart error - The configuration or sending error.
 *
 * @cssproperty --procura-cookie-opposition-switch-on - Colour of the switch when the person opposes.
 * @cssproperty --procura-cookie-opposition-gap - Space between the label, the switch and the link.
 */
export class ProcuraCookieOpposition extends FormAssociatedElement<CookieOppositionConfig, CookieKey> {
  static override styles = [baseStyles, styles];

  /** One line for a footer: a sentence, the switch and a link to `policy-url`. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The privacy policy that explains audience measurement (the compact variant links to it). */
  @property({ attribute: 'policy-url' }) policyUrl?: string;
  /** Where the choice is kept: `cookie` (default, first-party) or `local` (localStorage). */
  @property() storage?: StorageKind;
  /** A published definition's URL (`GET /definitions/{id}`), a configuration's JSON URL, or inline JSON. */
  @property() src?: string;
  /** Global Privacy Control counts as an opposition unless the person chose otherwise; `respect-gpc="false"` turns that off. */
  @property({ attribute: 'respect-gpc', converter: (v) => v !== 'false' }) respectGpc = true;
  /** The clock (tests, previews): returns the current time. */
  @property({ attribute: false }) now?: () => number | Date;
  /**
   * Shows a state without the page's gate (stories, design reviews): nothing is read,
   * stored, activated or sent, and the switch only flips the preview.
   */
  @property({ attribute: false }) preview?: { opposed: boolean; source?: OppositionSource; at?: number };

  /** True when the person opposes (by choice, stored choice, or GPC). */
  @state() opposed = false;
  /** Why: `user` (chose now), `stored` (an earlier choice), `gpc`; undefined while nobody chose. */
  @state() source?: OppositionSource;
  /** When the person chose (milliseconds), if they did. */
  @state() chosenAt?: number;

  private gate?: AudienceGate;
  private applied?: CookieOppositionConfig;
  /**
   * Posts the person's choices to `/oppositions` through the outbox (also delivers one queued before a
   * reload). Loaded after the first paint, when the browser is idle, or at the first choice: the switch
   * on every page does not carry the backend's code (2 KB gzip) in its first load.
   */
  private backend?: BackendController;
  private backendReady?: Promise<BackendController>;
  private loadBackend(): Promise<BackendController> {
    return (this.backendReady ??= import('../core/backend-controller.js').then(
      (m) => (this.backend = new m.BackendController(this, 'opposition')),
    ));
  }
  private readonly onGate = () => {
    this.pull();
    if (this.source) emit(this, 'procura-opposition-change', { opposed: this.opposed, source: this.source });
  };

  protected override catalogs() {
    return [cookieOppositionCatalog];
  }

  protected override configSchema() {
    return model?.schema;
  }

  /** `procura check-config`: the same check, once the schema is loaded. */
  static override async checkConfiguration(raw: unknown, tag: string): Promise<Issue[]> {
    await loadModel();
    return super.checkConfiguration(raw, tag);
  }

  /** While the schema of a given configuration loads: nothing is drawn, nothing is read unchecked. */
  private modelLoading?: Promise<unknown>;
  private get awaitsModel(): boolean {
    if (model) return false;
    const script = [...this.children].some((c) => c instanceof HTMLScriptElement && c.type === 'application/json');
    return this.config !== undefined || !!this.src || script;
  }

  private loadModel(): void {
    this.modelLoading ??= loadModel().then(
      () => {
        // (a JSON script is read again on any update; a `config` or `src` set before is so marked changed).
        this.requestUpdate();
        this.requestUpdate('config', undefined);
        if (this.src) this.requestUpdate('src', undefined);
      },
      (e: unknown) => {
        const message = `the configuration check could not be loaded: ${(e as Error)?.message ?? e}`;
        this.configIssues = [{ path: '(root)', code: 'unreachable', message }];
      },
    );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.modelLoading) return done;
    await this.modelLoading;
    return super.getUpdateComplete();
  }

  protected override render(): TemplateResult {
    return this.awaitsModel && !this.configIssues.length ? html`` : super.render();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: join the gate again (and catch up with what changed meanwhile).
    if (this.hasUpdated) this.requestUpdate();
    const whenIdle =
      (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ??
      ((cb: () => void) => setTimeout(cb, 1));
    whenIdle(() => void this.loadBackend());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.gate?.removeEventListener('change', this.onGate);
    this.gate = this.applied = undefined;
  }

  private clock(): number {
    return +(this.now?.() ?? Date.now());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.awaitsModel) return this.loadModel();
    if (changed.has('src')) this.followSrc(this.src);
    super.willUpdate(changed);
    if (this.preview) return this.pull();
    if (this.configIssues.length || !this.settings) return;
    const s = this.settings;
    // The gate starts with the first valid configuration, before the first render:
    // the element draws the stored state at once, and nothing moves afterwards.
    if (!this.gate) {
      this.gate = joinGate(this.storage, s.storageKey, {
        ...(s.category && { category: s.category }),
        respectGpc: this.respectGpc,
        now: () => this.clock(),
      });
      this.gate.addEventListener('change', this.onGate);
      this.pull();
    }
    if (s !== this.applied) {
      this.gate.extend((this.applied = s));
      if (s.onOppose) onOppose(this.gate, s.onOppose);
    }
  }

  protected override firstUpdated(): void {
    if (this.source) emit(this, 'procura-opposition-change', { opposed: this.opposed, source: this.source });
  }

  private pull(): void {
    const s = this.preview ?? this.gate!.state;
    this.opposed = s.opposed;
    this.source = s.source;
    this.chosenAt = s.at;
    this.setFormValue(s.opposed ? 'opposed' : 'not-opposed');
  }

  /** The person flips the switch: kept, applied to the page and other tabs, then posted. */
  async toggle(): Promise<void> {
    const opposed = !this.opposed;
    const at = this.clock();
    if (this.preview && !this.disabled) {
      this.preview = { opposed, source: 'user', at };
      return void emit(this, 'procura-opposition-change', { opposed, source: 'user' });
    }
    if (this.disabled || !this.gate) return;
    this.touched = true;
    choose(this.gate, opposed, at);
    const payload: Opposition = {
      opposed,
      source: 'user',
      at: new Date(at).toISOString(),
      locale: this.localize.locale,
      site: location.origin,
    };
    await (await this.loadBackend()).submit('oppositions', payload, { anonymous: true });
  }

  protected resetValue(): void {
    // A form reset does not undo the person's choice: the value follows it.
    if (this.gate) this.pull();
  }

  protected restoreValue(_state: FormValue): void {
    // The stored choice, not the browser's memory of the form, is the truth.
    if (this.gate) this.pull();
  }

  protected override renderContent() {
    const view = {
      localize: this.localize,
      compact: this.compact,
      opposed: this.opposed,
      disabled: this.disabled,
      toggle: () => void this.toggle(),
    };
    if (this.compact) return compactView(view, this.policyUrl);
    return fullView({
      ...view,
      ...(this.source && { source: this.source }),
      ...(this.chosenAt !== undefined && { chosenAt: this.chosenAt }),
      ...(this.settings.who && { who: this.settings.who }),
      ...(this.settings.what && { what: this.settings.what }),
      status: this.backend?.status ?? { state: 'idle' },
      heading: (text) => this.heading(0, text),
    });
  }
}
