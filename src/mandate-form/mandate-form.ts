import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FormAssociatedElement, type FormValue } from '../core/form-associated.js';
import { DraftController } from '../core/draft-store.js';
import { SubmissionController, type SubmissionState } from '../core/submission.js';
import { canonicalJson, sha256Hex } from '../core/crypto.js';
import { displayName, getConfiguration } from '../core/configure.js';
import { report } from '../core/errors.js';
import { baseStyles } from '../core/theme.js';
import type { DecisionDetail } from '../core/events.js';
import { mandateFormCatalog } from '../i18n/mandate-form.js';
import { array, object, optional, record, string, type Infer } from '../model/schema.js';
import { localized, pick, type Localized } from '../model/localized.js';
import type { Mandate, Signature } from '../model/mandate.js';
import type { AccessRequest } from '../model/access-request.js';
import type { ContractsScope, TreeDefinition } from '../model/tree.js';
import {
  check,
  fieldsOf,
  COMPANY,
  MANDATARY,
  NATURAL,
  REPRESENTATIVE,
  VALIDITY,
  signerName,
  stepOf,
  toAccessRequest,
  toMandate,
  type Field,
  type Kind,
  type Party,
  type Step,
  type Values,
} from './model.js';
import { styles } from './mandate-form.styles.js';

const configSchema = object({
  /** The site's title, printed at the top of the PDF. */
  title: optional(localized({ max: 300 })),
  /** The site's logo for the PDF (PNG or JPEG). */
  logoUrl: optional(string({ max: 500_000, pattern: /^(https?:\/\/|\/|\.{0,2}\/|data:image\/(png|jpeg);base64,)/ })),
  /** Where to fetch DejaVuSans.ttf (or another Unicode TTF) when a name leaves WinAnsi. */
  fontUrl: optional(string({ max: 2000, pattern: /^(https?:\/\/|\/|\.{0,2}\/|data:)/ })),
  /** Local parts refused as shared addresses; default DEFAULT_ROLE_LOCAL_PARTS. */
  roleAddresses: optional(array(string({ min: 1, max: 64 }), { max: 1000 })),
  /** Display names of the services, by id. */
  serviceNames: optional(record(localized({ max: 300 }))),
});
/** The `config` of `<procura-mandate-form>`, derived from its schema. */
export type MandateFormConfig = Infer<typeof configSchema>;

/** One signature as the form keeps it (and its draft). */
export interface SignatureState {
  method: Signature['method'];
  signedAt: string;
  png?: Blob;
  imageSha256?: string;
  strokes?: unknown;
  typedText?: string;
}
/** One service's mandate, ready to send: the data, its PDF and the PDF's hash. */
export interface MandateDocument {
  service: string;
  mandate: Mandate;
  blob: Blob;
  url: string;
  filename: string;
  sha256: string;
  dataHash: string;
  /** Printed on every page of the PDF. */ documentId: string;
}
/** The access request for oneself, ready to send: the data, its PDF and the PDF's hash. */
export interface RequestDocument {
  service: string;
  request: AccessRequest;
  blob: Blob;
  url: string;
  filename: string;
  sha256: string;
  dataHash: string;
  documentId: string;
}
/** Who the backend knows (`GET /session`): a client's own data prefills the form. */
export interface SessionUser {
  id: string;
  role: string;
  displayName?: string;
  email?: string;
  kind?: Kind;
  givenName?: string;
  familyName?: string;
  birthDate?: string;
  phone?: string;
  legalName?: string;
  enterpriseNumber?: string;
  seat?: string;
  representative?: { givenName?: string; familyName?: string; capacity?: string };
  clientRef?: string;
}
export interface SessionAnswer {
  user: SessionUser | null;
  signInUrl?: string;
}
export type FormKind = 'mandate' | 'access-request';
interface Draft {
  step: Step;
  values: Values;
  sigs: Partial<Record<Party, SignatureState>>;
  decision?: DecisionDetail;
  path?: Localized[][];
  sent?: Record<string, SubmissionState>;
}
type Pad = HTMLElement & {
  validationMessage?: string;
  checkValidity?(): boolean;
  method: string | null;
  signedAt: string | null;
  strokes?: unknown;
  typedText?: string;
  isEmpty(): boolean;
  toPNG(): Promise<Blob | null>;
  restore(d: object): Promise<void>;
};

const STEPS: Step[] = ['grantor', 'handover', 'mandatary', 'review'];
const REQUEST_STEPS: Step[] = ['grantor', 'review'];
/** The fields a session binds: the person's identity, shown read-only once the backend knows it. */
const BOUND = [
  'grantor.givenName',
  'grantor.familyName',
  'grantor.email',
  'grantor.legalName',
  'grantor.enterpriseNumber',
  'grantor.representative.givenName',
  'grantor.representative.familyName',
];
const PAD = 'procura-signature-pad';
const COUNTRIES = ['BE', 'FR', 'LU', 'NL', 'DE', 'CH', 'CA'];
const id = (path: string) => `f-${path.replace(/\W/g, '-')}`;
const done = (s?: SubmissionState) => s?.state === 'sent' || s?.state === 'queued';

