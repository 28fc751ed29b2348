import { emit } from '../core/events.js';
import type { BackendController } from '../core/backend-controller.js';
import { LocalizeController } from '../core/localize.js';
import { baseStyles } from '../core/theme.js';
import { coreCatalog, type CoreKey } from '../i18n/core.js';
import type { Opposition } from '../model/consent.js';
import type { DefinitionRef } from '../model/definition.js';
import { cookieOppositionCatalog, type CookieKey } from '../i18n/cookie-opposition.js';
import type { StorageKind } from '../audience-gate/choice.js';
import { audienceGate, type AudienceGate, type GateOptions, type OppositionSource } from '../audience-gate/gate.js';
import { choose, onOppose } from '../audience-gate/choose.js';
import type { CookieOppositionConfig } from './config.js';
import { compactView, fullView, h, sentence, type Draw } from './cookie-opposition.view.js';
import { styles } from './cookie-opposition.styles.js';
import { ConfiguredElement } from './configured.js';
import { asBoolean } from './plain-element.js';

export type { CookieOppositionConfig } from './config.js';

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

/** The core's base styles and the element's own, shared by every instance. */
const adopt = (root: ShadowRoot) => (root.adoptedStyleSheets = [baseStyles.styleSheet!, styles.styleSheet!]);

