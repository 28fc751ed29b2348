import { html, nothing, type PropertyValues, type TemplateResult } from '../core/reactive.js';
import { property, state } from '../core/props.js';
import { BackendController } from '../core/backend-controller.js';
import { ProcuraElement } from '../core/base-element.js';
import type { ProblemError } from '../core/errors.js';
import { emit } from '../core/events.js';
import { ListWindow } from '../core/list-window.js';
import { baseStyles } from '../core/theme.js';
import { deskCatalog, type DeskKey } from '../i18n/broker-desk.js';
import type { DeskItem } from '../model/desk.js';
import type { GrantStatus } from '../model/grant.js';
import { styles } from './broker-desk.styles.js';
import type { Confirming } from './dialog.js';
import { Inbox } from './inbox.js';
import type { Opened } from './opened.js';
import type * as OpenedView from './opened-view.js';
import type { DeskAction } from './store.js';
import { DeskTexts, STATUSES } from './texts.js';
import { addStyles, DeskViews, viewOf, type DeskView } from './view-tabs.js';
import type { RightsLocalize } from './rights-texts.js';
import { renderAudit, renderEmpty, renderFilters, renderRow, renderSkeleton, type InboxView } from './view.js';

type Notice = { kind: 'status' | 'error'; text: string };
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The broker's desk: the requests to check (mandates and access requests) with their counts per
 * status and a search, one request opened (its data, the signed PDF in the page, its SHA-256
 * recomputed here, the proof's verification, the trail, the checklist of 004), and the actions
 * (activate, refuse with a reason, narrow the access, revoke), each confirmed in a dialog, shown
 * at once and put back if the backend refuses. The client's consent proof, and the audit export.
 * Long inboxes are windowed: only the rows near the visible area are in the DOM.
 * Beside them, as tabs (`view`): the persons' rights requests (oldest due first, answered or
 * extended, an erasure confirmed) and, for an office admin, the staff accounts (disable, enable).
 *
 * @summary The broker's back office: check, activate, refuse, narrow and revoke requests; consent proof; audit export.
 * @event procura-desk-action - The backend confirmed an action: `detail = { id, action, status }`.
 * @event procura-error - Loading (`kind: 'load'`), an action (`kind: 'activate' | 'refuse' | 'scope' | 'revoke'`), the export (`kind: 'audit'`), the rights queue (`'rights-load' | 'rights-open' | 'rights-answer' | 'rights-extend' | 'rights-attachment'`) or the staff panel (`'staff-load' | 'staff-disable' | 'staff-enable'`) failed: `detail = { kind, error }`.
 * @csspart toolbar - The status filters and the search box.
 * @csspart tab - One status filter (a toggle button with its count).
 * @csspart search - The search box.
 * @csspart row - One request of the inbox.
 * @csspart open - The button that opens a request (its reference).
 * @csspart request - The opened request.
 * @csspart close - The button that closes it.
 * @csspart hash - The sentence comparing the document's fingerprint with the record.
 * @csspart document - The browser's PDF viewer (an iframe of the fetched bytes).
 * @csspart download - The link that downloads the signed PDF.
 * @csspart verification - The proof's verification (chain, content, document, checkpoint).
 * @csspart trail - The request's history.
 * @csspart checklist - What must be ticked before activating.
 * @csspart actions - The action buttons.
 * @csspart action - One action button, also named by its action: `activate`, `refuse`, `scope`, `revoke`.
 * @csspart activate - The button that activates a pending request (behind the checklist).
 * @csspart consents - The client's consent proof; `consents-load` is the button that loads it.
 * @csspart consents-load - The button that loads the client's consent proof.
 * @csspart notice - In the consent proof, the notice text a record names by hash (a `<details>`).
 * @csspart decisions - In the consent proof, the questionnaires the client answered while signed in.
 * @csspart audit - The audit export form.
 * @csspart audit-download - The audit export's button.
 * @csspart views - The tab list of the desk's views; `view-tab` is one tab.
 * @csspart view-tab - One view's tab (requests, rights, staff).
 * @csspart rights-filter - One filter of the rights queue (open, answered, all), a toggle button with its count.
 * @csspart rights-search - The rights queue's search box.
 * @csspart rights-overdue - The sentence counting the overdue rights requests.
 * @csspart rights-list - The list of rights requests.
 * @csspart rights-row - One request of the rights queue; `rights-open` opens it, `rights-clock` says its deadline in words.
 * @csspart rights-open - The button that opens a rights request.
 * @csspart rights-clock - The deadline of a rights request in words (overdue also marked by a sign).
 * @csspart rights-request - The opened rights request; `rights-data` is the person's data beside it.
 * @csspart rights-asked - What the person asked (kind, dates, field, value, note, attachment).
 * @csspart rights-attachment - The button that downloads the proof file the person sent.
 * @csspart rights-extend-form - The form that extends the deadline, with its reason.
 * @csspart rights-erase-list - In the erasure's dialog, the list of what will be erased.
 * @csspart rights-data - The data held on the person of the opened rights request.
 * @csspart rights-answer-form - The answer's form; `rights-change` holds a rectification's field and value, `rights-send` sends it.
 * @csspart rights-change - A rectification's field and new value, editable before applying.
 * @csspart rights-send - The button that sends the answer.
 * @csspart rights-extend - The button that extends the deadline by two months.
 * @csspart rights-answer - The answer given to a rights request.
 * @csspart staff-list - The list of staff accounts.
 * @csspart staff-seen - An account's last activity (relative, and the date).
 * @csspart staff-state - An account's state (active, or disabled since a date).
 * @csspart staff-self - The sentence shown on the signed-in admin's own account instead of the button.
 * @csspart staff-account - One staff account; `staff-action` disables or enables it.
 * @csspart staff-action - The button that disables or enables a staff account.
 * @csspart dialog - The confirmation dialog.
 * @csspart submit - The dialog's confirming button.
 * @csspart status - The polite notice after an action.
 * @csspart error - The message of a failed load, action or export.
 * @cssproperty --procura-broker-desk-list-height - Maximum height of the inbox's scrolling list (default 32rem).
 * @cssproperty --procura-broker-desk-document-height - Height of the PDF viewer (default 36rem).
 */
