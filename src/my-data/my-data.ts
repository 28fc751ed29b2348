import { html, nothing, type PropertyValues, type TemplateResult } from '../core/reactive.js';
import { property, state } from '../core/props.js';
import { BackendController } from '../core/backend-controller.js';
import { ProcuraElement } from '../core/base-element.js';
import type { ProblemError } from '../core/errors.js';
import { emit, type SubmittedDetail } from '../core/events.js';
import { report } from '../core/report.js';
import { baseStyles } from '../core/theme.js';
import { submissionStatus } from '../core/views.js';
import { myDataCatalog, type MyDataKey } from '../i18n/my-data.js';
import { myDataActCatalog } from '../i18n/my-data-act.js';
import type { CorrectableField, MyData, RightsKind, RightsRequest } from '../model/rights.js';
import { styles } from './my-data.styles.js';
import type { FormView } from './requests-view.js';
import { fetchMyData, type FormErrors, type RequestForm } from './store.js';
import type { SheetView } from './summary-view.js';
import type * as Sheet from './sheet.js';
import type * as ControllerPart from './controller-part.js';
import type * as Act from './act.js';
import type * as Send from './send.js';
import { MyDataTexts } from './texts.js';

import type { MyDataConfig } from './config.js';

export type { MyDataConfig } from './config.js';

/** A configuration is given: the `config` property, or a child JSON script with something in it. */
const configGiven = (el: HTMLElement & { config?: unknown }) =>
  el.config !== undefined ||
  [...el.children].some(
    (c) => c instanceof HTMLScriptElement && c.type === 'application/json' && !!c.textContent?.trim(),
  );

/** Who the office is to the person: their broker, the broker of the client they act for, their employer. */
const INTRO = {
  client: 'mydata.intro',
  mandatary: 'mydata.intro.mandatary',
  broker: 'mydata.intro.broker',
} as const satisfies Record<MyData['person']['role'], MyDataKey>;

type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'none';
type Notice = { kind: 'status' | 'error'; text: string };
const EMPTY_FORM: RequestForm = { value: '', note: '' };

/**
 * The summary sheet of what the broker's backend holds on the signed-in person (`GET /me/data`),
 * grouped in plain words; downloads as JSON and as a readable PDF; one form for the person's
 * requests (access, rectification, erasure, restriction, objection) sent through the outbox, and
 * the list of requests with their status, the date by which the broker answers, the answer and
 * the signed receipts.
 *
 * @summary The person's data and rights: see what is held, download it, ask for a copy, a correction, an erasure.
 * @event procura-request-sent - The backend received a request: `detail = { request }` (a `RightsRequest`).
 * @event procura-submitted - A request arrived (`kind: 'rights-request'`), also after waiting in the outbox.
 * @event procura-queued - The backend was unreachable: the request waits in the outbox.
 * @event procura-error - Loading (`kind: 'load'`), a request (`kind: 'rights-request'`), a receipt's download (`kind: 'receipt'`) or the PDF summary (`kind: 'pdf'`) failed: `detail = { kind, error: { message, status? } }`.
 * @csspart section - One part of the sheet (identity, consents, grants, documents, questionnaires, requests).
 * @csspart document - One document with its SHA-256.
 * @csspart download-json - The button that downloads everything as JSON.
 * @csspart download-pdf - The button that downloads the readable PDF summary.
 * @csspart form - The request form.
 * @csspart submit - The button that sends a request.
 * @csspart request - One request in the list.
 * @csspart answer - The broker's answer to a request.
 * @csspart receipt - The button that downloads a request's receipts.
 * @csspart policy - The link to the privacy policy.
 * @csspart error - A failed load, download or submission.
 * @csspart status - The polite notice after a download.
 * @cssproperty --procura-my-data-height - Minimum height of the element while it loads (default 24rem).
 */
export class ProcuraMyData extends ProcuraElement<MyDataConfig, MyDataKey> {
  static override styles = [baseStyles, styles];

  /** The sheet given directly (previews, stories, a site that loads it itself): when set, nothing is fetched. */
  @property({ attribute: false }) myData?: MyData;