/**
 * The mandate form of DOMAIN.md §2: the grantor's part and signature, then the
 * mandatary's, then a review with the PDF (one per service), then the submission
 * through the outbox. Drafts keep every field and both signatures' strokes.
 *
 * With `kind="access-request"`, or when the tree's outcome needs no mandate (000: the
 * policyholder themself, `form: 'access-request'`), it is a written access request: the
 * requester's part and one signature, a review with its own PDF, then `POST /access-requests`.
 *
 * With an endpoint, it asks `GET /session` once: a client's identity is prefilled and shown
 * read-only; a person not signed in is told at once that sending needs a sign-in.
 *
 * @summary A mandate filled and signed by both parties, sent with its PDF.
 * @event procura-submit - Before each mandate or access request is sent (cancelable): `{ kind: 'mandate' | 'access-request', payload }`.
 * @event procura-submitted - The backend accepted a mandate or an access request: `{ kind, response: { id, status, grantId, receipt }, id }` (`SubmittedDetail`: narrow on `kind`).
 * @event procura-queued - The backend is unreachable; the mandate waits in the outbox.
 * @event procura-error - A mandate was refused or the configuration is wrong.
 * @csspart submit - The button that sends the mandate(s).
 * @csspart next - The buttons that move to the next step.
 * @csspart error - The error summary and failure messages.
 * @csspart document - The link to a mandate's PDF.
 * @csspart confirmation - The panel shown after sending: the reference to quote and what happens next.
 * @cssproperty --procura-mandate-form-gap - Space between groups (default 1rem).
 * @cssproperty --procura-mandate-form-field-width - Largest width of a field (default 28rem).
 * @cssproperty --procura-mandate-form-invalid-color - Border of an invalid field (default the danger colour).
 */
export class ProcuraMandateForm extends FormAssociatedElement<MandateFormConfig> {
  static override styles = [baseStyles, styles];

  /** The online service this mandate is for. */
  @property() service?: string;
  /** Several services: one mandate and one PDF for each (space-separated ids). */
  @property() services?: string;
  /** Fixes the contracts the mandatary may see: `all`, `one` or `listed`. */
  @property() contracts?: ContractsScope;
  /** Prefills the contract ids (space- or comma-separated). */
  @property({ attribute: 'contract-ids' }) contractIds?: string;
  /** Fixes the kind of grantor: `natural` or `legal`. */
  @property({ attribute: 'grantor-kind' }) grantorKind?: Kind;
  /** The id of a `<procura-delegation-tree>` whose decision sets the scope. */
  @property({ attribute: 'for' }) for?: string;
  /** `access-request`: a written request for access to one's own space (no mandatary); default `mandate`. */
  @property() kind?: FormKind;
  /** Where a person signs in; else `configure({ signInUrl })`, else the session's answer. */
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;

  @state() private step: Step = 'grantor';
  @state() private values: Values = {};
  @state() private sigs: Partial<Record<Party, SignatureState>> = {};
  @state() private decision?: DecisionDetail;
  /** The decision path's texts: [question, answer] per step, then [outcome]. */
  @state() private path?: Localized[][];
  @state() private server: Record<string, string> = {};
  @state() private summary = false;
  @state() private docs?: (MandateDocument | RequestDocument)[];
  @state() private docsState: 'idle' | 'preparing' | 'ready' | 'failed' | 'font-failed' = 'idle';
  @state() private sent: Record<string, SubmissionState> = {};
  @state() private busy = false;
  /** What `GET /session` answered; `unreachable` when the backend did not answer. */
  @state() private session?: SessionAnswer | 'unreachable';
  /** "Envoyer" was pressed without a session: the sign-in message is repeated there. */
  @state() private signInHeld = false;
  /** The reference whose copy button was pressed, and how it went. */
  @state() private copied?: { ref: string; ok: boolean };
  /** The fields filled from the session, shown read-only. */
  @state() private bound = new Set<string>();

  private seen = new Set<string>();
  private drafts = new DraftController<Draft>(this, {
    key: () => this.resolvedDraftKey,
    version: () => '1',
    enabled: () => true,
  });
  private submission = new SubmissionController(this, 'mandate');
  private requestSubmission = new SubmissionController(this, 'access-request');
  private sessionFor?: string;
  private restoring?: Promise<void>;
  private loaded = false;
  private padSeq = { grantor: 0, mandatary: 0 };
  private padsFilled = new WeakSet<Element>();
  private padQuiet = new WeakSet<Element>();
  private docsKey = '';
  private queuedIds: Record<string, string> = {};
  private issues: ReturnType<typeof check> = [];
  private lazy?: typeof import('./review.js');
  private reviewing?: Promise<typeof import('./review.js')>;
  private padLoading?: Promise<unknown>;

  /**
   * Loads `<procura-signature-pad>`'s definition. `procura/mandate-form` sets it to a
   * dynamic import, so the pad is a lazy chunk fetched when a form is first connected
   * (the form renders the tag at once; it upgrades when defined). The class alone
   * (`procura/classes`) leaves the pad's definition to the page, as before.
   */
  static loadPad?: () => Promise<unknown>;

  constructor() {
    super();
    this.addEventListener('procura-submitted', (e) => {
      const svc = e.detail.id && this.queuedIds[e.detail.id];
      if (svc) this.sent = { ...this.sent, [svc]: { state: 'sent', response: e.detail.response } };
    });
  }

