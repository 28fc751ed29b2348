import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../core/props.js';
import { BackendController } from '../core/backend-controller.js';
import { ProcuraElement } from '../core/base-element.js';
import { getConfiguration } from '../core/configure.js';
import type { ProblemError, UnreachableError } from '../core/errors.js';
import { emit } from '../core/events.js';
import { baseStyles } from '../core/theme.js';
import type { Grant } from '../model/grant.js';
import { grantsCatalog, type GrantsKey } from '../i18n/access-grants.js';
import { listsOf, type Direction, type ListFilter, type ListKey, type Lists } from './grants.js';
import { styles } from './access-grants.styles.js';
import { ListWindow } from './list-window.js';
import type * as Act from './act.js';
import type { ProofState } from './proof.js';
import { cachedGrants, fetchGrants, keepGrants } from './store.js';
import { DIRECTION_TEXT, GrantTexts } from './texts.js';
import {
  renderDialog,
  renderEmpty,
  renderGrant,
  renderOffline,
  renderRetry,
  renderToolbar,
  type GrantView,
} from './view.js';

import type { AccessGrantsConfig } from './config.js';

export type { AccessGrantsConfig } from './config.js';

type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline' | 'none';
type Notice = { kind: 'status' | 'error'; text: string };
interface View extends Lists {
  items?: Grant[];
  filter: ListFilter;
  direction?: string;
}

/** A configuration is given: the `config` property, or a child JSON script with something in it. */
const configGiven = (el: HTMLElement & { config?: unknown }) =>
  el.config !== undefined ||
  [...el.children].some(
    (c) => c instanceof HTMLScriptElement && c.type === 'application/json' && !!c.textContent?.trim(),
  );

/**
 * Who has access to what: the grants a person gave and those they hold, with the signed
 * form and its SHA-256, what differs from the signed request, and revocation behind a
 * confirmation. Long lists are windowed: only what is near the visible area is in the DOM.
 *
 * @summary The access-grant viewer: who may act for me, for whom I may act, the signed forms, revocation.
 * @event procura-revoked - The backend confirmed a revocation: `detail = { grant }` (the updated grant).
 * @event procura-error - Loading (`kind: 'load'`) or a revocation (`kind: 'revoke'`) failed: `detail = { kind, error }`.
 * @csspart grant - One grant (one mandatary and one service).
 * @csspart revoke - The revoke button of a grant.
 * @csspart document - The link to the signed PDF.
 * @csspart error - The message area (a failed load or revocation).
 * @csspart dialog - The confirmation dialog.
 * @csspart toolbar - The filters, the sort and the count.
 * @csspart status - The polite notice after an action (a revocation done, a list refreshed).
 * @csspart check-proof - The button that checks a grant's proof.
 * @csspart proof - The result of that check.
 * @csspart evidence - The link that downloads a grant's evidence file.
 * @csspart submit - The button that confirms a revocation, in the dialog.
 * @csspart refusal - On a refused grant, why: the reason's sentence, and the broker's note as written.
 * @cssproperty --procura-access-grants-height - Height of the loading skeleton and minimum height of the element (default 24rem).
 * @cssproperty --procura-access-grants-list-height - Maximum height of one scrolling list (default 36rem).
 * @cssproperty --procura-access-grants-flag - Border colour of a grant whose access differs from the signed request.
 */
export class ProcuraAccessGrants extends ProcuraElement<AccessGrantsConfig, GrantsKey> {
  static override styles = [baseStyles, styles];

  /** Which grants to show: those the person gave, those they hold, or both (default). */
  @property() direction?: 'given' | 'held' | 'both';
  /** Grants given directly (previews, stories, a site that loads them itself): when set, nothing is fetched. */
  @property({ attribute: false }) grants?: Grant[];

  @state() private items?: Grant[];
  @state() private phase: Phase = 'idle';
  /** Why the list could not load: kept as the error, worded at render (the page's language may still be loading). */
  @state() private loadError?: unknown;
  @state() private cachedAt?: number;
  @state() private notice?: Notice;
  @state() private filter: ListFilter = { status: '', service: '', sort: 'newest' };
  @state() private confirming?: Grant;
  @state() private online = navigator.onLine;
  /** Per grant: the result of "check the proof" (server evidence, document hash recomputed here). */
  @state() private proofs = new Map<string, ProofState>();
  /** An action's chunk is loading (the first revoke, proof check, opened form or copied hash). */
  @state() private busy = false;

