// The desk's rights queue (view="rights"): the requests of the persons, oldest due first, one opened
// with the person's data beside it, answered (done, partly done, refused with a code), or extended once.
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from '../core/reactive.js';
import type { BackendController } from '../core/backend-controller.js';
import type { ProblemError } from '../core/errors.js';
import { emit, type ErrorKind } from '../core/events.js';
import type {
  DeskRightsItem,
  DeskRightsPage,
  DeskRightsRequest,
  RightsAnswerInput,
  RightsOutcome,
} from '../model/rights.js';
import { answerOf, renderEraseDialog } from './rights-dialog.js';
import { renderRightsRequest } from './rights-request-view.js';
import {
  downloadAttachment,
  fetchRights,
  fetchRightsRequest,
  postAnswer,
  postExtend,
  type RightsFilter,
} from './rights-store.js';
import { renderRightsFilters, renderRightsList, type Heading, type RightsListView } from './rights-view.js';
import type { RightsLocalize } from './rights-texts.js';
import type { DeskTexts } from './texts.js';

export interface PanelDeps {
  host: ReactiveControllerHost & EventTarget & { renderRoot: HTMLElement | DocumentFragment };
  l: RightsLocalize;
  backend: BackendController;
  texts: DeskTexts;
  heading: Heading;
  say(kind: 'status' | 'error', text: string): void;
}

/** A failure the panel shows is also told to the page (`procura-error`), as the desk's other failures are. */
export function reportError(d: PanelDeps, kind: ErrorKind, message: string, e: unknown): void {
  const status = (e as Partial<ProblemError> | undefined)?.status;
  emit(d.host, 'procura-error', { kind, error: { message, ...(status !== undefined && { status }) } });
}

