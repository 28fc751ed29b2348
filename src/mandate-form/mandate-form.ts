import { html, nothing, type PropertyValues, type TemplateResult } from '../core/reactive.js';
import { property } from '../core/props.js';
import { FormAssociatedElement, type FormValue } from '../core/form-associated.js';
import { getConfiguration } from '../core/configure.js';
import { baseStyles } from '../core/theme.js';
import { draftNotice } from '../core/views.js';
import { mandateFormCatalog, type MandateKey } from '../i18n/mandate-form.js';
import type { Mandate } from '../model/mandate.js';
import type { AccessRequest } from '../model/access-request.js';
import type { ContractsScope } from '../model/tree.js';
import { signerName, type Kind, type Party, type Step } from './model.js';
import type { MandateFormConfig } from './config.js';
import type { Schema } from '../model/schema.js';
import { FlowController } from './flow.js';
import { SessionController } from './session.js';
import { PadsController } from './pads.js';
import { Stepper } from './stepper.js';
import { FormTexts } from './texts.js';
import { pad, type FieldView } from './fields.js';
import { grantorStep, type StepView } from './steps.js';
import { LazyParts } from './lazy.js';
import { blockedNotice, blockedReason, signInNotice } from './notices.js';
import { fieldId, PAD, type FormKind, type MandateDocument, type Pad, type RequestDocument } from './types.js';
import type { ReviewView } from './review.js';
import { styles } from './mandate-form.styles.js';

export type { MandateFormConfig } from './config.js';

/** The defaults' schema: what the full schema (config.ts) makes of `{}`, with no issue. */
const DEFAULTS: Schema<MandateFormConfig> = { check: () => ({}) };
export type {
  FormKind,
  MandateDocument,
  RequestDocument,
  SessionAnswer,
  SessionUser,
  SignatureState,
} from './types.js';
export { today } from './types.js';

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
 * Its parts: `flow.ts` (steps, values, seen fields, server errors, drafts), `session.ts`,
 * `pads.ts`, `tree-link.ts`, the templates `steps.ts`, `fields.ts`, `notices.ts`; loaded with
 * `import()`: the later chunk (`later.ts`: the hand-over and mandatary's steps, the error messages
 * and their summary), fetched when the browser is idle after the first paint, and the review chunk
 * (`review.ts`, `documents.ts`: the PDFs and their sending).
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
export class ProcuraMandateForm extends FormAssociatedElement<MandateFormConfig, MandateKey> {
  static override styles = [baseStyles, styles];

  /** The online service this mandate is for. */
  @property() service?: string;
  /** A published definition's URL (`GET /definitions/{id}`), a configuration's JSON URL, or inline JSON. */
  @property() src?: string;
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

  /**
   * Loads `<procura-signature-pad>`'s definition. `procura/mandate-form` sets it to a
   * dynamic import, so the pad is a lazy chunk fetched when a form is first connected
   * (the form renders the tag at once; it upgrades when defined). The class alone
   * (`procura/classes`) leaves the pad's definition to the page, as before.
   */
  static loadPad?: () => Promise<unknown>;

  private flow: FlowController = new FlowController(this, () => ({
    service: this.service,
    services: this.services,
    contracts: this.contracts ?? this.settings?.contracts,
    grantorKind: this.grantorKind,
    kind: this.kind,
    roleAddresses: this.settings?.roleAddresses,
    locale: this.localize.locale,
    definition: this.definitionRef,
    check: this.lazy?.later?.check,
  }));
  private restoring?: Promise<void>;
  private session = new SessionController(
    this,
    () => this.lazy.sessionParts(),
    this.flow,
    () => this.restoring,
  );
  private pads = new PadsController(this, this.flow, () => this.changed());
  private stepper = new Stepper(this, this.flow, this.pads, {
    off: () => !!this.blocked || this.disabled,
    entered: (step) => void (step === 'review' && this.prepare()),
    ready: () => this.lazy.prefetch(),
  });
  private texts = new FormTexts(
    this.localize,
    () => this.flow.isRequest,
    () => this.settings?.serviceNames,
  );
  private lazy: LazyParts = new LazyParts(
    this,
    this.localize,
    (module) =>
      new module.DocumentsController(this, {
        flow: this.flow,
        texts: this.texts,
        session: this.session,
        // The review chunk comes after the later one (lazy.ts).
        backend: this.lazy.backend!,
        settings: () => this.settings,
      }),
    () => (this.constructor as typeof ProcuraMandateForm).loadPad?.(),
  );
  /** While the base reads the configuration: it asks for the schema then only when there is none (the defaults). */
  private readingDefaults = false;