  @state() private data?: MyData;
  @state() private phase: Phase = 'idle';
  @state() private loadError?: unknown;
  @state() private notice?: Notice;
  @state() private form: RequestForm = { ...EMPTY_FORM };
  @state() private errors: FormErrors = {};

  private backend = new BackendController(this, 'rights-request');
  private texts = new MyDataTexts(this.localize);
  private loadedFor?: string;
  private loadSeq = 0;

  protected override catalogs() {
    return [myDataCatalog];
  }

  /**
   * Left with its defaults (no `config`, no JSON script), every field is optional: nothing to check, nothing
   * loaded before the first screen. A configuration given (and `checkConfiguration`, which asks a bare
   * prototype) is checked by the schema, loaded then (config.ts), with the part it may show.
   */
  protected override configSchema() {
    if (this.localize && !configGiven(this)) return undefined;
    // `checkConfiguration` asks a bare prototype (no texts): the schema alone.
    const part = this.localize ? this.loadControllerPart() : undefined;
    return Promise.all([import('./config.js'), part]).then(([m]) => m.configSchema);
  }

  /** The part on the controller and the rights, shown only with a configuration: its view and texts (a lazy chunk). */
  private controllerPart?: typeof ControllerPart;

  private async loadControllerPart(): Promise<void> {
    try {
      const part = await import('./controller-part.js');
      await this.localize.add(part.myDataControllerCatalog);
      this.controllerPart = part;
    } catch (e) {
      report(this.localName, 'could not load the part on the controller', e);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('procura-submitted', this.onSubmitted);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('procura-submitted', this.onSubmitted);
  }

  /** Once the sheet is idle: what a submission needs (the form's check, the texts of sending), so it also works offline. */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const whenIdle =
      (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ??
      ((cb: () => void) => setTimeout(cb, 1));
    whenIdle(() => void this.loadSend().catch(() => undefined));
  }

  /** The form's rarer parts (send.ts: its check, its body, the rectification's fields) with the texts of acting. */
  private sendParts?: typeof Send;
  /** They are loading: `updateComplete` waits for them (and what they render), as for texts. */
  private pending?: Promise<unknown>;

  private loadSend(): Promise<typeof Send> {
    const p = Promise.all([import('./send.js'), this.actTexts()]).then(([m]) => (this.sendParts = m));
    this.pending = p;
    const done = () => {
      if (this.pending === p) this.pending = undefined;
      this.requestUpdate();
    };
    p.then(done, done);
    return p;
  }

  /** The sheet's views (sheet.ts), loaded beside the data they show. */
  private views?: typeof Sheet;
  private viewsLoading?: Promise<typeof Sheet>;

  private loadViews(): Promise<typeof Sheet> {
    return (this.viewsLoading ??= import('./sheet.js').then(
      (m) => {
        this.views = m;
        this.requestUpdate();
        return m;
      },
      (e: unknown) => {
        this.viewsLoading = undefined;
        throw e;
      },
    ));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.viewsLoading?.catch(() => undefined);
    for (let p = this.pending; p; p = this.pending) await p.catch(() => undefined);
    return super.getUpdateComplete();
  }

  /** Reads the sheet again (the retry button). */
  async reload(): Promise<void> {
    this.loadedFor = this.resolvedEndpoint;
    const seq = ++this.loadSeq;
    if (!this.loadedFor) return void (this.phase = 'none');
    this.phase = 'loading';
    try {
      const [data] = await Promise.all([fetchMyData(this.backend), this.loadViews()]);
      if (seq !== this.loadSeq) return;
      Object.assign(this, { data, phase: 'ready' });
      void this.loadTrees(data, seq);
    } catch (e) {
      if (seq !== this.loadSeq) return;
      Object.assign(this, { loadError: e, phase: 'error', data: undefined });
      emit(this, 'procura-error', {
        kind: 'load',
        error: { message: this.loadReason(e), status: (e as ProblemError).status },
      });
    }
  }

  /** The words of the questionnaires answered (their published definitions); until then, their ids. */
  private async loadTrees(data: MyData, seq: number): Promise<void> {
    if (!data.decisions.some((d) => d.definition) || !this.resolvedEndpoint) return;
    const { fetchTreeTexts } = await import('./tree-texts.js');
    const trees = await fetchTreeTexts(this.backend, data.decisions);
    if (seq !== this.loadSeq || !trees.size) return;
    this.texts.trees = trees;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.myData !== undefined) {
      if (changed.has('myData')) {
        Object.assign(this, { data: this.myData, phase: 'ready' });
        void this.loadTrees(this.myData, ++this.loadSeq);
      }
    } else if (this.phase === 'idle' || changed.has('myData') || this.loadedFor !== this.resolvedEndpoint)
      void this.reload();
  }

