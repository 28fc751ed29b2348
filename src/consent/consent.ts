import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from '../core/reactive.js';
import { property, state } from '../core/props.js';
import { FormAssociatedElement, type FormValue } from '../core/form-associated.js';
import type { BackendController, SubmissionState } from '../core/backend-controller.js';
import { baseStyles } from '../core/theme.js';
import { emit } from '../core/events.js';
import type { Issue } from '../model/schema.js';
import type { ConsentRecord } from '../model/consent.js';
import { consentCatalog, type ConsentKey } from '../i18n/consent.js';
import { consentPresetsCatalog } from '../i18n/consent-presets.js';
import { consentStatusCatalog } from '../i18n/consent-status.js';
import { afterPaint, lazy, loadCrypto, loadModel, loadReceipt, loadRecord } from './lazy.js';
import type { ConsentConfig } from './config.js';
import { checkedFor, stateOf, type PurposeState } from './decisions.js';
import type { ResolvedPurpose } from './presets.js';
import type { ShownNotice } from './notice.js';
import type { LoadState } from './consent.view.js';
import { FormSubmitController } from './form-submit.js';

export type { ShownNotice } from './notice.js';

const ROLES = ['subject', 'mandatary', 'staff'] as const;

/**
 * Per-purpose consent and opposition checkboxes with the information notice on the
 * form itself (002), and a proof of every choice: a consent record with the SHA-256
 * of the texts shown, sent through the outbox.
 *
 * @summary Consent and opposition, purpose by purpose, with the notice and a proof.
 * @event procura-submit - Before a record is sent (cancelable); `detail.payload` is the record.
 * @event procura-submitted - The backend kept the record: `{ kind: 'consent', response: { recordId, receivedAt, receipt }, id }`.
 * @event procura-queued - The backend is unreachable; the record waits in the outbox.
 * @event procura-error - A bad configuration, a failed load of the current state, or a refused record.
 * @event change - The person ticked or unticked a box.
 * @csspart notice - The information notice (controller, rights, retention, policy link).
 * @csspart policy - The link to the full privacy policy.
 * @csspart purposes - The fieldset holding the boxes.
 * @csspart legend - Its legend.
 * @csspart purpose - One purpose: the box, its label and its details.
 * @csspart label - A purpose's label.
 * @csspart description - A purpose's description, recipients, transfers and current state.
 * @csspart submit - The save button (standalone only; in a form, the form's submission sends the record).
 * @csspart error - A message about a failure.
 * @cssproperty --procura-consent-gap - Space between purposes.
 * @cssproperty --procura-consent-checkbox-size - Size of the boxes.
 * @cssproperty --procura-consent-notice-background - Background of the notice.
 */
export class ProcuraConsent extends FormAssociatedElement<ConsentConfig, ConsentKey> {
  /** Its own styles come with its templates (src/consent/first-screen.ts): adopted before these first draw. */
  static override styles = [baseStyles];

  /** A named set of presets: `insurance-prospection`. */
  @property() preset?: string;
  /** A published definition's URL (`GET /definitions/{id}`: its records carry `{ id, version, sha256 }`), a configuration's JSON URL, or inline JSON. */
  @property() src?: string;
  /** Preset purpose ids, separated by spaces or commas. */
  @property({ attribute: 'purposes' }) purposeIds?: string;
  /** A pseudonymous reference to the person (a client number); its current state is loaded. */
  @property() subject?: string;
  /** Who expresses the choice: `subject`, `mandatary` or `staff`, optionally `:reference`. */
  @property({ attribute: 'indicated-by' }) indicatedBy?: string;