  protected override catalogs() {
    return [mandateFormCatalog];
  }
  protected override configSchema() {
    // Left with its defaults, the form needs no check: the schema makes `{}` of `{}`
    // (test/mandate-form/config-defaults.test.ts), so its first screen waits for no chunk.
    // A configuration given: the schema's code stays out of the first chunk; the form renders once it is checked.
    return this.readingDefaults ? DEFAULTS : import('./config.js').then((m) => m.configSchema);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoring ??= this.flow.restore().then(() => {
      if (this.flow.step === 'review') void this.prepare();
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.restoring, this.lazy.padLoading, this.lazy.linking]);
    await this.stepper.pending;
    // The form's value and validity, a later step and errors wait for the later chunk once there
    // is something to judge (an empty first step is incomplete without it), then for the render it causes.
    if (!this.lazy.later && (this.lazy.loading || this.flow.touched)) await this.lazy.loadLater();
    return super.getUpdateComplete();
  }

  /** Focus goes to the current step's heading (the tree's "go to the form" button uses it). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus(options);
  }

  /** The services asked for: one mandate each. */
  get serviceList(): string[] {
    return this.flow.serviceList;
  }
  /** A written access request for oneself rather than a mandate: the attribute, or the tree's outcome. */
  get isRequest(): boolean {
    return this.flow.isRequest;
  }
  /** The mandates as they would be sent now, one per service (without the PDF's hash). */
  get mandates(): Mandate[] {
    return this.flow.mandates;
  }
  /** The access request as it would be sent now (one service), or undefined for a mandate. */
  get accessRequest(): AccessRequest | undefined {
    return this.flow.accessRequest;
  }

  /** Why the form cannot be used now, or undefined. */
  private get blocked(): string | undefined {
    const { decision, isRequest: request } = this.flow;
    return blockedReason(this.localize, { linked: !!this.for, decision, request });
  }

  // ---- errors

