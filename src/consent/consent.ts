import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociatedElement, type FormValue } from '../core/form-associated.js';
import { SubmissionController, type SubmissionState } from '../core/submission.js';
import { canonicalJson, sha256Hex, uuid } from '../core/crypto.js';
import { receiptLink } from '../core/receipt.js';
import { baseStyles } from '../core/theme.js';
import { emit } from '../core/events.js';
import { pick, type Localized } from '../model/localized.js';
import type { Issue } from '../model/schema.js';
import type { ConsentRecord } from '../model/consent.js';
import { consentCatalog } from '../i18n/consent.js';
import { consentConfig, resolvePurposes, checkNotice, type ConsentConfig } from './config.js';
import { checkedFor, decisionsFor, stateOf, type PurposeState } from './decisions.js';
import type { ResolvedPurpose, Text } from './presets.js';
import { styles } from './consent.styles.js';

/** A label that already says "I object" in one of the kit's languages. */
const OBJECTION = /^(je m['’]oppose|i object|ik maak bezwaar|ik verzet me)/i;
const ROLES = ['subject', 'mandatary', 'staff'] as const;

/** Exactly what the person reads, in their language: rendered from here, and hashed as the proof. */
export interface ShownNotice {
  locale: string;
  title: string;
  intro: string;
  notice: {
    title: string;
    controller: string;
    contact: string;
    dpo?: string;
    purposes: string;
    transfers: string;
    rights: string;
    retention: string;
    policy: string;
    policyUrl: string;
  };
  purposes: {
    id: string;
    basis: string;
    version: string;
    label: string;
    description?: string;
    recipients?: string;
    transfers?: string;
  }[];
}

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
export class ProcuraConsent extends FormAssociatedElement<ConsentConfig> {
  static override styles = [baseStyles, styles];

  /** A named set of presets: `insurance-prospection`. */
  @property() preset?: string;
  /** Preset purpose ids, separated by spaces or commas. */
  @property({ attribute: 'purposes' }) purposeIds?: string;
  /** A pseudonymous reference to the person (a client number); its current state is loaded. */
  @property() subject?: string;
  /** Who expresses the choice: `subject`, `mandatary` or `staff`, optionally `:reference`. */
  @property({ attribute: 'indicated-by' }) indicatedBy?: string;

  @state() private items: ResolvedPurpose[] = [];
  @state() private checked = new Map<string, boolean>();
  @state() private loadState: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
  @state() private message?: 'nothingChanged';
  /** The stored state per purpose; `known` is false while it is loading or when it could not be read. */
  private baseline = new Map<string, PurposeState>();
  private known = true;
  private touchedAt = new Map<string, string>();
  private resolved: ResolvedPurpose[] = [];
  private submission = new SubmissionController(this, 'consent');
  private loadKey = '';
  private hashCache?: { json: string; sha: string };
  private boundForm: HTMLFormElement | null = null;
  private onFormSubmit = () => void this.save();

  protected override catalogs() {
    return [consentCatalog];
  }

  protected override configSchema() {
    return consentConfig;
  }

  protected override checkConfig(value: ConsentConfig, issues: Issue[]): void {
    this.resolved = resolvePurposes(value, { preset: this.preset, purposes: this.purposeIds }, issues);
    checkNotice(value, issues);
  }

  protected override configChanged(): void {
    this.items = this.resolved;
    const next = new Map<string, boolean>();
    for (const p of this.items) next.set(p.id, this.checked.get(p.id) ?? checkedFor(p.basis, this.baseline.get(p.id)));
    this.checked = next;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.bindForm(this.internals.form);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.bindForm(null);
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.bindForm(form);
    this.requestUpdate();
  }

  /** Inside a form, the record is sent when the form is submitted. */
  private bindForm(form: HTMLFormElement | null): void {
    if (form === this.boundForm) return;
    this.boundForm?.removeEventListener('submit', this.onFormSubmit);
    this.boundForm = form;
    form?.addEventListener('submit', this.onFormSubmit);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The attributes feed the purposes: have the configuration read again.
    if (changed.has('preset') || changed.has('purposeIds')) changed.set('config', this.config);
    super.willUpdate(changed);
  }

  protected override updated(): void {
    const client = this.subject && this.settings ? this.submission.client : undefined;
    const key = client ? `${client.endpoint}|${this.subject}` : '';
    if (key !== this.loadKey) {
      this.loadKey = key;
      if (client) void this.load(key, this.subject!);
      else this.setBaseline(new Map(), 'idle');
    }
    this.syncForm();
  }

  private async load(key: string, subject: string): Promise<void> {
    this.known = false;
    this.loadState = 'loading';
    try {
      const res = await this.submission.client!.request<{ state?: Record<string, PurposeState> }>(
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
    this.submission.reset();
    this.setBaseline(this.baseline, this.loadState === 'loaded' ? 'loaded' : 'idle');
  }

  protected restoreValue(state: FormValue): void {
    if (typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as Record<string, boolean>;
      const next = new Map(this.checked);
      const at = new Date().toISOString();
      for (const [id, v] of Object.entries(saved))
        if (typeof v === 'boolean') (next.set(id, v), this.touchedAt.set(id, at));
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
    if (this.submission.status.state !== 'sending') this.submission.reset();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private text(t: Text | undefined): string {
    if (t === undefined) return '';
    const locale = this.localize.locale;
    if (typeof t === 'object' && 'key' in t && typeof t.key === 'string') {
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(t.params ?? {})) params[k] = pick(v, locale);
      return this.localize.t(t.key, params);
    }
    return pick(t as Localized, locale);
  }

  /** The language `text()` takes for `t` (undefined for a single text, which has none). */
  private textLang(t: Text | undefined): string | undefined {
    if (t === undefined) return undefined;
    if (typeof t === 'object' && 'key' in t && typeof t.key === 'string') return this.localize.lang(t.key);
    return this.localize.langOf(t as Localized);
  }

  /** The texts as shown now, in this locale. */
  shown(): ShownNotice {
    const s = this.settings;
    const t = (k: string, p?: Record<string, string>) => this.localize.t(k, p);
    const l = (x?: Localized) => pick(x, this.localize.locale);
    const contact = l(s.controller.contact);
    return {
      locale: this.localize.locale,
      title: s.title ? l(s.title) : t('consent.title'),
      intro: t('consent.intro'),
      notice: {
        title: t('consent.notice.title'),
        controller: t('consent.notice.controller', { name: l(s.controller.name), address: l(s.controller.address) }),
        contact: t('consent.notice.contact', { contact }),
        dpo: s.controller.dpo ? t('consent.notice.dpo', { dpo: l(s.controller.dpo) }) : undefined,
        purposes: t('consent.notice.purposes'),
        transfers: t(
          this.items.some((p) => p.transfersOutsideEU) ? 'consent.notice.someTransfers' : 'consent.notice.noTransfer',
        ),
        rights: s.rights ? l(s.rights) : t('consent.notice.rights', { contact }),
        retention: s.retention ? l(s.retention) : t('consent.notice.retention'),
        policy: t('consent.notice.policy'),
        policyUrl: l(s.policyUrl),
      },
      purposes: this.items.map((p) => {
        const label = this.text(p.label);
        const recipients = p.recipients?.map((r) => this.text(r)).filter(Boolean);
        return {
          id: p.id,
          basis: p.basis,
          version: p.version,
          label: p.basis === 'opposition' && !OBJECTION.test(label) ? t('consent.objectTo', { label }) : label,
          description: this.text(p.description) || undefined,
          recipients: recipients?.length
            ? t('consent.recipients', { list: this.localize.list(recipients) })
            : undefined,
          transfers: p.transfersOutsideEU
            ? t('consent.transfers', { text: this.text(p.transfersOutsideEU) })
            : undefined,
        };
      }),
    };
  }

  /** SHA-256 of the canonical JSON of the texts shown now. */
  async noticeSha256(): Promise<string> {
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
    const now = new Date().toISOString();
    const decisions = decisionsFor(this.items, this.checked, this.baseline, this.known, this.touchedAt, now);
    if (!decisions.length) return undefined;
    return {
      recordId: uuid(),
      ...(this.subject && { subject: this.subject }),
      indicatedBy,
      noticeVersion: this.settings.noticeVersion,
      noticeSha256: await this.noticeSha256(),
      locale: this.localize.locale,
      decisions,
      collectedAt: now,
      // The origin only: a path or a query may carry personal data.
      source: `${location.origin}#${this.id || this.name || this.localName}`,
    };
  }

  /** Records the changes and sends them (`POST /consents` through the outbox). */
  async save(): Promise<SubmissionState | undefined> {
    this.touched = true;
    const record = await this.record();
    if (!record) {
      this.message = 'nothingChanged';
      return undefined;
    }
    this.message = undefined;
    const result = await this.submission.submit('/consents', record, { id: record.recordId });
    if (result.state === 'sent' || result.state === 'queued' || result.state === 'local') {
      for (const d of record.decisions) {
        this.baseline.set(d.purpose, { state: d.state, at: d.at, basis: d.basis });
        this.touchedAt.delete(d.purpose);
      }
      if (!this.touchedAt.size) this.known = true;
      this.requestUpdate();
    }
    return result;
  }

  protected override renderContent(): TemplateResult {
    if (!this.indicated())
      return html`<div part="error" role="alert">${this.localize.t('consent.badIndicatedBy')}</div>`;
    const shown = this.shown();
    const n = shown.notice;
    const s = this.settings;
    // A site's text or a key that fell back to another language is marked with its own (WCAG 3.1.2).
    const mark = (text: string, lang: string | undefined) => this.localize.mark(text, lang);
    const key = (k: string) => this.localize.lang(k);
    const standalone = !this.internals.form;
    const busy = this.submission.status.state === 'sending';
    return html`
      <div part="notice">
        <p><strong>${mark(n.title, key('consent.notice.title'))}</strong></p>
        <p>${n.controller}</p>
        <p>${n.contact}</p>
        ${n.dpo ? html`<p>${n.dpo}</p>` : nothing}
        <p>${n.purposes}</p>
        <p>${n.transfers}</p>
        <p>${mark(n.rights, s.rights ? this.localize.langOf(s.rights) : key('consent.notice.rights'))}</p>
        <p>${mark(n.retention, s.retention ? this.localize.langOf(s.retention) : key('consent.notice.retention'))}</p>
        <p><a part="policy" href=${n.policyUrl} target="_blank" rel="noopener">${n.policy}</a></p>
      </div>
      <div role="status" class="load-status">${this.loadState === 'loading' ? html`<p class="notice">${this.localize.t('consent.loading')}</p>` : nothing}</div>
      ${this.loadState === 'failed' ? html`<p class="notice warn">${this.localize.t('consent.loadFailed')}</p>` : nothing}
      <fieldset part="purposes" ?disabled=${this.disabled}>
        <legend part="legend">${mark(shown.title, s.title ? this.localize.langOf(s.title) : key('consent.title'))}</legend>
        <p class="intro">${shown.intro}</p>
        ${shown.purposes.map((p, i) => {
          const item = this.items[i];
          const stored = this.stateLine(item);
          return html`<div part="purpose" data-purpose=${p.id} data-basis=${p.basis}>
            <input type="checkbox" id="p${i}" .checked=${this.checked.get(p.id) ?? false} aria-describedby="d${i}" @change=${(e: Event) => this.toggle(item, (e.target as HTMLInputElement).checked)} />
            <label part="label" for="p${i}">${p.label === this.text(item.label) ? mark(p.label, this.textLang(item.label)) : p.label}</label>
            <div part="description" id="d${i}">
              ${p.description ? html`<p>${mark(p.description, this.textLang(item.description))}</p>` : nothing}
              ${p.recipients ? html`<p>${p.recipients}</p>` : nothing}
              ${p.transfers ? html`<p>${p.transfers}</p>` : nothing}
              ${stored ? html`<p class="state">${stored}</p>` : nothing}
            </div>
          </div>`;
        })}
      </fieldset>
      ${
        standalone
          ? html`<div class="actions">
            <button part="submit" type="button" ?disabled=${this.disabled} aria-disabled=${busy ? 'true' : nothing} @click=${() => busy || void this.save()}>${this.localize.t('consent.save')}</button>
          </div>`
          : nothing
      }
      ${this.renderStatus()}
      ${this.submission.status.state === 'sent' ? receiptLink(this.localize, this.submission.status.response) : nothing}
    `;
  }

  private stateLine(p: ResolvedPurpose): string | undefined {
    const s = this.baseline.get(p.id);
    if (!s || s.basis !== p.basis) return undefined;
    const date = this.localize.date(s.at);
    if (p.basis === 'opposition' && s.state === 'given') return this.localize.t('consent.state.notObjected', { date });
    return this.localize.t(`consent.state.${s.state}`, { date });
  }

  /**
   * Both regions are always there, empty until they speak (WCAG 4.1.3): a region that enters
   * the accessibility tree already filled is often not read.
   */
  private renderStatus(): TemplateResult {
    const s = this.submission.status;
    const failed = s.state === 'failed' ? this.localize.t('core.failed', { message: s.message }) : '';
    const msg =
      this.message === 'nothingChanged'
        ? this.localize.t('consent.nothingChanged')
        : s.state === 'sending'
          ? this.localize.t('core.sending')
          : s.state === 'sent'
            ? this.localize.t('consent.saved')
            : s.state === 'queued'
              ? this.localize.t('core.queued')
              : s.state === 'local'
                ? this.localize.t('core.localOnly')
                : s.state === 'cancelled'
                  ? this.localize.t('core.cancelled')
                  : '';
    return html`<div role="alert" class="alert" part=${failed ? 'error' : nothing}>${failed}</div><p role="status">${msg}</p>`;
  }
}