export class ProcuraBrokerDesk extends ProcuraElement<unknown, DeskKey> {
  static override styles = [baseStyles, styles];

  /** The status shown first (default `pending`: the requests to check). */
  @property() status: GrantStatus = 'pending';
  /** How many requests each page of `GET /desk/requests` brings (default 500, at most 1000). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 500;
  /** The view shown: `requests` (default), `rights` (the persons' requests) or `staff` (office admins). */
  @property() view?: DeskView;

  @state() private notice?: Notice;
  @state() private confirming?: Confirming;
  @state() private audit = { from: day(new Date(Date.now() - 30 * 864e5)), to: day(new Date()), busy: false };

  private backend = new BackendController(this);
  private texts = new DeskTexts(this.localize, (e) => this.backend.problemMessage(e));
  private inbox = new Inbox(
    this,
    this.backend,
    () => Math.min(1000, Math.max(1, this.pageSize || 500)),
    (e) => {
      const error = { message: this.texts.loadReason(e), status: (e as ProblemError).status };
      emit(this, 'procura-error', { kind: 'load', error });
    },
  );
  /** The request opened: made with the opened request's chunk (opened-view.ts), at the first one opened. */
  private opened?: Opened;
  private window = new ListWindow<DeskItem>(this);
  private panels = new DeskViews({
    host: this,
    // Its keys are there once the panels' chunk added their catalog (DeskViews.show).
    l: this.localize as RightsLocalize,
    backend: this.backend,
    texts: this.texts,
    heading: (depth, content, attrs) => this.heading(depth, content, attrs),
    say: (kind, text) => (this.notice = { kind, text }),
  });
  private loadedFor?: string;
  /** The opened request's view, its dialog and actions: a lazy chunk, loaded with the first request opened. */
  private views?: typeof OpenedView;