  private backend = new BackendController(this);
  private window = new ListWindow(this);
  private texts = new GrantTexts(this.localize, (e) => this.backend.problemMessage(e));
  private loadedFor?: string;
  private loadSeq = 0;
  private memo?: View;
  private onNetwork = () => {
    this.online = navigator.onLine;
    if (this.online && this.phase === 'offline') void this.reload();
  };

  protected override catalogs() {
    return [grantsCatalog];
  }

  /**
   * Left with its defaults (no `config`, no JSON script), every field is optional: nothing to check, nothing
   * loaded before the first screen. A configuration given (and `checkConfiguration`, which asks a bare
   * prototype) is checked by the schema, loaded then (config.ts).
   */
  protected override configSchema() {
    if (this.localize && !configGiven(this)) return undefined;
    return import('./config.js').then((m) => m.configSchema);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onNetwork);
    addEventListener('offline', this.onNetwork);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onNetwork);
    removeEventListener('offline', this.onNetwork);
  }

  /** Fetches the list again (what the retry buttons do). */
  async reload(): Promise<void> {
    this.loadedFor = this.resolvedEndpoint;
    const seq = ++this.loadSeq;
    this.notice = undefined;
    if (!this.loadedFor) return void (this.phase = 'none');
    this.phase = 'loading';
    if (!navigator.onLine) return this.fromCache(seq);
    try {
      const all = await fetchGrants(this.backend);
      if (seq !== this.loadSeq) return;
      Object.assign(this, { items: all, cachedAt: undefined, phase: 'ready' });
      void this.keep();
    } catch (e) {
      if (seq !== this.loadSeq) return;
      // By name: the error classes load with the backend client, not before the first screen.
      if ((e as Error | undefined)?.name === 'UnreachableError' && (e as UnreachableError).status === undefined)
        return this.fromCache(seq);
      this.loadError = e;
      this.phase = 'error';
      const error = { message: this.texts.loadReason(e), status: (e as ProblemError).status };
      emit(this, 'procura-error', { kind: 'load', error });
    }
  }

  private get cacheKey(): string | undefined {
    return this.noDraft || this.settings?.cacheDays === 0
      ? undefined
      : `${this.localName}:${this.draftKey || this.id || 'default'}`;
  }

  private async keep(): Promise<void> {
    const key = this.cacheKey;
    if (!key || !this.items || this.grants !== undefined) return;
    await keepGrants(key, this.items, this.settings?.cacheDays ?? 7, this.resolvedEndpoint);
  }

  private async fromCache(seq: number): Promise<void> {
    const hit = await cachedGrants(this.cacheKey, this.resolvedEndpoint);
    if (seq !== this.loadSeq) return;
    Object.assign(this, { items: hit?.data, cachedAt: hit?.savedAt, phase: 'offline' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.grants !== undefined) {
      if (changed.has('grants')) Object.assign(this, { items: this.grants, phase: 'ready' });
    } else if (this.phase === 'idle' || changed.has('grants') || this.loadedFor !== this.resolvedEndpoint)
      void this.reload();
  }

  private get offline(): boolean {
    return this.phase === 'offline' || !this.online;
  }

  private retry(): TemplateResult {
    return renderRetry(this.localize, () => void this.reload());
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.items) return this.renderLoaded();
    if (this.phase === 'none') return html`<p class="notice">${this.localize.t('grants.none')}</p>`;
    if (this.phase === 'error' || this.phase === 'offline') return nothing;
    return html`<div class="skeleton" aria-busy="true"><p role="status" class="visually-hidden">${this.localize.t('grants.loading')}</p><span></span><span></span><span></span></div>`;
  }

  protected override renderContent(): TemplateResult {
    const n = this.notice;
    const error =
      this.phase === 'error'
        ? html`<div part="error"><p>${this.localize.t('grants.error', { reason: this.texts.loadReason(this.loadError) })}</p>${this.retry()}</div>`
        : nothing;
    // The live regions are there in every phase, empty until they speak (WCAG 4.1.3): a region
    // that enters the accessibility tree already filled is often not read.
    // One template from loading to loaded: the live regions keep their node, so they can speak.
    return html`<div class="root" aria-busy=${this.busy ? 'true' : nothing}><div role="alert" class="live">${error}${n?.kind === 'error' ? html`<div part="error" class="notice"><p>${n.text}</p>${this.retry()}</div>` : nothing}</div>
      <div role="status" class="live">${renderOffline(this.localize, { hasItems: !!this.items, phase: this.phase, offline: this.offline, cachedAt: this.cachedAt }, this.retry())}${n && n.kind !== 'error' ? html`<div part="status" class="notice"><p>${n.text}</p></div>` : nothing}</div>${this.renderBody()}</div>`;
  }

  private renderLoaded(): TemplateResult {
    const { mine, count, history } = this.view;
    const set = (k: keyof ListFilter) => (e: Event) =>
      (this.filter = { ...this.filter, [k]: (e.target as HTMLSelectElement).value });
    return html`
      ${mine.length ? renderToolbar({ l: this.localize, texts: this.texts, filter: this.filter, services: this.view.services, count, set }) : renderEmpty(this.localize, this.settings?.requestUrl)}
      ${mine.length ? this.dirs.map((d) => this.renderDirection(d, history.has(d))) : nothing}
      ${renderDialog(this.act?.dialogBody(this.localize as Act.ActLocalize, this.texts, this.confirming), this.onClose)}`;
  }

  private get dirs(): Direction[] {
    return this.direction === 'given' || this.direction === 'held' ? [this.direction] : ['given', 'held'];
  }

  /** The filtered, sorted lists, computed once per change of data or filter (not on every scroll). */
  private get view(): View {
    const m = this.memo;
    if (m && m.items === this.items && m.filter === this.filter && m.direction === this.direction) return m;
    const { items, filter, direction } = this;
    return (this.memo = { items, filter, direction, ...listsOf(items ?? [], this.dirs, filter) });
  }

  private list(key: string): Grant[] {
    return this.view.lists[key as ListKey] ?? [];
  }

  private renderDirection(dir: Direction, hasHistory: boolean): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const current = this.list(`${dir}-c`);
    const past = this.list(`${dir}-h`);
    const filtered = !!(this.filter.status || this.filter.service);
    const empty = filtered ? t('grants.noMatch') : t(dir === 'given' ? 'grants.emptyGiven' : 'grants.emptyHeld');
    const list = (key: string, items: Grant[], none: string) =>
      items.length ? this.window.render(key, items, this.renderGrant) : html`<p class="muted">${none}</p>`;
    return html`<section aria-labelledby="h-${dir}">
      ${this.heading(0, t(DIRECTION_TEXT[dir]), { id: `h-${dir}` })}
      ${this.heading(1, t('grants.current'))}
      ${list(`${dir}-c`, current, empty)}
      ${hasHistory ? html`${this.heading(1, t('grants.history'))}${list(`${dir}-h`, past, t('grants.noMatch'))}` : nothing}
    </section>`;
  }

  /**
   * What a person does (revoke, check the proof, open the signed form, copy a hash): one chunk with its
   * texts and styles, loaded with the first action; the dialog and the proof's live regions are always there.
   */
  private act?: typeof Act;
  private actLoad?: Promise<typeof Act>;

  private loadAct(): Promise<typeof Act> {
    return (this.actLoad ??= this.importAct());
  }

  private async importAct(): Promise<typeof Act> {
    this.busy = true;
    try {
      const act = await import('./act.js');
      await this.localize.add(act.grantsActCatalog);
      act.adopt(this.renderRoot as ShadowRoot, (this.constructor as typeof ProcuraAccessGrants).elementStyles);
      return (this.act = act);
    } catch (e) {
      this.actLoad = undefined;
      throw e;
    } finally {
      this.busy = false;
    }
  }

  private get actHost(): Act.ActHost {
    return {
      el: this,
      l: this.localize as Act.ActLocalize,
      texts: this.texts,
      backend: this.backend,
      say: (n) => (this.notice = n),
      replace: (g) => this.replace(g),
      keep: () => void this.keep(),
      focusGrant: (id, button) => this.focusGrant(id, button),
    };
  }

  private renderGrant = (g: Grant, pos: number, size: number): TemplateResult =>
    renderGrant(this.grantView, g, pos, size);

  private get grantView(): GrantView {
    const proof = !!this.resolvedEndpoint && !this.grants;
    return {
      l: this.localize,
      texts: this.texts,
      offline: this.offline,
      proof,
      documentHref: (url) => this.documentHref(url),
      on: {
        revoke: (g) => void this.ask(g),
        open: (e, g) => void this.open(e, g),
        copy: (h) => void this.copy(h),
        checkProof: (g) => void this.checkProof(g),
      },
      proofOf: (g) =>
        html`<div class="proof" part="proof" id="proof-${g.id}" role="status">
          ${this.act?.proofBody(this.localize as Act.ActLocalize, g.id, this.proofs.get(g.id)) ?? nothing}
        </div>`,
      heading: (level, content, attrs) => this.heading(level, content, attrs),
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.confirming && dialog && !dialog.open) dialog.showModal();
  }

  /** Loads the grant's evidence and recomputes its document's hash in this browser. */
  private async checkProof(g: Grant): Promise<void> {
    if (!this.backend.endpoint || this.proofs.get(g.id)?.state === 'checking') return;
    const set = (p: ProofState) => (this.proofs = new Map(this.proofs).set(g.id, p));
    set({ state: 'checking' });
    const act = await this.loadAct(); // "checking" shows once its view is there
    const href = g.documentUrl ? this.documentHref(g.documentUrl) : undefined;
    set(await act.check(this.actHost, g, href));
  }

  private documentHref(url: string): string {
    const ep = this.resolvedEndpoint;
    // As the backend client resolves a path (src/core/backend.ts), without loading it: the endpoint as a folder.
    return ep ? new URL(url, new URL(ep.endsWith('/') ? ep : `${ep}/`, document.baseURI)).href : url;
  }

  /** With bearer headers (no cookie), the PDF is fetched through the backend and checked against its SHA-256. */
  private async open(e: MouseEvent, g: Grant): Promise<void> {
    const url = g.documentUrl;
    if (!this.backend.endpoint || !url || !getConfiguration().headers || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const act = await this.loadAct();
    await act.open(this.actHost, this.documentHref(url), g);
  }

  private async copy(hash: string): Promise<void> {
    try {
      // Written within the click, while the chunk with the notice's text loads.
      await Promise.all([navigator.clipboard.writeText(hash), this.loadAct()]);
      this.notice = { kind: 'status', text: (this.localize as Act.ActLocalize).t('grants.copied') };
    } catch {
      /* no clipboard here: the full hash stays readable in the title and the description */
    }
  }

  private async ask(g: Grant): Promise<void> {
    if (this.offline) return;
    this.notice = undefined;
    await this.loadAct();
    this.confirming = g;
  }

  /** Escape, Cancel and Revoke all close the dialog; only Revoke sets `returnValue`. */
  private onClose = async (e: Event) => {
    const dialog = e.currentTarget as HTMLDialogElement;
    const g = this.confirming;
    const go = dialog.returnValue === 'revoke';
    dialog.returnValue = '';
    this.confirming = undefined;
    if (!g) return;
    if (go && this.act) await this.act.revoke(this.actHost, g);
    else await this.focusGrant(g.id, true);
  };

  private replace(g: Grant): void {
    this.items = this.items?.map((x) => (x.id === g.id ? g : x));
  }

  /** Focuses a grant's revoke button (or the grant itself), scrolling its list to it first. */
  private async focusGrant(id: string, button: boolean): Promise<void> {
    await this.updateComplete;
    const li = await this.window.reveal(id, (key) => this.list(key));
    const target = (button && li?.querySelector<HTMLElement>('[part~=revoke]:not([disabled])')) || li;
    target?.focus();
  }
}