  protected override catalogs() {
    return [mandateFormCatalog];
  }
  protected override configSchema() {
    return configSchema;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoring ??= this.restoreDraft();
    this.padLoading ??= (this.constructor as typeof ProcuraMandateForm)
      .loadPad?.()
      .catch((e) => report(this.localName, 'the signature pad could not be loaded', e));
    this.getRootNode().addEventListener('procura-decision', this.onDecision);
    this.getRootNode().addEventListener('procura-decision-cleared', this.onDecisionCleared);
    void customElements.whenDefined('procura-delegation-tree').then(() => this.readTree());
    this.readTree();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.getRootNode().removeEventListener('procura-decision', this.onDecision);
    this.getRootNode().removeEventListener('procura-decision-cleared', this.onDecisionCleared);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.restoring;
    await this.padLoading;
    return super.getUpdateComplete();
  }

  /** Focus goes to the current step's heading (the tree's "go to the form" button uses it). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus(options);
  }

  // ---- what the attributes, the tree and the values decide

  /** The services asked for: one mandate each. */
  get serviceList(): string[] {
    const list = (this.services ?? '').split(/\s+/).filter(Boolean);
    if (list.length) return list;
    const one = this.service || String(this.values.service ?? '').trim();
    return one ? [one] : [];
  }
  private get fixedKind(): Kind | undefined {
    const form = this.decision?.result.form ?? '';
    return (
      this.grantorKind ??
      (/legal|morale|company/i.test(form) ? 'legal' : /natural|physique/i.test(form) ? 'natural' : undefined)
    );
  }
  private get personKind(): Kind {
    return this.fixedKind ?? (this.values['grantor.kind'] === 'legal' ? 'legal' : 'natural');
  }
  private get fixedContracts(): ContractsScope | undefined {
    return this.contracts ?? this.decision?.result.contracts;
  }
  private get scope(): ContractsScope {
    return this.fixedContracts ?? ((this.values['scope.contracts'] as ContractsScope) || 'all');
  }
  /** A written access request for oneself rather than a mandate: the attribute, or the tree's outcome. */
  get isRequest(): boolean {
    if (this.kind) return this.kind === 'access-request';
    const r = this.decision?.result;
    return !!r && !r.refused && (r.form === 'access-request' || !r.mandate);
  }
  private get steps(): Step[] {
    return this.isRequest ? REQUEST_STEPS : STEPS;
  }
  /** The submission of this kind of form (events and outbox records carry its kind). */
  private get sender(): SubmissionController {
    return this.isRequest ? this.requestSubmission : this.submission;
  }
  /** Why the form cannot be used now, or undefined. */
  private get blocked(): string | undefined {
    if (!this.for) return undefined;
    const d = this.decision;
    if (!d) return this.localize.t('mandate.waiting');
    const reason = pick(d.result.reason ?? d.result.text, this.localize.locale);
    if (d.result.refused) return this.localize.t('mandate.refused', { reason });
    if (!d.result.mandate && !this.isRequest) return this.localize.t('mandate.notNeeded', { reason });
    return undefined;
  }
  /** The backend knows no one: sending needs a sign-in first. */
  private get signedOut(): boolean {
    return typeof this.session === 'object' && this.session.user === null;
  }
  private get signInHref(): string | undefined {
    return (
      this.signInUrl ||
      getConfiguration().signInUrl ||
      (typeof this.session === 'object' ? this.session.signInUrl : undefined) ||
      undefined
    );
  }

  private signatures(): Signature[] {
    return (['grantor', 'mandatary'] as const).flatMap((party) => {
      const s = this.sigs[party];
      return s
        ? [
            {
              party,
              method: s.method,
              signerName: signerName(this.values, party, this.personKind) || '?',
              signedAt: s.signedAt,
              ...(s.imageSha256 && { imageSha256: s.imageSha256 }),
            },
          ]
        : [];
    });
  }
  private context(service: string) {
    return {
      service,
      kind: this.personKind,
      contracts: this.isRequest ? ('all' as const) : this.scope,
      decision: this.decision,
      signatures: this.signatures(),
      locale: this.localize.locale,
    };
  }
  /** The mandates as they would be sent now, one per service (without the PDF's hash). */
  get mandates(): Mandate[] {
    return this.isRequest ? [] : this.serviceList.map((s) => toMandate(this.values, this.context(s)));
  }
  /** The access request as it would be sent now (one service), or undefined for a mandate. */
  get accessRequest(): AccessRequest | undefined {
    const service = this.serviceList[0];
    return this.isRequest && service ? toAccessRequest(this.values, this.context(service)) : undefined;
  }

  // ---- texts

  private label(path: string): string {
    const t = this.localize;
    const key = [
      ...(this.isRequest ? [`mandate.request.${path}`] : []),
      `mandate.${path}`,
      `mandate.${path.split('.').pop()}`,
    ].find((k) => t.has(k));
    return key ? t.t(key) : path;
  }
  private message(path: string, code: string): string {
    const type = [...fieldsOf(this.personKind), ...VALIDITY, ...MANDATARY].find((f) => f[0] === path)?.[1];
    const last = path.split('.').pop();
    const key = [`mandate.error.${code}.${last}`, `mandate.error.${code}.${type}`, `mandate.error.${code}`].find((k) =>
      this.localize.has(k),
    );
    return this.localize.t(key ?? 'core.invalid');
  }
  /** The message beside a field: the server's, or ours once the field was left or the step submitted. */
  private errorOf(path: string): string | undefined {
    if (this.server[path]) return this.server[path];
    const i = this.seen.has(path) && this.issues.find((x) => x.path === path);
    // A signature's message is the pad's own (worded for the method chosen) once the pad is defined.
    const own =
      i && path.startsWith('signatures.')
        ? this.renderRoot?.querySelector<Pad>(`#${id(path)}`)?.validationMessage
        : undefined;
    return i ? own || this.message(path, i.code) : undefined;
  }