  protected override catalogs() {
    return [deskCatalog];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('status') && STATUSES.includes(this.status)) this.inbox.status = this.status;
    if (this.loadedFor !== this.resolvedEndpoint || (changed.has('status') && this.hasUpdated)) {
      this.loadedFor = this.resolvedEndpoint;
      void this.inbox.load();
      void this.panels.probe();
    }
    if (changed.has('view')) void this.panels.show(viewOf(this.view));
  }

  /** Fetches the inbox again (what the retry button does). */
  reload(): Promise<void> {
    return this.inbox.load();
  }

  private documentHref(url: string): string {
    const ep = this.resolvedEndpoint;
    return ep ? new URL(url, new URL(ep.endsWith('/') ? ep : `${ep}/`, document.baseURI)).href : url;
  }

  private get inboxView(): InboxView {
    const i = this.inbox;
    return {
      l: this.localize,
      texts: this.texts,
      status: i.status,
      q: i.q,
      counts: i.counts,
      shown: i.items?.length ?? 0,
      openId: this.opened?.item?.id,
      on: {
        status: (s) => i.filter(s),
        search: (q) => i.search(q),
        open: (item) => void this.open(item),
      },
    };
  }

  protected override renderContent(): TemplateResult {
    const n = this.notice;
    const i = this.inbox;
    const loadError =
      i.phase === 'error'
        ? html`<div part="error"><p>${this.localize.t('desk.error', { reason: this.texts.loadReason(i.error) })}</p><button type="button" @click=${() => void this.reload()}>${this.localize.t('desk.reload')}</button></div>`
        : nothing;
    // The live regions are there in every phase, empty until they speak (WCAG 4.1.3).
    return html`<div class="root">
      <div role="alert" class="live">${loadError}${n?.kind === 'error' ? html`<p part="error" class="notice">${n.text}</p>` : nothing}</div>
      <div role="status" class="live">${n?.kind === 'status' ? html`<p part="status" class="notice">${n.text}</p>` : nothing}</div>
      ${this.panels.renderTabs(viewOf(this.view), (v) => (this.view = v))}
      <div role="tabpanel" id="desk-panel" aria-labelledby="desk-tab-${viewOf(this.view)}">${this.renderView()}</div>
    </div>`;
  }

  private renderView(): TemplateResult | typeof nothing {
    if (viewOf(this.view) !== 'requests') return this.panels.renderPanel(viewOf(this.view));
    return html`${this.heading(0, this.localize.t('desk.title'))}
      ${this.inbox.phase === 'none' ? html`<p class="notice">${this.localize.t('desk.none')}</p>` : this.renderDesk()}
      ${this.views?.renderDialog(this.localize, this.confirming, this.onClose) ?? nothing}`;
  }

  private renderDesk(): TemplateResult {
    const v = this.inboxView;
    const items = this.inbox.items;
    const list = !items
      ? this.inbox.phase === 'error'
        ? nothing
        : renderSkeleton(this.localize)
      : items.length
        ? this.window.render('inbox', items, (item, pos, size) => renderRow(v, item, pos, size))
        : renderEmpty(this.localize);
    return html`${renderFilters(v)}
      <p class="count" role="status">${items ? this.localize.t('desk.count', { count: items.length }) : ''}</p>
      <div class="layout"><div class="inbox">${list}</div>${this.renderOpened()}</div>
      ${renderAudit(
        this.localize,
        this.audit,
        (f) => void this.exportAudit(f),
        (c) => this.heading(1, c),
      )}`;
  }

  private renderOpened(): TemplateResult | typeof nothing {
    const o = this.opened;
    if (!o?.item || !this.views) return nothing;
    return this.views.renderRequest({
      l: this.localize,
      texts: this.texts,
      item: o.item,
      req: o.req,
      failed: o.failed,
      doc: o.doc,
      documentHref: o.req ? this.documentHref(o.req.document.href) : undefined,
      ticks: o.ticks,
      consents: o.consents,
      busy: !!this.confirming,
      on: {
        close: () => void this.close(),
        tick: (k, on) => o.tick(k, on),
        act: (a) => this.ask(a),
        consents: () => void o.loadConsents(),
      },
      heading: (level, content, attrs) => this.heading(level, content, attrs),
    });
  }

  private async open(item: DeskItem): Promise<void> {
    this.notice = undefined;
    this.views ??= await this.loadViews();
    this.opened ??= new this.views.Opened(
      this,
      this.backend,
      (e) => this.texts.reasonOf(e),
      (u) => this.documentHref(u),
    );
    const loading = this.opened.open(item);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=request]')?.focus();
    await loading;
  }

  /** The opened request's chunk, with its texts (all four languages lazy) and styles: shown once they are there. */
  private async loadViews(): Promise<typeof OpenedView> {
    const views = await import('./opened-view.js');
    await this.localize.add(views.deskRequestCatalog);
    addStyles(this, [views.requestStyles]);
    return views;
  }

  private async close(): Promise<void> {
    const id = this.opened?.item?.id;
    this.opened?.close();
    if (id) await this.focusRow(id);
  }

  private ask(action: DeskAction): void {
    const item = this.opened?.item;
    if (!item) return;
    this.notice = undefined;
    this.confirming = { action, item };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.confirming && dialog && !dialog.open) dialog.showModal();
  }

  /** Escape and Cancel close the dialog; only the action's button sets `returnValue` to the action. */
  private onClose = async (e: Event) => {
    const dialog = e.currentTarget as HTMLDialogElement;
    const c = this.confirming;
    const go = !!c && dialog.returnValue === c.action;
    const views = this.views;
    const body = c && go && views ? views.bodyOf(c.action, dialog.querySelector('form')) : undefined;
    dialog.returnValue = '';
    this.confirming = undefined;
    if (!c) return;
    const opened = this.opened;
    if (!body || !views || !opened) return this.focusAction(c.action);
    const say = (kind: Notice['kind'], text: string) => (this.notice = { kind, text });
    const { backend, inbox, texts, localize: l } = this;
    const ctx = { host: this, backend, inbox, opened, texts, l, say };
    if (!(await views.runAction(ctx, c.item, body))) return this.focusAction(c.action);
    // Done: the request closes and the next one in the list has the focus (or this one, the last).
    const next = this.inbox.neighbour(c.item.id);
    opened.close();
    await this.focusRow(next && c.item.status === 'pending' ? next.id : c.item.id);
  };

  private async focusAction(action: DeskAction): Promise<void> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`[part~=action][part~=${action}]:not([disabled])`);
    (el ?? this.renderRoot.querySelector<HTMLElement>('[part~=request]'))?.focus();
  }

  /** Focuses a row's open button, scrolling the list to it first. */
  private async focusRow(id: string): Promise<void> {
    await this.updateComplete;
    const li = await this.window.reveal(id, () => this.inbox.items ?? []);
    (li?.querySelector<HTMLElement>('[part~=open]') ?? li)?.focus();
  }

  private async exportAudit(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const p = {
      from: String(data.get('from')),
      to: String(data.get('to')),
      format: data.get('format') === 'jsonl' ? ('jsonl' as const) : ('csv' as const),
    };
    this.audit = { ...this.audit, from: p.from, to: p.to, busy: true };
    try {
      const { downloadAudit } = await import('./audit.js');
      await downloadAudit(this.backend, p);
      this.notice = { kind: 'status', text: this.localize.t('desk.auditDone') };
    } catch (e) {
      const status = (e as ProblemError).status;
      const text =
        status === 403
          ? this.localize.t('desk.auditAdmin')
          : this.localize.t('desk.auditFailed', { reason: this.texts.reasonOf(e) });
      this.notice = { kind: 'error', text };
      emit(this, 'procura-error', { kind: 'audit', error: { message: text, status } });
    } finally {
      this.audit = { ...this.audit, busy: false };
    }
  }
}