  private loadReason(e: unknown): string {
    return (e as ProblemError | undefined)?.status === 401
      ? this.localize.t('mydata.signIn')
      : this.backend.problemMessage(e);
  }

  private get sheet(): SheetView {
    return { l: this.localize, texts: this.texts, h: (d, c, a) => this.heading(d, c, a) };
  }

  protected override renderContent(): TemplateResult {
    const n = this.notice;
    const failed = this.phase === 'error';
    // The live regions are there in every phase, empty until they speak (WCAG 4.1.3).
    return html`<div class="root">
      ${this.heading(0, this.localize.t('mydata.title'))}
      <div role="alert" class="live">${
        failed
          ? html`<div part="error"><p>${this.localize.t('mydata.error', { reason: this.loadReason(this.loadError) })}</p>
        <button type="button" @click=${() => void this.reload()}>${this.localize.t('mydata.reload')}</button></div>`
          : nothing
      }${n?.kind === 'error' ? html`<p part="error" class="notice">${n.text}</p>` : nothing}</div>
      <div role="status" class="live">${n?.kind === 'status' ? html`<p part="status" class="notice">${n.text}</p>` : nothing}</div>
      ${this.renderBody()}</div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.phase === 'none') return html`<p class="notice">${this.localize.t('mydata.none')}</p>`;
    if (this.data && this.views) return this.renderSheet(this.data, this.views);
    // A sheet given directly (`myData`) waits for its views here.
    if (this.data) void this.loadViews().catch((e: unknown) => report(this.localName, 'could not load the sheet', e));
    if (this.phase === 'error') return nothing;
    return html`<p role="status" aria-busy="true">${this.localize.t('mydata.loading')}</p>`;
  }

  private renderSheet(d: MyData, views: typeof Sheet): TemplateResult {
    const { identity, consents, grants, documents, decisions, requestList, requestForm } = views;
    const v = this.sheet;
    const c = this.settings;
    const office = d.office.name;
    return html`<p>${this.localize.t(INTRO[d.person.role], { office, date: this.texts.date(d.generatedAt) })}</p>
      <div class="downloads" role="group" aria-label=${this.localize.t('mydata.downloads')}>
        <button type="button" part="download-json" @click=${() => void this.downloadJson(d)}>${this.localize.t('mydata.download.json')}</button>
        <button type="button" part="download-pdf" @click=${() => void this.downloadPdf(d)}>${this.localize.t('mydata.download.pdf')}</button>
      </div>
      ${identity(v, d)}${consents(v, d)}${grants(v, d)}${documents(v, d)}${decisions(v, d)}
      ${requestList({ ...v, receipt: (r) => void this.receipt(r) }, d.requests)}
      ${requestForm(this.formView)}
      ${c?.controller && c.policyUrl && this.controllerPart ? this.controllerPart.controller(v, { controller: c.controller, policyUrl: c.policyUrl, rights: c.rights }) : nothing}`;
  }

  private get formView(): FormView {
    const set = (patch: Partial<RequestForm>) => (this.form = { ...this.form, ...patch });
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    const s = this.backend.status;
    const sent = s.state === 'sent' ? (s.response as RightsRequest | undefined) : undefined;
    return {
      ...this.sheet,
      form: this.form,
      errors: this.errors,
      server: s.state === 'failed' ? s.fields : {},
      busy: s.state === 'sending',
      // Said once sent or queued: their texts were loaded before sending (send).
      rectification: this.sendParts?.rectification,
      status: submissionStatus(this.localize, s, {
        sent: sent ? this.localize.t('rights.sent', { reference: sent.reference }) : '',
        queued: s.state === 'queued' ? this.localize.t('rights.queued') : '',
      }),
      on: {
        kind: (e) => {
          set({ kind: value(e) as RightsKind });
          if (!this.sendParts && this.form.kind === 'rectification') void this.loadSend().catch(() => undefined);
        },
        field: (e) => set({ field: value(e) as CorrectableField | '' }),
        value: (e) => set({ value: value(e) }),
        note: (e) => set({ note: value(e) }),
        file: (e) => set({ file: (e.target as HTMLInputElement).files?.[0] }),
        submit: (e) => void this.send(e),
      },
    };
  }

  /** Checks the form, then sends it through the outbox (one Idempotency-Key; waits if the backend is down). */
  private async send(e: Event): Promise<void> {
    e.preventDefault();
    const f = this.form;
    // The form's check and its error texts: prefetched once the sheet is idle, else loaded now.
    const { checkForm, requestInput } = this.sendParts ?? (await this.loadSend());
    this.errors = checkForm(f);
    const first = Object.keys(this.errors)[0];
    if (first || !f.kind) return this.focusError(first);
    this.notice = undefined;
    const input = await requestInput({ ...f, kind: f.kind });
    const s = await this.backend.submit('requests', input);
    if (s.state === 'sent' || s.state === 'queued') {
      this.form = { ...EMPTY_FORM };
      const file = this.renderRoot.querySelector<HTMLInputElement>('#md-file');
      if (file) file.value = '';
    }
  }

  private async focusError(name?: string): Promise<void> {
    await this.updateComplete;
    const sel = name === 'kind' ? 'input[name=kind]' : `[name=${name}]`;
    this.renderRoot.querySelector<HTMLElement>(sel)?.focus();
  }

  /** A request arrived (at once, or later from the outbox): shown in the list, announced by event. */
  private onSubmitted = (e: Event) => {
    const d = (e as CustomEvent<SubmittedDetail>).detail;
    if (d.kind !== 'rights-request' || !d.response?.id) return;
    const request = d.response;
    if (this.data && !this.data.requests.some((r) => r.id === request.id))
      this.data = { ...this.data, requests: [...this.data.requests, request] };
    emit(this, 'procura-request-sent', { request });
  };

  /** The texts of what a person does (errors, sending, downloads): loaded with the first action, before it says anything. */
  private actTexts(): Promise<void> {
    return this.localize.add(myDataActCatalog);
  }

  private href(url: string): string {
    const ep = this.resolvedEndpoint;
    // As the backend client resolves a path (src/core/backend.ts): the endpoint as a folder.
    return ep ? new URL(url, new URL(ep.endsWith('/') ? ep : `${ep}/`, document.baseURI)).href : url;
  }

  private get actHost(): Act.ActHost {
    const { backend, texts, localize: l } = this;
    return { el: this, l, texts, backend, href: (u) => this.href(u), say: (n) => (this.notice = n) };
  }

  /** A receipt or the PDF summary: their code (act.ts) and texts load with the first one asked for. */
  private async act(kind: 'receipt' | 'pdf' | undefined, run: (m: typeof Act) => Promise<void>): Promise<void> {
    this.notice = undefined;
    let m: typeof Act;
    try {
      [m] = await Promise.all([import('./act.js'), this.actTexts()]);
    } catch (e) {
      report(this.localName, 'could not load what the action needs', e);
      if (kind) emit(this, 'procura-error', { kind, error: { message: (e as Error).message } });
      return;
    }
    await run(m);
  }

  private receipt(r: RightsRequest): Promise<void> {
    return this.act('receipt', (m) => m.receipt(this.actHost, r));
  }

  private downloadJson(d: MyData): Promise<void> {
    return this.act(undefined, (m) => m.downloadJson(this.actHost, d));
  }

  private downloadPdf(d: MyData): Promise<void> {
    return this.act('pdf', (m) => m.downloadPdf(this.actHost, d));
  }
}
