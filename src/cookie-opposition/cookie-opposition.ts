import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociatedElement, type FormValue } from '../core/form-associated.js';
import { emit } from '../core/events.js';
import type { SubmissionController } from '../core/submission.js';
import { baseStyles } from '../core/theme.js';
import { array, object, optional, string, type Infer, type Schema } from '../model/schema.js';
import { localized, pick, type Localized } from '../model/localized.js';
import type { Opposition } from '../model/consent.js';
import { cookieOppositionCatalog } from '../i18n/cookie-opposition.js';
import { expiryOf, type StorageKind } from './choice.js';
import { audienceGate, type AudienceGate, type OppositionHook, type OppositionSource } from './gate.js';
import { styles } from './cookie-opposition.styles.js';

const fn: Schema<OppositionHook> = {
  check: (v, path, issues) =>
    typeof v === 'function'
      ? (v as OppositionHook)
      : void issues.push({ path, code: 'type', message: 'expected a function (set it through the config property)' }),
};

const schema = object({
  /** Who measures (replaces the default sentence). */
  who: optional(localized({ max: 500 })),
  /** What is measured (replaces the default sentence). */
  what: optional(localized({ max: 2000 })),
  /** Measurement cookies deleted on opposition, `*` as wildcard; default `_pk_*`, `_ga`, `_ga_*`, `_gid`. */
  cookies: optional(array(string({ min: 1, max: 100, pattern: /^[\w.*-]+$/ }), { max: 50 })),
  /** Google Analytics 4 ids to disable (`window['ga-disable-G-…']`); those in `gtag('config')` are found too. */
  measurementIds: optional(array(string({ pattern: /^G-\w+$/ }), { max: 20 })),
  /** The `data-procura-category` of the scripts to gate (default `audience`). */
  category: optional(string({ pattern: /^[\w-]{1,40}$/ })),
  /** Name of the cookie or localStorage key holding the choice (default `procura_audience_opposition`). */
  storageKey: optional(string({ pattern: /^[\w-]{1,64}$/ })),
  /** Called once whenever the page becomes opposed (config property only: JSON holds no function). */
  onOppose: optional(fn),
});
/** The `config` of `<procura-cookie-opposition>`, derived from its schema. */
export type CookieOppositionConfig = Infer<typeof schema>;

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
export class ProcuraCookieOpposition extends FormAssociatedElement<CookieOppositionConfig> {
  static override styles = [baseStyles, styles];

  /** One line for a footer: a sentence, the switch and a link to `policy-url`. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The privacy policy that explains audience measurement (the compact variant links to it). */
  @property({ attribute: 'policy-url' }) policyUrl?: string;
  /** Where the choice is kept: `cookie` (default, first-party) or `local` (localStorage). */
  @property() storage?: StorageKind;
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
  private submission?: SubmissionController;
  private readonly onGate = () => {
    this.pull();
    if (this.source) emit(this, 'procura-opposition-change', { opposed: this.opposed, source: this.source });
  };

  protected override catalogs() {
    return [cookieOppositionCatalog];
  }

  protected override configSchema() {
    return schema;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: join the gate again (and catch up with what changed meanwhile).
    if (this.hasUpdated) this.requestUpdate();
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
    super.willUpdate(changed);
    if (this.preview) return this.pull();
    if (this.configIssues.length || !this.settings) return;
    const s = this.settings;
    // The gate starts with the first valid configuration, before the first render:
    // the element draws the stored state at once, and nothing moves afterwards.
    if (!this.gate) {
      this.gate = audienceGate({
        storage: this.storage === 'local' ? 'local' : 'cookie',
        respectGpc: this.respectGpc,
        now: () => this.clock(),
        ...(s.storageKey && { key: s.storageKey }),
        ...(s.category && { category: s.category }),
      });
      this.gate.addEventListener('change', this.onGate);
      this.pull();
    }
    if (s !== this.applied) this.gate.extend((this.applied = s));
  }

  protected override firstUpdated(): void {
    if (this.source) emit(this, 'procura-opposition-change', { opposed: this.opposed, source: this.source });
    // A choice queued before a reload is delivered (and reported) by this element.
    if (this.source === 'stored' && this.resolvedEndpoint && !this.preview) void this.loadSubmission();
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
    this.gate.choose(opposed, at);
    const payload: Opposition = {
      opposed,
      source: 'user',
      at: new Date(at).toISOString(),
      locale: this.localize.locale,
      site: location.origin,
    };
    await (await this.loadSubmission()).submit('oppositions', payload, { anonymous: true });
  }

  private async loadSubmission(): Promise<SubmissionController> {
    // Loaded on first use: a page whose visitor never chooses does not pay for the outbox.
    const { SubmissionController } = await import('../core/submission.js');
    return (this.submission ??= new SubmissionController(this, 'opposition'));
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
    const t = (k: string, p?: Record<string, string>) => this.localize.t(k, p);
    // The compact label is shorter; the switch's name is always the whole sentence, which contains it.
    const control = html`<label for="switch" part="label">${t(this.compact ? 'cookie.switchShort' : 'cookie.switch')}</label>
      <button id="switch" type="button" role="switch" part="switch" aria-label=${t('cookie.switch')} aria-checked=${this.opposed ? 'true' : 'false'} ?disabled=${this.disabled} @click=${this.toggle}>
        <span class="track" aria-hidden="true"><span class="thumb"></span></span>
        <span class="state" aria-hidden="true">${t(this.opposed ? 'cookie.yes' : 'cookie.no')}</span>
      </button>`;
    if (this.compact)
      return html`<div class="compact">
        <span part="statement">${t('cookie.compact')}</span>
        ${control}
        ${this.policyUrl ? html`<a part="more" href=${this.policyUrl} aria-label=${t('cookie.moreLong')}>${t('cookie.more')}</a>` : nothing}
      </div>`;
    const loc = this.localize.locale;
    // A site's text that fell back to another language carries its own lang (WCAG 3.1.2).
    const item = (k: string, own?: Localized) =>
      html`<dt>${t(`${k}Label`)}</dt><dd>${pick(own, loc) ? this.localize.localized(own) : this.localize.tl(k)}</dd>`;
    const sub = this.submission?.status;
    return html`<section>
      ${this.heading(0, t('cookie.title'))}
      <dl part="statement">
        ${item('cookie.what', this.settings.what)} ${item('cookie.who', this.settings.who)} ${item('cookie.howLong')} ${item('cookie.oppose')}
      </dl>
      <div class="control">${control}</div>
      <p part="status" role="status">
        ${t(this.source === 'gpc' ? 'cookie.gpc' : this.opposed ? 'cookie.opposed' : 'cookie.measured')}
        ${
          this.chosenAt !== undefined
            ? t('cookie.since', {
                date: this.localize.date(this.chosenAt),
                until: this.localize.date(expiryOf(this.chosenAt)),
              })
            : nothing
        }
      </p>
      <div role="status" class="sent">${sub?.state === 'local' ? html`<p class="notice">${t('core.localOnly')}</p>` : nothing}${sub?.state === 'failed' ? html`<p part="error">${t('core.failed', { message: sub.message })}</p>` : nothing}</div>
    </section>`;
  }
}