  /** The message beside a field: the server's, or ours once the field was left or the step submitted. */
  private errorOf = (path: string): string | undefined => {
    const flow = this.flow;
    if (flow.server[path]) return flow.server[path];
    const i = flow.seen.has(path) ? flow.issues.find((x) => x.path === path) : undefined;
    if (!i) return undefined;
    // Our messages are in the later chunk: none shows until it is here (updateComplete waits for it).
    const later = this.lazy.later;
    if (!later) return void this.lazy.loadLater();
    // A signature's message is the pad's own (worded for the method chosen) once the pad is defined.
    const own = path.startsWith('signatures.')
      ? this.renderRoot?.querySelector<Pad>(`#${fieldId(path)}`)?.validationMessage
      : undefined;
    return own || later.message(this.texts, path, i.code, flow.personKind);
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) this.followSrc(this.src);
    if (this.for) this.lazy.linkTree(this.flow);
    this.readingDefaults = true;
    super.willUpdate(changed);
    this.readingDefaults = false;
    const flow = this.flow;
    if (changed.has('contractIds') && this.contractIds && !flow.values['scope.contractIds'])
      flow.values = { ...flow.values, 'scope.contractIds': this.contractIds };
    flow.judge();
    this.updateForm();
  }

  // ---- rendering

  protected renderContent(): TemplateResult {
    const t = this.localize;
    const step = this.flow.step;
    // A later step (a draft restored there) shows once its chunk is here: busy meanwhile.
    if (step !== 'grantor' && !this.lazy.later)
      return (void this.lazy.loadLater(), html`<div class="step" aria-busy="true"></div>`);
    if (step === 'done') return html`<div class="step">${this.renderReview()}</div>`;
    const n = this.flow.steps.indexOf(step);
    const name = this.texts.stepName(step);
    const drafts = this.flow.drafts;
    return html`
      ${draftNotice(t, drafts.status, drafts.savedAt)}
      <!-- Live regions stay in the page, empty when there is nothing to say, so that what comes into them is read. -->
      <div role="status" class="live">${blockedNotice(t, this.blocked, { decision: this.flow.decision, toTree: this.lazy.tree?.tree ? this.lazy.tree.focus : undefined })}</div>
      <div role="status" class="live">${this.session.signedOut ? this.signIn(false) : nothing}</div>
      <div class="step">
        ${n >= 0 ? html`<p class="progress">${t.t('mandate.progress', { n: n + 1, total: this.flow.steps.length, name })}</p>` : nothing}
        ${this.heading(0, name, { class: 'step-heading', tabindex: '-1' })}
        ${this.renderStep(step)}
      </div>
    `;
  }

  private renderStep(step: Step): TemplateResult {
    const v = this.stepView();
    if (step === 'grantor') return grantorStep(v);
    const later = this.lazy.later!;
    if (step === 'mandatary') return later.mandataryStep(v, this.disabled);
    if (step !== 'handover') return this.renderReview();
    const status = this.flow.drafts.status;
    const draft = status === 'off' || status === 'unavailable' ? status : 'kept';
    return later.handoverStep(v, draft, getConfiguration().draftDays ?? 30);
  }

  /** The review or the "sent" step, once its chunk is here. */
  private renderReview(): TemplateResult {
    const r = this.lazy.review;
    if (!r) return (void this.lazy.loadReview(), html`<p role="status">${this.localize.t('mandate.preparing')}</p>`);
    const view: ReviewView = {
      texts: this.texts,
      flow: this.flow,
      documents: r.documents,
      signIn: this.session.held && this.session.signedOut ? this.signIn(true) : nothing,
      local: !this.resolvedEndpoint,
      submitOff: r.documents.state !== 'ready' || !!this.blocked || this.disabled,
      off: this.disabled,
      heading: (depth: number, content: unknown, attrs?: Record<string, string>) => this.heading(depth, content, attrs),
      go: (step: Step) => void this.stepper.go(step),
      send: () => void (this.blocked ? undefined : r.documents.send()),
    };
    return this.flow.step === 'done' ? r.module.renderDone(view) : r.module.renderReview(view);
  }

  /** Sending needs a sign-in: said at once (and again at "Envoyer"), with the sign-in link when known. */
  private signIn(alert: boolean): TemplateResult {
    const noDraft = this.flow.drafts.status === 'off' || !this.resolvedDraftKey;
    return signInNotice(this.localize, { alert, noDraft, href: this.session.href(this.signInUrl) });
  }

  private fieldView(): FieldView {
    const { values, bound } = this.flow;
    return { texts: this.texts, values, bound, error: this.errorOf, off: !!this.blocked || this.disabled };
  }

  private stepView(): StepView {
    const f = this.flow;
    const v = this.fieldView();
    const sessionKind = f.bound.size > 0 ? this.session.user?.kind : undefined;
    const heading = (content: string) => this.heading(1, content, { class: 'summary-heading' });
    const focus = (path: string) => this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`)?.focus();
    return {
      ...v,
      request: f.isRequest,
      kind: f.personKind,
      kindFixed: !!(f.fixedKind || sessionKind),
      scope: f.scope,
      scopeFixed: !!f.fixedContracts,
      services: this.service || this.services ? f.serviceList : undefined,
      summary:
        f.summary && this.lazy.later ? this.lazy.later.summary(v, f.summaryPaths(), { focus, heading }) : nothing,
      pad: (party, off) => this.renderPad(v, party, off),
      nextOff: v.off,
      backOff: this.disabled,
      on: { submit: this.stepper.next, input: this.onInput, change: this.onChange, go: (s) => void this.stepper.go(s) },
    };
  }

  private renderPad(v: FieldView, party: Party, off: boolean): TemplateResult {
    const legend = this.texts.padLegend(party);
    const signer = signerName(this.flow.values, party, this.flow.personKind);
    const serverError = this.flow.server[`signatures.${party}`];
    return pad(
      v,
      { party, legend, signer, serverError, off },
      {
        input: () => this.flow.summary && this.requestUpdate(),
        change: (p) => void this.pads.read(party, p),
      },
    );
  }

  // ---- interaction

  private onInput = (e: Event): void => {
    const el = e.target as HTMLInputElement;
    if (!el.name || el.localName === PAD || !el.closest('form')) return;
    this.flow.input(el.name, el.type === 'checkbox' ? el.checked : el.value);
    this.changed();
  };

  /** A field left after a change (or a choice made) shows its errors from now on. */
  private onChange = (e: Event): void => {
    const el = e.target as HTMLInputElement;
    if (!el.name || el.localName === PAD) return;
    if (e.type === 'change') this.onInput(e);
    if (e.type === 'change' || this.flow.values[el.name] !== undefined) this.flow.see(el.name);
  };

  private changed(): void {
    if (this.flow.step === 'review') void this.prepare();
  }

  // ---- form association

  private updateForm(): void {
    const complete = this.flow.checked && !this.flow.issues.length;
    const value = this.flow.isRequest ? this.flow.accessRequest : this.flow.mandates;
    this.setFormValue(complete ? JSON.stringify(value) : null, this.flow.formState());
    this.setValidity(
      this.required && !complete && this.flow.step !== 'done' ? { valueMissing: true } : {},
      this.localize.t('mandate.error.required'),
      this.renderRoot?.querySelector?.('input') ?? undefined,
    );
  }

  protected resetValue(): void {
    this.session.held = false;
    this.flow.reset();
    this.session.fill();
  }

  protected restoreValue(state: FormValue): void {
    try {
      if (typeof state === 'string' || state instanceof FormData) this.flow.restoreState(state);
    } catch {
      /* a state from another version: ignore */
    }
  }

  // ---- the documents (the review chunk)

  private async prepare(): Promise<(MandateDocument | RequestDocument)[] | undefined> {
    return (await this.lazy.loadReview()).documents.prepare();
  }

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

  /**
   * A specimen of this form's PDF with its configuration (title, service names, broker, clauses,
   * logo) around a blank mandate: nobody's data, empty signature boxes. `<procura-studio>` shows it.
   */
  async specimenPdf(service?: string): Promise<Blob> {
    await this.lazy.loadReview();
    const { specimenPdf } = await import('./specimen.js');
    return specimenPdf({ texts: this.texts, cfg: this.settings ?? {}, service: service ?? this.serviceList[0] ?? '' });
  }

  /** Copies a reference to the clipboard; the visible status says whether it worked. */
  async copyReference(ref: string): Promise<void> {
    return (await this.lazy.loadReview()).documents.copyReference(ref);
  }
}