  // ---- rendering

  private checkNow() {
    return check(this.values, this.context(this.serviceList[0] ?? ''), {
      roleLocalParts: this.settings?.roleAddresses,
      today: today(),
      request: this.isRequest,
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Who is signed in: asked once per endpoint, never before an endpoint is known.
    const ep = this.resolvedEndpoint;
    if (ep && ep !== this.sessionFor) ((this.sessionFor = ep), void this.readSession());
    if (changed.has('contractIds') && this.contractIds && !this.values['scope.contractIds'])
      this.values = { ...this.values, 'scope.contractIds': this.contractIds };
    this.issues = this.checkNow();
    this.updateForm();
  }

  protected override updated(): void {
    // Brings the kept signatures back into freshly rendered pads.
    for (const pad of this.renderRoot.querySelectorAll<Pad>(PAD)) {
      const party = pad.dataset.party as Party;
      // The step was submitted without this signature: the pad shows its own error (its `invalid` event does it).
      if (pad.getAttribute('aria-invalid') === 'true' && !this.server[`signatures.${party}`])
        void customElements
          .whenDefined(PAD)
          .then(
            async () => (
              await (pad as Pad & { updateComplete?: Promise<unknown> }).updateComplete,
              pad.checkValidity?.()
            ),
          );
      const s = this.sigs[party];
      if (!s || this.padsFilled.has(pad)) continue;
      this.padsFilled.add(pad);
      void customElements.whenDefined(PAD).then(async () => {
        if (!pad.isEmpty()) return;
        this.padQuiet.add(pad);
        try {
          await pad.restore({
            method: s.method,
            strokes: s.strokes,
            typedText: s.typedText,
            png: s.png,
            intent: true,
            signedAt: s.signedAt,
          });
        } catch (e) {
          report(this.localName, 'a signature could not be shown again', e);
        } finally {
          this.padQuiet.delete(pad);
        }
      });
    }
  }

  protected renderContent(): TemplateResult {
    const t = this.localize;
    const steps = this.steps;
    const n = steps.indexOf(this.step);
    const status = this.drafts.status;
    if (this.step === 'done')
      return html`<div class="step">${this.lazy ? this.lazy.render(this as never) : (void this.loadReview(), html`<p role="status">${t.t('mandate.preparing')}</p>`)}</div>`;
    return html`
      ${
        status === 'restored' && this.drafts.savedAt
          ? html`<p class="notice" role="status">${t.t('core.draftRestored', { date: t.date(this.drafts.savedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>`
          : status === 'unavailable'
            ? html`<p class="notice warn">${t.t('core.draftsOff')}</p>`
            : status === 'stale'
              ? html`<p class="notice warn">${t.t('core.draftStale')}</p>`
              : nothing
      }
      <!-- Live regions stay in the page, empty when there is nothing to say, so that what comes into them is read. -->
      <div role="status" class="live">${this.renderBlocked()}</div>
      <div role="status" class="live">${this.signedOut ? this.signInNotice(false) : nothing}</div>
      <div class="step">
        ${n >= 0 ? html`<p class="progress">${t.t('mandate.progress', { n: n + 1, total: steps.length, name: this.stepName() })}</p>` : nothing}
        ${this.heading(0, this.stepName(), { class: 'step-heading', tabindex: '-1' })}
        ${
          this.step === 'grantor'
            ? this.renderGrantor()
            : this.step === 'handover'
              ? this.renderHandover()
              : this.step === 'mandatary'
                ? this.renderMandatary()
                : this.lazy
                  ? this.lazy.render(this as never)
                  : (void this.loadReview(), html`<p role="status">${t.t('mandate.preparing')}</p>`)
        }
      </div>
    `;
  }

  private stepName(): string {
    return this.localize.t(
      this.isRequest && this.step === 'grantor' ? 'mandate.step.request' : `mandate.step.${this.step}`,
    );
  }

  /** Why the form cannot be used yet, and (before the tree is answered) a way to the tree. */
  private renderBlocked(): TemplateResult | typeof nothing {
    const why = this.blocked;
    if (!why) return nothing;
    const waiting = !this.decision;
    return html`<div class="notice warn blocked">
      <p>${this.markedReason(why)}</p>
      ${waiting && this.treeElement() ? html`<p><button type="button" class="to-tree" @click=${this.focusTree}>${this.localize.t('mandate.toTree')}</button></p>` : nothing}
    </div>`;
  }

  /** The tree's reason inside our sentence, marked with its own language when it fell back (WCAG 3.1.2). */
  private markedReason(sentence: string): string | TemplateResult {
    const d = this.decision;
    const text = d && (d.result.reason ?? d.result.text);
    const reason = text && pick(text, this.localize.locale);
    if (!reason || !sentence.includes(reason)) return sentence;
    const at = sentence.indexOf(reason);
    return html`${sentence.slice(0, at)}${this.localize.mark(reason, this.localize.langOf(text))}${sentence.slice(at + reason.length)}`;
  }

  private treeElement(): HTMLElement | null {
    return this.for
      ? ((this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) as HTMLElement | null)
      : null;
  }

  /** Moves the focus to the tree's current question (its `legend` part), else to the tree itself. */
  private focusTree = (): void => {
    const tree = this.treeElement();
    if (!tree) return;
    const root = tree.shadowRoot;
    const target =
      root?.querySelector<HTMLElement>('[part~="legend"]') ??
      root?.querySelector<HTMLElement>('h3[tabindex], h2, h3') ??
      null;
    tree.scrollIntoView?.({ block: 'start' });
    if (target) {
      if (!target.hasAttribute('tabindex') && !target.matches('a, button, input'))
        target.setAttribute('tabindex', '-1');
      target.focus();
    } else {
      if (!tree.hasAttribute('tabindex')) tree.tabIndex = -1;
      tree.focus();
    }
  };

  /** Sending needs a sign-in: said at once (and again at "Envoyer"), with the sign-in link when known. */
  signInNotice(alert: boolean): TemplateResult {
    const t = this.localize;
    const href = this.signInHref;
    const body = html`<p>${t.t(this.drafts.status === 'off' || !this.resolvedDraftKey ? 'mandate.signIn.neededNoDraft' : 'mandate.signIn.needed')}</p>
      ${href ? html`<p><a class="sign-in" href=${href}>${t.t('mandate.signIn.link')}</a></p>` : nothing}`;
    return alert
      ? html`<div class="notice warn sign-in-notice" part="error" role="alert">${body}</div>`
      : html`<div class="notice warn sign-in-notice">${body}</div>`;
  }

  private stepForm(body: TemplateResult, back?: Step): TemplateResult {
    return html`<form novalidate @submit=${this.next} @input=${this.onInput} @change=${this.onChange} @focusout=${this.onChange}>
      ${this.renderSummary()} ${body}
      <div class="actions">
        ${back ? html`<button type="button" @click=${() => this.go(back)}>${this.localize.t('mandate.back')}</button>` : nothing}
        <button type="submit" part="next" class="primary" ?disabled=${!!this.blocked || this.disabled}>${this.localize.t('mandate.next')}</button>
      </div>
    </form>`;
  }

  private renderGrantor(): TemplateResult {
    const t = this.localize;
    const off = !!this.blocked || this.disabled;
    const legal = this.personKind === 'legal';
    const scope = this.scope;
    const request = this.isRequest;
    const sessionKind = this.bound.size > 0 && typeof this.session === 'object' ? this.session.user?.kind : undefined;
    return this.stepForm(html`
      ${this.fixedKind || sessionKind ? nothing : this.radios('grantor.kind', ['natural', 'legal'], this.personKind, request ? 'mandate.request.legend.kind' : 'mandate.legend.kind', 'mandate.kind', off)}
      ${this.bound.size ? html`<p class="hint" id="bound-hint">${t.t('mandate.fromAccount')}</p>` : nothing}
      ${
        legal
          ? html`${this.fieldset('mandate.legend.company', COMPANY, off)}${this.fieldset('mandate.legend.representative', REPRESENTATIVE, off)}`
          : this.fieldset(request ? 'mandate.legend.requester' : 'mandate.legend.grantor', NATURAL, off)
      }
      ${
        request
          ? this.requestAccess(off)
          : html`<fieldset ?disabled=${off}>
        <legend>${t.t('mandate.legend.access')}</legend>
        ${this.service || this.services ? html`<p>${this.label('service')} : <strong>${t.list(this.serviceList.map((s) => this.serviceName(s)))}</strong></p>` : this.input(['service', 'text', 'off', 1])}
        ${
          this.fixedContracts
            ? html`<p>${this.label('scope.contracts')} : <strong>${t.t(`mandate.contracts.${scope}`)}</strong></p>`
            : this.radios(
                'scope.contracts',
                ['all', 'one', 'listed'],
                scope,
                'mandate.scope.contracts',
                'mandate.contracts',
                off,
              )
        }
        ${scope === 'all' ? nothing : this.input(['scope.contractIds', 'text', 'off', 1])}
        <label class="choice"><input type="checkbox" name="scope.includeFuture" .checked=${live(this.values['scope.includeFuture'] === true)} />${t.t('mandate.includeFuture')}</label>
      </fieldset>
      ${this.fieldset('mandate.legend.validity', VALIDITY, off)}`
      }
      ${this.pad('grantor', off)}
    `);
  }

  /** The access asked for oneself: the service, and always every contract, future ones included (000). */
  private requestAccess(off: boolean): TemplateResult {
    const t = this.localize;
    return html`<fieldset ?disabled=${off}>
      <legend>${t.t('mandate.request.legend.access')}</legend>
      ${this.service || this.services ? html`<p>${this.label('service')} : <strong>${this.serviceName(this.serviceList[0])}</strong></p>` : this.input(['service', 'text', 'off', 1])}
      <p>${this.label('scope.contracts')} : <strong>${t.t('mandate.contracts.all')}</strong></p>
      <p>${t.t('mandate.request.future')}</p>
    </fieldset>`;
  }

  private renderMandatary(): TemplateResult {
    return this.stepForm(
      html`${this.fieldset('mandate.legend.mandatary', MANDATARY, this.disabled)} ${this.pad('mandatary', this.disabled)}`,
      'handover',
    );
  }

  private renderHandover(): TemplateResult {
    const t = this.localize;
    return html`<p>${t.t('mandate.handover.text')}</p>
      <p>${this.drafts.status === 'off' ? t.t('mandate.handover.noDraft') : this.drafts.status === 'unavailable' ? t.t('core.draftsOff') : t.t('mandate.handover.later', { days: getConfiguration().draftDays ?? 30 })}</p>
      <div class="actions">
        <button type="button" @click=${() => this.go('grantor')}>${t.t('mandate.back')}</button>
        <button type="button" part="next" class="primary" @click=${() => this.go('mandatary')}>${t.t('mandate.handover.continue')}</button>
      </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.summary) return nothing;
    const items = [...new Set([...this.issues.map((i) => i.path), ...Object.keys(this.server)])]
      .filter((p) => stepOf(p) === this.step && this.errorOf(p))
      .map((path) => ({ path }));
    if (!items.length) return nothing;
    return html`<div part="error" class="summary" role="alert">
      ${this.heading(1, this.localize.t('mandate.summary', { count: items.length }), { class: 'summary-heading' })}
      <ul>
        ${items.map(
          (i) =>
            html`<li><a href="#${id(i.path)}" @click=${(e: Event) => (e.preventDefault(), this.focusField(i.path))}>${this.localize.t('mandate.summaryItem', { field: this.label(i.path.startsWith('signatures.') ? `signature.${i.path.slice(11)}` : i.path), message: this.errorOf(i.path)! })}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  private fieldset(legend: string, fields: Field[], off: boolean): TemplateResult {
    return html`<fieldset ?disabled=${off}><legend>${this.localize.t(legend)}</legend>${fields.map((f) => this.input(f))}</fieldset>`;
  }

  private input([path, type, ac, req]: Field): TemplateResult {
    const t = this.localize;
    const err = this.errorOf(path);
    const hint = [
      ...(this.isRequest ? [`mandate.request.${path}.hint`] : []),
      `mandate.${path}.hint`,
      `mandate.${path.split('.').pop()}.hint`,
    ].find((k) => t.has(k));
    const fid = id(path);
    const ro = this.bound.has(path);
    const describedBy =
      [hint && `h-${fid}`, ro && 'bound-hint', err && `e-${fid}`].filter(Boolean).join(' ') || nothing;
    const value = String(this.values[path] ?? (type === 'country' ? 'BE' : ''));
    const today_ = today();
    const control =
      type === 'textarea'
        ? html`<textarea id=${fid} name=${path} autocomplete=${ac} ?required=${!!req} aria-invalid=${err ? 'true' : nothing} aria-describedby=${describedBy} .value=${live(value)}></textarea>`
        : type === 'country'
          ? html`<select id=${fid} name=${path} autocomplete=${ac} aria-describedby=${describedBy} .value=${live(value)}>
              ${COUNTRIES.map((c) => html`<option value=${c} ?selected=${c === value}>${region(t.locale, c)}</option>`)}
            </select>`
          : html`<input id=${fid} name=${path} type=${type} autocomplete=${ac} ?required=${!!req} ?readonly=${ro} aria-invalid=${err ? 'true' : nothing} aria-describedby=${describedBy}
              min=${type === 'date' && path !== 'grantor.birthDate' ? today_ : nothing} max=${path === 'grantor.birthDate' ? today_ : nothing}
              inputmode=${path.endsWith('enterpriseNumber') ? 'numeric' : nothing} .value=${live(value)} />`;
    return html`<div class="field">
      <label for=${fid}>${this.label(path)} ${req ? nothing : html`<span class="opt">${t.t('mandate.optional')}</span>`}${ro ? html` <span class="opt">${t.t('mandate.readonly')}</span>` : nothing}</label>
      ${hint ? html`<p class="hint" id="h-${fid}">${t.t(hint)}</p>` : nothing} ${control}
      ${err ? html`<p class="field-error" id="e-${fid}">${err}</p>` : nothing}
    </div>`;
  }

  private radios(
    path: string,
    options: string[],
    current: string,
    legend: string,
    prefix: string,
    off: boolean,
  ): TemplateResult {
    return html`<fieldset ?disabled=${off}>
      <legend>${this.localize.t(legend)}</legend>
      ${options.map((o) => html`<label class="choice"><input type="radio" name=${path} value=${o} .checked=${live(current === o)} />${this.localize.t(`${prefix}.${o}`)}</label>`)}
    </fieldset>`;
  }

  /**
   * The pad shows its own error, inside its shadow root, on the control it is about and worded
   * for the method chosen; the form only asks it to show it (and repeats it in the summary).
   * A server's message about a signature, which the pad cannot know, stays beside it.
   */
  private pad(party: Party, off: boolean): TemplateResult {
    const path = `signatures.${party}`;
    const err = this.errorOf(path);
    const serverErr = this.server[path];
    return html`<fieldset ?disabled=${off}>
      <legend>${this.localize.t(this.isRequest ? 'mandate.signature.requester' : `mandate.signature.${party}`)}</legend>
      <procura-signature-pad id=${id(path)} data-party=${party} name=${path} required no-draft methods="drawn uploaded typed"
        signer-name=${signerName(this.values, party, this.personKind)} lang=${this.localize.locale} aria-invalid=${err ? 'true' : nothing}
        @input=${() => this.summary && this.requestUpdate()}
        @change=${(e: Event) => this.readPad(party, e.currentTarget as Pad)}></procura-signature-pad>
      ${serverErr ? html`<p class="field-error" id="e-${id(path)}" role="alert">${serverErr}</p>` : nothing}
    </fieldset>`;
  }

  /** A service's display name: this form's `serviceNames`, else the page's `configure({ services })`, else its id. */
  private serviceName(s: string): string {
    const n = this.settings?.serviceNames?.[s];
    return n ? pick(n, this.localize.locale) || s : displayName('services', s, this.localize.locale);
  }

  // ---- interaction

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    if (!el.name || el.localName === PAD || !el.closest('form') || this.bound.has(el.name)) return;
    this.values = { ...this.values, [el.name]: el.type === 'checkbox' ? el.checked : el.value };
    if (this.server[el.name])
      this.server = Object.fromEntries(Object.entries(this.server).filter(([p]) => p !== el.name));
    this.changed();
  }

  /** A field left after a change (or a choice made) shows its errors from now on. */
  private onChange(e: Event): void {
    const el = e.target as HTMLInputElement;
    if (!el.name || el.localName === PAD) return;
    if (e.type === 'change' || (e.type === 'focusout' && this.values[el.name] !== undefined)) {
      if (e.type === 'change') this.onInput(e);
      if (!this.seen.has(el.name)) (this.seen.add(el.name), this.requestUpdate());
    }
  }

  private async readPad(party: Party, pad: Pad): Promise<void> {
    if (this.padQuiet.has(pad)) return;
    const seq = ++this.padSeq[party];
    const png = pad.isEmpty() ? null : await pad.toPNG();
    if (seq !== this.padSeq[party]) return;
    const sigs = { ...this.sigs };
    if (png)
      sigs[party] = {
        method: (pad.method as Signature['method']) ?? 'drawn',
        signedAt: pad.signedAt ?? new Date().toISOString(),
        png,
        imageSha256: await sha256Hex(png),
        strokes: pad.strokes,
        typedText: pad.typedText,
      };
    else delete sigs[party];
    this.sigs = sigs;
    this.padsFilled.add(pad);
    this.seen.add(`signatures.${party}`);
    this.changed();
  }

  private changed(): void {
    this.saveDraft();
    if (this.step === 'review') void this.prepare();
  }

  private async next(e: Event): Promise<void> {
    e.preventDefault();
    if (this.blocked || this.disabled) return;
    const step = this.step;
    for (const [p] of [...fieldsOf(this.personKind), ...VALIDITY, ...MANDATARY])
      if (stepOf(p) === step) this.seen.add(p);
    ['service', 'scope.contractIds', `signatures.${step}`].forEach((p) => this.seen.add(p));
    this.issues = this.checkNow();
    if (this.issues.some((i) => stepOf(i.path) === step)) {
      this.summary = true;
      await this.updateComplete;
      const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    await this.go(step === 'grantor' && !this.isRequest ? 'handover' : 'review');
  }

  private focusField(path: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${id(path)}`)?.focus();
  }

  private async go(step: Step): Promise<void> {
    this.step = step;
    this.summary = false;
    this.saveDraft();
    if (step === 'review') void this.prepare();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
  }

  // ---- the tree

  private onDecision = (e: Event): void => {
    if (this.for && (e.target as Element)?.id === this.for)
      this.applyDecision((e as CustomEvent<DecisionDetail>).detail, e.target as Element);
  };

  /** The person changed an answer in the tree: its earlier decision no longer sets the scope. */
  private onDecisionCleared = (e: Event): void => {
    if (!this.for || (e.target as Element)?.id !== this.for || !this.decision) return;
    this.decision = undefined;
    this.path = undefined;
    this.saveDraft();
  };

  private readTree(): void {
    if (!this.for) return;
    const tree = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) as
      (Element & { decision?: DecisionDetail }) | null;
    if (tree?.decision) this.applyDecision(tree.decision, tree);
  }

  private applyDecision(d: DecisionDetail, tree: Element): void {
    const clean = JSON.parse(JSON.stringify(d)) as DecisionDetail;
    if (canonicalJson(clean) === canonicalJson(this.decision)) return;
    this.decision = clean;
    const def = (tree as Element & { definition?: TreeDefinition }).definition;
    this.path = def
      ? [
          ...d.answers.map((a) => {
            const q = def.questions[a.question];
            return [q?.text ?? a.question, q?.options.find((o) => o.id === a.option)?.label ?? a.option];
          }),
          [d.result.text],
        ]
      : undefined;
    this.saveDraft();
  }

  // ---- drafts and form association

  private async restoreDraft(): Promise<void> {
    const d = await this.drafts.restore().catch(() => undefined);
    if (d) {
      this.values = { ...d.values, ...this.values };
      this.sigs = d.sigs ?? {};
      this.step = d.step;
      this.decision ??= d.decision;
      this.path ??= d.path;
      this.sent = d.sent ?? {};
      for (const p of Object.keys(this.values)) this.seen.add(p);
    }
    this.loaded = true;
    if (this.step === 'review') void this.prepare();
  }

  private saveDraft(): void {
    if (!this.loaded || this.step === 'done') return;
    const sent = Object.fromEntries(Object.entries(this.sent).filter(([, s]) => done(s)));
    void this.drafts.save({
      step: this.step,
      values: this.values,
      sigs: this.sigs,
      decision: this.decision,
      path: this.path,
      sent,
    });
  }

  private updateForm(): void {
    const complete = !this.issues.length;
    this.setFormValue(
      complete ? JSON.stringify(this.isRequest ? this.accessRequest : this.mandates) : null,
      JSON.stringify(this.values),
    );
    this.setValidity(
      this.required && !complete && this.step !== 'done' ? { valueMissing: true } : {},
      this.localize.t('mandate.error.required'),
      this.renderRoot?.querySelector?.('input') ?? undefined,
    );
  }

  protected resetValue(): void {
    Object.assign(this, {
      values: {},
      sigs: {},
      step: 'grantor',
      server: {},
      sent: {},
      summary: false,
      signInHeld: false,
    });
    this.bound = new Set();
    if (typeof this.session === 'object' && this.session.user) this.prefill(this.session.user);
    this.seen.clear();
    void this.drafts.clear();
  }

  protected restoreValue(state: FormValue): void {
    try {
      if (typeof state === 'string') this.values = JSON.parse(state) as Values;
    } catch {
      /* a state from another version: ignore */
    }
  }

  // ---- the PDF and the submission

  /** Prepares (or returns the already prepared) mandates with their PDFs, one per service. */
  async documents(): Promise<MandateDocument[]> {
    await this.restoring;
    return ((await this.prepare()) ?? []).filter((d): d is MandateDocument => 'mandate' in d);
  }

  /** Prepares (or returns) the access request with its PDF; undefined when this form is a mandate. */
  async requestDocument(): Promise<RequestDocument | undefined> {
    await this.restoring;
    return ((await this.prepare()) ?? []).find((d): d is RequestDocument => 'request' in d);
  }

  // ---- who is signed in

  private async readSession(): Promise<void> {
    const ep = this.sessionFor;
    let answer: SessionAnswer | 'unreachable';
    try {
      const a = await this.submission.client?.request<SessionAnswer>('/session', {
        retries: 1,
        locale: this.resolvedLocale,
      });
      if (!a || typeof a !== 'object' || !('user' in a)) return;
      answer = a;
    } catch {
      // Unreachable, or no such route: nothing is said about signing in (the outbox keeps a submission).
      answer = 'unreachable';
    }
    await this.restoring;
    if (ep !== this.sessionFor) return;
    this.session = answer;
    if (answer !== 'unreachable' && answer.user) this.prefill(answer.user);
  }

  /** A client's own data fills the grantor's (or requester's) part; the identity is then read-only. */
  private prefill(u: SessionUser): void {
    if (u.role !== 'client') return;
    const kind = this.fixedKind ?? u.kind ?? 'natural';
    const g = 'grantor.';
    const id: Values = {
      ...(u.email && { [`${g}email`]: u.email }),
      ...(kind === 'legal'
        ? {
            [`${g}legalName`]: u.legalName,
            [`${g}enterpriseNumber`]: u.enterpriseNumber,
            [`${g}representative.givenName`]: u.representative?.givenName,
            [`${g}representative.familyName`]: u.representative?.familyName,
          }
        : { [`${g}givenName`]: u.givenName, [`${g}familyName`]: u.familyName }),
    };
    const soft: Values =
      kind === 'legal'
        ? {
            [`${g}seat`]: u.seat,
            [`${g}representative.capacity`]: u.representative?.capacity,
            [`${g}phone`]: u.phone,
            [`${g}clientRef`]: u.clientRef,
          }
        : { [`${g}birthDate`]: u.birthDate, [`${g}phone`]: u.phone, [`${g}clientRef`]: u.clientRef };
    const values = { ...this.values };
    if (!this.fixedKind && u.kind) values['grantor.kind'] = u.kind;
    for (const [p, v] of Object.entries(soft)) if (v && !values[p]) values[p] = v;
    const bound = new Set<string>();
    for (const [p, v] of Object.entries(id)) if (v && BOUND.includes(p)) ((values[p] = v), bound.add(p));
    this.values = values;
    this.bound = bound;
    this.saveDraft();
  }

  /** Copies a reference to the clipboard; the visible status says whether it worked. */
  async copyReference(ref: string): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(ref);
      ok = true;
    } catch {
      // No clipboard permission (an embedded frame, an old browser): the older command, on a selection.
      const area = Object.assign(document.createElement('textarea'), { value: ref });
      area.setAttribute('readonly', '');
      area.style.cssText = 'position:fixed;opacity:0';
      this.renderRoot.appendChild(area);
      area.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      area.remove();
    }
    this.copied = { ref, ok };
  }

  private loadReview(): Promise<typeof import('./review.js')> {
    return (this.reviewing ??= import('./review.js').then((m) => ((this.lazy = m), this.requestUpdate(), m)));
  }

  private async prepare(): Promise<(MandateDocument | RequestDocument)[] | undefined> {
    return (await this.loadReview()).prepare(this as never);
  }
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function region(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