const whenIdle = (cb: () => void) =>
  ((globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? setTimeout)(cb);

/**
 * Opposition to audience measurement: a switch with a plain statement of what is
 * measured, by whom, for how long and what opposing does; and the page's gate that
 * activates the inert analytics scripts (`<script type="text/plain"
 * data-procura-category="audience">`) only while the person has not opposed.
 * A plain custom element, without Lit: it sits in the footer of every page (issue 19).
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
export class ProcuraCookieOpposition extends ConfiguredElement<CookieOppositionConfig> {
  static formAssociated = true;

  static {
    this.reactive({
      compact: { attribute: 'compact', from: asBoolean, reflect: true, init: false },
      policyUrl: { attribute: 'policy-url' },
      storage: { attribute: 'storage' },
      respectGpc: { attribute: 'respect-gpc', from: (v) => v !== 'false', init: true },
      now: {},
      preview: {},
      name: { attribute: 'name', reflect: true, init: '' },
      required: { attribute: 'required', from: asBoolean, reflect: true, init: false },
      disabled: { attribute: 'disabled', from: asBoolean, noAccessor: true },
    });
  }

  /**

   * One line for a footer: a sentence, the switch and a link to `policy-url`.

   * @attr compact

   */
  declare compact: boolean;
  /**
   * The privacy policy that explains audience measurement (the compact variant links to it).
   * @attr policy-url
   */
  declare policyUrl?: string;
  /**
   * Where the choice is kept: `cookie` (default, first-party) or `local` (localStorage).
   * @attr storage
   */
  declare storage?: StorageKind;
  /**
   * Global Privacy Control counts as an opposition unless the person chose otherwise; `respect-gpc="false"` turns that off.
   * @attr respect-gpc
   */
  declare respectGpc: boolean;
  /** The clock (tests, previews): returns the current time. */
  declare now?: () => number | Date;
  /**
   * Shows a state without the page's gate (stories, design reviews): nothing is read,
   * stored, activated or sent, and the switch only flips the preview.
   */
  declare preview?: { opposed: boolean; source?: OppositionSource; at?: number };
  /**
   * Name under which the value goes into FormData.
   * @attr name
   */
  declare name: string;
  /**
   * Accepted as on any form control; the switch always has a value, so it stays valid.
   * @attr required
   */
  declare required: boolean;

  /** True when the person opposes (by choice, stored choice, or GPC). */
  opposed = false;
  /** Why: `user` (chose now), `stored` (an earlier choice), `gpc`; undefined while nobody chose. */
  source?: OppositionSource;
  /** When the person chose (milliseconds), if they did. */
  chosenAt?: number;

  protected readonly internals: ElementInternals;
  /** True once the person has flipped the switch. */
  protected touched = false;
  private formDisabled = false;
  private gate?: AudienceGate;
  private applied?: CookieOppositionConfig;
  /** Set when the element joins the gate: the stored choice or GPC is announced after that render. */
  private announce = false;
  private shape?: string;
  private draw?: Draw;
  /**
   * Posts the person's choices to `/oppositions` through the outbox (also delivers one queued before a
   * reload). Loaded after the first paint, when the browser is idle, or at the first choice.
   */
  private backend?: BackendController;
  private backendReady?: Promise<BackendController>;

  constructor() {
    super();
    this.localize = new LocalizeController<CookieKey | CoreKey>(this, [cookieOppositionCatalog, coreCatalog]);
    this.internals = this.attachInternals();
    adopt(this.attachShadow({ mode: 'open' }));
  }

  /**
   * Disabled by its own attribute, or by a disabled `<fieldset>` or form around it (which never touches the attribute).
   * @attr disabled
   */
  get disabled(): boolean {
    return this.hasAttribute('disabled') || this.formDisabled;
  }
  set disabled(value: boolean) {
    this.toggleAttribute('disabled', value);
  }

  private loadBackend(): Promise<BackendController> {
    return (this.backendReady ??= import('../core/backend-controller.js').then(
      (m) => (this.backend = new m.BackendController(this as never, 'opposition')),
    ));
  }

  private readonly onGate = () => {
    this.pull();
    this.requestUpdate();
    if (this.source) emit(this, 'procura-opposition-change', { opposed: this.opposed, source: this.source });
  };

  override connectedCallback(): void {
    super.connectedCallback();
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

  /** The page's gate, joined with the first valid configuration, before the first render that draws the switch. */
  protected override follow(): void {
    if (this.preview) return this.pull();
    if (this.configIssues.length || !this.settings) return;
    const s = this.settings;
    if (!this.gate) {
      this.gate = joinGate(this.storage, s.storageKey, {
        ...(s.category && { category: s.category }),
        respectGpc: this.respectGpc,
        now: () => this.clock(),
      });
      this.gate.addEventListener('change', this.onGate);
      this.pull();
      this.announce = true;
    }
    if (s !== this.applied) {
      this.gate.extend((this.applied = s));
      if (s.onOppose) onOppose(this.gate, s.onOppose);
    }
  }

  protected override updated(_changed: Map<string, unknown>): void {
    const first = this.announce || (!!this.preview && !this.announced);
    this.announce = false;
    if (!first || !this.source || this.announced) return;
    this.announced = true;
    emit(this, 'procura-opposition-change', { opposed: this.opposed, source: this.source });
  }
  private announced = false;

  private pull(): void {
    const s = this.preview ?? this.gate!.state;
    this.opposed = s.opposed;
    this.source = s.source;
    this.chosenAt = s.at;
    this.internals.setFormValue(s.opposed ? 'opposed' : 'not-opposed');
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

  /** The content of the wrapper: the compact line or the full statement, built once per shape, then kept up to date. */
  protected override renderContent(root: HTMLElement, fresh: boolean): void {
    const shape = this.compact ? `c${this.policyUrl ?? ''}` : `f${this.headingLevelOf()}`;
    if (fresh || shape !== this.shape || !this.draw) {
      this.shape = shape;
      root.replaceChildren();
      const toggle = () => void this.toggle();
      this.draw = this.compact
        ? compactView(root, this.policyUrl || undefined, toggle)
        : fullView(root, this.headingLevelOf(), toggle);
    }
    this.draw({
      localize: this.localize,
      opposed: this.opposed,
      disabled: this.disabled,
      ...(this.source && { source: this.source }),
      ...(this.chosenAt !== undefined && { chosenAt: this.chosenAt }),
      ...(this.settings.who && { who: this.settings.who }),
      ...(this.settings.what && { what: this.settings.what }),
      status: this.backend?.status ?? { state: 'idle' },
    });
  }

  /** When the element cannot render: one sentence in its language. */
  protected override renderFailure(root: HTMLElement): void {
    this.shape = undefined;
    root.replaceChildren(h('div', { part: 'error', role: 'alert' }, sentence(this.localize, 'core.renderError')));
  }

  // The form-control side (ElementInternals), as every form-associated procura element has it.
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    this.touched = true;
    this.requestUpdate();
    return this.internals.reportValidity();
  }
  /** A form reset does not undo the person's choice: the value follows it. */
  formResetCallback(): void {
    this.touched = false;
    if (this.gate) this.pull();
    this.requestUpdate();
  }
  /** The stored choice, not the browser's memory of the form, is the truth. */
  formStateRestoreCallback(): void {
    if (this.gate) this.pull();
    this.requestUpdate();
  }
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate('disabled');
  }
}

export type { DefinitionRef };