  @state() private items: ResolvedPurpose[] = [];
  @state() private checked = new Map<string, boolean>();
  @state() private loadState: LoadState = 'idle';
  @state() private message?: 'nothingChanged';
  /** The stored state per purpose; `known` is false while it is loading or when it could not be read. */
  private baseline = new Map<string, PurposeState>();
  private known = true;
  private touchedAt = new Map<string, string>();
  private resolved: ResolvedPurpose[] = [];
  /** Loading the stored state, sending the records: loaded when idle after the first render, or at first use. */
  private submission?: BackendController;
  private backendReady?: Promise<BackendController>;
  private prefetched = false;
  /** The texts of the states after the first screen (and of a wrong `indicated-by`), added once. */
  private statusTexts?: Promise<void>;
  /** The configuration's check, the templates and the element's texts, until they are there (nothing is drawn meanwhile). */
  private modelLoading?: Promise<unknown>;
  /** This element's texts are there, in its language (the model may have come for another element before). */
  private textsReady = false;
  /** Whether an update already had the model: the first one adopts its styles and reads the configuration. */
  private modelSeen = false;
  private loadKey = '';
  private hashCache?: { json: string; sha: string };
  private formSubmit = new FormSubmitController(
    () => this.internals.form,
    () => void this.save(),
  );

  constructor() {
    super();
    this.addController(this.formSubmit);
  }

  protected override configSchema() {
    return lazy.model?.consentConfig;
  }

  protected override checkConfig(value: ConsentConfig, issues: Issue[]): void {
    const model = lazy.model;
    if (!model) return;
    this.resolved = model.resolvePurposes(value, { preset: this.preset, purposes: this.purposeIds }, issues);
    model.checkNotice(value, issues);
  }

  /** `procura check-config`: the same check, once the configuration's rules are loaded. */
  static override async checkConfiguration(raw: unknown, tag: string): Promise<Issue[]> {
    await loadModel();
    return super.checkConfiguration(raw, tag);
  }

  private loadBackend(): Promise<BackendController> {
    return (this.backendReady ??= import('../core/backend-controller.js').then(
      (m) => (this.submission = new m.BackendController(this, 'consent')),
    ));
  }

  /**
   * Before the first render: the configuration's rules and the templates (loaded once for every
   * element), and this element's texts and its presets', in its language (French too is lazy).
   */
  private loadModel(): void {
    this.localize.setLocale(this.resolvedLocale);
    const texts = Promise.all([this.localize.add(consentCatalog), this.localize.add(consentPresetsCatalog)]).then(
      () => {
        this.textsReady = true;
        this.requestUpdate();
      },
    );
    if (lazy.model) return void (this.modelLoading = texts);
    this.modelLoading = Promise.all([loadModel(), texts]).then(
      // The update that follows reads the configuration, now that it can be checked (willUpdate).
      () => this.requestUpdate(),
      (e: unknown) => {
        const message = `the configuration check could not be loaded: ${(e as Error)?.message ?? e}`;
        this.configIssues = [{ path: '(root)', code: 'unreachable', message }];
      },
    );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // The first update starts loading the model; the one after it draws with it.
    await super.getUpdateComplete();
    await this.modelLoading;
    return super.getUpdateComplete();
  }

  /** Busy (its wrapper only, in the page's language) until its model and texts are there, unless the configuration is wrong. */
  protected override waiting(): boolean {
    return super.waiting() || (!(lazy.model && this.textsReady) && !this.configIssues.length);
  }