export class RightsPanel implements ReactiveController {
  filter: RightsFilter = 'open';
  q = '';
  page?: DeskRightsPage;
  phase: RightsListView['phase'] = 'loading';
  error?: string;
  item?: DeskRightsItem;
  detail?: DeskRightsRequest;
  failed?: string;
  busy = false;
  outcome: RightsOutcome = 'done';
  /** An erasure's answer waiting for its confirmation in the dialog. */
  private erasing?: RightsAnswerInput;
  private seq = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly d: PanelDeps) {
    d.host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  hostUpdated(): void {
    const dialog = this.d.host.renderRoot.querySelector<HTMLDialogElement>('dialog[part~=dialog]');
    if (this.erasing && dialog && !dialog.open) dialog.showModal();
  }

  private update(): void {
    this.d.host.requestUpdate();
  }

  async load(): Promise<void> {
    const seq = ++this.seq;
    if (!this.page) this.phase = 'loading';
    this.update();
    try {
      const page = await fetchRights(this.d.backend, this.filter, this.q);
      if (seq !== this.seq) return;
      Object.assign(this, { page, phase: 'ready', error: undefined });
    } catch (e) {
      if (seq !== this.seq) return;
      Object.assign(this, { page: undefined, phase: 'error', error: this.d.texts.loadReason(e) });
      reportError(this.d, 'rights-load', this.error ?? '', e);
    }
    this.update();
  }

  private setFilter(f: RightsFilter): void {
    if (f === this.filter) return;
    this.filter = f;
    void this.load();
  }

  private search(q: string): void {
    this.q = q;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), 300);
  }

  private async open(i: DeskRightsItem): Promise<void> {
    Object.assign(this, { item: i, detail: undefined, failed: undefined, outcome: 'done' });
    this.update();
    await this.focus('[part~=rights-request]');
    try {
      const detail = await fetchRightsRequest(this.d.backend, i.id);
      if (this.item?.id !== i.id) return;
      this.detail = detail;
      this.item = detail.request;
    } catch (e) {
      if (this.item?.id === i.id) this.failed = this.d.texts.reasonOf(e);
      reportError(this.d, 'rights-open', this.d.texts.reasonOf(e), e);
    }
    this.update();
  }

  private async close(): Promise<void> {
    const id = this.item?.id;
    this.item = this.detail = undefined;
    this.update();
    if (id) await this.focus(`[part~=rights-row][data-id="${CSS.escape(id)}"] [part~=rights-open]`);
  }

  private async focus(selector: string): Promise<void> {
    await this.d.host.updateComplete;
    this.d.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private answer(form: HTMLFormElement): void {
    const body = answerOf(form, this.outcome);
    if (this.item?.kind === 'erasure' && body.outcome === 'done' && this.detail) {
      this.erasing = body;
      return this.update();
    }
    void this.send(body);
  }

  private onEraseClose = (e: Event): void => {
    const dialog = e.currentTarget as HTMLDialogElement;
    const body = dialog.returnValue === 'erase' ? this.erasing : undefined;
    dialog.returnValue = '';
    this.erasing = undefined;
    this.update();
    if (body) void this.send(body);
    else void this.focus('[part~=rights-send]');
  };

  private async send(body: RightsAnswerInput): Promise<void> {
    const i = this.item;
    if (!i) return;
    await this.write(
      'rights-answer',
      () => postAnswer(this.d.backend, i.id, body),
      this.d.l.t('desk.rights.sending', { reference: i.reference }),
      () => this.d.l.t('desk.rights.sent', { reference: i.reference }),
      (reason) => this.d.l.t('desk.rights.failed', { reference: i.reference, reason }),
    );
  }

  private async extend(form: HTMLFormElement): Promise<void> {
    const i = this.item;
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    if (!i || !reason) return;
    await this.write(
      'rights-extend',
      () => postExtend(this.d.backend, i.id, reason),
      '',
      (after) => this.d.l.t('desk.rights.extended', { reference: i.reference, date: this.d.l.date(after.dueAt) }),
      (why) => this.d.l.t('desk.rights.extendFailed', { reference: i.reference, reason: why }),
    );
  }

  /** One write: busy while it runs, the request shown as the backend answers it, the queue reloaded. */
  private async write(
    kind: 'rights-answer' | 'rights-extend',
    run: () => Promise<DeskRightsItem>,
    doing: string,
    done: (after: DeskRightsItem) => string,
    failed: (reason: string) => string,
  ): Promise<void> {
    this.busy = true;
    if (doing) this.d.say('status', doing);
    this.update();
    try {
      const after = await run();
      if (this.item?.id === after.id) this.item = after;
      this.d.say('status', done(after));
      void this.load();
    } catch (e) {
      const message = failed(this.d.texts.reasonOf(e));
      this.d.say('error', message);
      reportError(this.d, kind, message, e);
    } finally {
      this.busy = false;
      this.update();
    }
    await this.focus('[part~=rights-request]');
  }

  private async attachment(i: DeskRightsItem): Promise<void> {
    try {
      await downloadAttachment(this.d.backend, i.id, i.attachment?.filename ?? i.reference);
    } catch (e) {
      this.d.say('error', this.d.texts.reasonOf(e));
      reportError(this.d, 'rights-attachment', this.d.texts.reasonOf(e), e);
    }
  }

  render(): TemplateResult {
    const { l } = this.d;
    const now = new Date();
    const list: RightsListView = {
      l,
      now,
      filter: this.filter,
      q: this.q,
      page: this.page,
      phase: this.phase,
      error: this.error,
      openId: this.item?.id,
      on: {
        filter: (f) => this.setFilter(f),
        search: (q) => this.search(q),
        open: (i) => void this.open(i),
        reload: () => void this.load(),
      },
    };
    return html`${this.d.heading(0, l.t('desk.rights.title'))} ${renderRightsFilters(list)}
      <div class="layout"><div class="inbox">${renderRightsList(list)}</div>${this.renderOpened(now)}</div>
      ${this.item?.kind === 'erasure' ? renderEraseDialog(l, this.erasing && this.detail, this.onEraseClose) : nothing}`;
  }

  private renderOpened(now: Date): TemplateResult | typeof nothing {
    const i = this.item;
    if (!i) return nothing;
    return renderRightsRequest({
      l: this.d.l,
      item: i,
      detail: this.detail,
      failed: this.failed,
      busy: this.busy,
      outcome: this.outcome,
      now,
      heading: this.d.heading,
      on: {
        close: () => void this.close(),
        outcome: (o) => ((this.outcome = o), this.update()),
        answer: (f) => this.answer(f),
        extend: (f) => void this.extend(f),
        attachment: () => void this.attachment(i),
      },
    });
  }
}