  protected override configChanged(): void {
    this.items = this.resolved;
    const next = new Map<string, boolean>();
    for (const p of this.items) next.set(p.id, this.checked.get(p.id) ?? checkedFor(p.basis, this.baseline.get(p.id)));
    this.checked = next;
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.formSubmit.bind(form);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.modelLoading) this.loadModel();
    if (!this.indicated()) void this.addStatusTexts();
    if (!lazy.model) return;
    if (!this.modelSeen) {
      this.modelSeen = true;
      const base = (this.constructor as typeof ProcuraConsent).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...base, lazy.model.styles]);
      // Read the configuration (and `src`) again, now that it can be checked (whichever update
      // comes first once the model is there: its texts', or the model's own).
      changed.set('config', this.config);
      if (this.src) changed.set('src', undefined);
    }
    // The attributes feed the purposes: have the configuration read again.
    if (changed.has('preset') || changed.has('purposeIds')) changed.set('config', this.config);
    if (changed.has('src')) this.followSrc(this.src);
    super.willUpdate(changed);
  }

  protected override updated(): void {
    // Once the purposes are drawn: the backend's code, when the browser has time after that paint.
    if (this.settings && !this.prefetched) afterPaint(() => void this.loadBackend());
    this.prefetched ||= !!this.settings;
    const endpoint = this.subject && this.settings ? this.resolvedEndpoint : undefined;
    const key = endpoint && this.subject ? `${endpoint}|${this.subject}` : '';
    if (key !== this.loadKey) {
      this.loadKey = key;
      if (key && this.subject) void this.load(key, this.subject);
      else this.setBaseline(new Map(), 'idle');
    }
    this.syncForm();
  }

  /** Added once (adding it again would render again); `updateComplete` waits for it. */
  private addStatusTexts(): Promise<void> {
    return (this.statusTexts ??= this.localize.add(consentStatusCatalog));
  }

  private async load(key: string, subject: string): Promise<void> {
    this.known = false;
    this.loadState = 'loading';
    try {
      // The stored states' texts come with the backend: the states (and "loading…") are drawn with their words.
      const [backend] = await Promise.all([this.loadBackend(), this.addStatusTexts()]);
      const res = await backend.request<{ state?: Record<string, PurposeState> }>(
        `consents?subject=${encodeURIComponent(subject)}`,
        { retries: 1 },
      );
      if (key === this.loadKey) this.setBaseline(new Map(Object.entries(res?.state ?? {})), 'loaded');
    } catch (e) {
      if (key !== this.loadKey) return;
      this.loadState = 'failed';
      emit(this, 'procura-error', { kind: 'load', error: { message: (e as Error)?.message ?? String(e) } });
    }
  }

  private setBaseline(map: Map<string, PurposeState>, loadState: 'idle' | 'loaded'): void {
    this.baseline = map;
    this.known = true;
    this.loadState = loadState;
    // Boxes the person already touched keep their value.
    const next = new Map(this.checked);
    for (const p of this.items) if (!this.touchedAt.has(p.id)) next.set(p.id, checkedFor(p.basis, map.get(p.id)));
    this.checked = next;
  }

  private stateNow(p: ResolvedPurpose) {
    const before = this.baseline.get(p.id);
    return stateOf(p.basis, this.checked.get(p.id) ?? false, before?.basis === p.basis ? before.state : undefined);
  }

  /** Each purpose is a FormData entry `<name>.<purpose id>` = `given`, `refused`, `withdrawn` or `objected`. */
  private syncForm(): void {
    const fd = new FormData();
    for (const p of this.items) fd.append(`${this.name}.${p.id}`, this.stateNow(p));
    const restore = JSON.stringify(Object.fromEntries(this.checked));
    this.setFormValue(this.name && this.items.length ? fd : null, restore);
    // Consent is never required: the element is always valid.
    this.setValidity({});
  }

  protected resetValue(): void {
    this.touchedAt.clear();
    this.message = undefined;
    this.submission?.reset();
    this.setBaseline(this.baseline, this.loadState === 'loaded' ? 'loaded' : 'idle');
  }

  protected restoreValue(state: FormValue): void {
    if (typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as Record<string, boolean>;
      const next = new Map(this.checked);
      const at = new Date().toISOString();
      for (const [id, v] of Object.entries(saved)) {
        if (typeof v !== 'boolean') continue;
        next.set(id, v);
        this.touchedAt.set(id, at);
      }
      this.checked = next;
    } catch {
      /* a state from another version: ignore it */
    }
  }

  private toggle(p: ResolvedPurpose, value: boolean): void {
    this.checked = new Map(this.checked).set(p.id, value);
    this.touchedAt.set(p.id, new Date().toISOString());
    this.touched = true;
    this.message = undefined;
    if (this.submission && this.submission.status.state !== 'sending') this.submission.reset();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** The texts as shown now, in this locale. */
  shown(): ShownNotice {
    return lazy.model!.shownNotice(this.localize, this.settings, this.items);
  }

  /** SHA-256 of the canonical JSON of the texts shown now. */
  async noticeSha256(): Promise<string> {
    const { canonicalJson, sha256Hex } = await loadCrypto();
    const json = canonicalJson(this.shown());
    if (this.hashCache?.json !== json) this.hashCache = { json, sha: await sha256Hex(json) };
    return this.hashCache.sha;
  }

  private indicated(): ConsentRecord['indicatedBy'] | undefined {
    const [role = '', ...rest] = (this.indicatedBy || 'subject').split(':');
    if (!(ROLES as readonly string[]).includes(role.trim())) return undefined;
    const reference = rest.join(':').trim();
    return { role: role.trim() as (typeof ROLES)[number], ...(reference && { reference }) };
  }

  /**
   * The record of what changed since the stored state, without sending it; undefined when
   * there is nothing to record (or the element is not usable).
   */
  async record(): Promise<ConsentRecord | undefined> {
    // The texts of another language may still be loading: hash what the person reads.
    await this.updateComplete;
    const indicatedBy = this.indicated();
    if (!this.settings || this.configIssues.length || !indicatedBy) return undefined;
    const [{ makeRecord }] = await Promise.all([loadRecord(), loadReceipt()]);
    const fields = {
      ...(this.subject && { subject: this.subject }),
      indicatedBy,
      noticeVersion: this.settings.noticeVersion,
      locale: this.localize.locale,
      // The origin only: a path or a query may carry personal data.
      source: `${location.origin}#${this.id || this.name || this.localName}`,
      ...(this.definitionRef && { definition: this.definitionRef }),
    };
    const { items, checked, baseline, known, touchedAt } = this;
    return makeRecord({ items, checked, baseline, known, touchedAt }, fields, () => this.noticeSha256());
  }

  /** Records the changes and sends them (`POST /consents` through the outbox). */
  async save(): Promise<SubmissionState | undefined> {
    this.touched = true;
    // A new save: what the last one said gives way to what this one says (and is announced again).
    this.message = undefined;
    if (this.submission?.status.state !== 'sending') this.submission?.reset();
    const [submission] = await Promise.all([this.loadBackend(), this.addStatusTexts()]);
    const record = await this.record();
    if (!record) {
      this.message = 'nothingChanged';
      return undefined;
    }
    this.message = undefined;
    const { sendRecord } = await loadRecord();
    const result = await sendRecord(submission, record, this.hashCache, {
      baseline: this.baseline,
      touchedAt: this.touchedAt,
    });
    // Every touched box recorded: the stored state is known again (untouched ones only when it already was).
    if (!this.touchedAt.size) this.known = true;
    this.requestUpdate();
    return result;
  }

  protected override renderContent(): TemplateResult {
    // A wrong `indicated-by` is said once its sentence (a later state's) is there.
    if (!this.indicated())
      return this.localize.has('consent.badIndicatedBy')
        ? html`<div part="error" role="alert">${this.localize.t('consent.badIndicatedBy')}</div>`
        : html``;
    const status = this.submission?.status ?? { state: 'idle' };
    return lazy.model!.contentView(this.localize, {
      shown: this.shown(),
      settings: this.settings,
      items: this.items,
      checked: this.checked,
      baseline: this.baseline,
      loadState: this.loadState,
      disabled: this.disabled,
      inForm: !!this.internals.form,
      status,
      nothingChanged: this.message === 'nothingChanged',
      receipt:
        status.state === 'sent' && lazy.receipt ? lazy.receipt.receiptLink(this.localize, status.response) : nothing,
      onToggle: (item, value) => this.toggle(item, value),
      onSave: () => void this.save(),
    });
  }
}
