import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ProcuraElement } from '../core/base-element.js';
import { BackendClient, resolveUrl } from '../core/backend.js';
import { displayName, getConfiguration } from '../core/configure.js';
import { sha256Hex, uuid } from '../core/crypto.js';
import { ProblemError, UnreachableError, problemMessage } from '../core/errors.js';
import { emit } from '../core/events.js';
import { baseStyles } from '../core/theme.js';
import { integer, object, optional, string, type Infer } from '../model/schema.js';
import type { Grant, GrantStatus } from '../model/grant.js';
import type { Scope } from '../model/mandate.js';
import { grantsCatalog } from '../i18n/access-grants.js';
import {
  canRevoke,
  differences,
  directionOf,
  isCurrent,
  isOwn,
  select,
  services,
  shortHash,
  windowOf,
  type Difference,
  type Direction,
  type ListFilter,
} from './grants.js';
import { styles } from './access-grants.styles.js';
import { checkProof, renderProof, type ProofState } from './proof.js';

const configSchema = object({
  /** Where a person asks for a new access (the mandate form's page); shown when the list is empty. */
  requestUrl: optional(string({ min: 1, max: 2000 })),
  /** How many days the last list is kept in this browser for offline use (0: not kept). */
  cacheDays: optional(integer({ min: 0, max: 90 })),
});
/** The `config` of `<procura-access-grants>`. */
export type AccessGrantsConfig = Infer<typeof configSchema>;

const STATUSES: GrantStatus[] = ['pending', 'active', 'revoked', 'expired', 'refused'];
const ICONS: Record<GrantStatus, string> = { pending: '◷', active: '✓', revoked: '✕', expired: '⌛', refused: '⊘' };
type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline' | 'none';
type Notice = { kind: 'status' | 'error'; text: string };
interface View {
  items?: Grant[];
  filter: ListFilter;
  direction?: string;
  mine: Grant[];
  count: number;
  lists: Record<string, Grant[]>;
  history: Set<Direction>;
  services: string[];
}

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
 * @cssproperty --procura-access-grants-height - Height of the loading skeleton and minimum height of the element (default 24rem).
 * @cssproperty --procura-access-grants-list-height - Maximum height of one scrolling list (default 36rem).
 * @cssproperty --procura-access-grants-flag - Border colour of a grant whose access differs from the signed request.
 */
export class ProcuraAccessGrants extends ProcuraElement<AccessGrantsConfig> {
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

  private loadedFor?: string;
  private loadSeq = 0;
  private heights = new Map<string, number>();
  private views: Record<string, { top: number; height: number }> = {};
  private selected?: { items: Grant[]; filter: ListFilter; result: Grant[] };
  private onNetwork = () => {
    this.online = navigator.onLine;
    if (this.online && this.phase === 'offline') void this.reload();
  };

  protected override catalogs() {
    return [grantsCatalog];
  }

  protected override configSchema() {
    return configSchema;
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
    const endpoint = this.loadedFor;
    this.notice = undefined;
    if (!endpoint) return void (this.phase = 'none');
    this.phase = 'loading';
    if (!navigator.onLine) return this.fromCache(seq);
    try {
      const client = new BackendClient(endpoint);
      let all: Grant[] = [];
      let cursor: string | undefined;
      do {
        const page = await client.request<{ grants?: Grant[]; nextCursor?: string }>(
          `grants?limit=10000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          { retries: 2, locale: this.resolvedLocale },
        );
        if (!Array.isArray(page?.grants)) throw new ProblemError({ title: 'unexpected answer', status: 502 });
        all = all.concat(page.grants);
        cursor = page.nextCursor;
      } while (cursor);
      if (seq !== this.loadSeq) return;
      this.items = all;
      this.cachedAt = undefined;
      this.phase = 'ready';
      void this.keep();
    } catch (e) {
      if (seq !== this.loadSeq) return;
      if (e instanceof UnreachableError && e.status === undefined) return this.fromCache(seq);
      this.loadError = e;
      this.phase = 'error';
      emit(this, 'procura-error', {
        kind: 'load',
        error: { message: this.loadReason(), status: (e as ProblemError).status },
      });
    }
  }

  private get cacheKey(): string | undefined {
    return this.noDraft || this.settings?.cacheDays === 0
      ? undefined
      : `${this.localName}:${this.draftKey || this.id || 'default'}`;
  }

  private async keep(): Promise<void> {
    const key = this.cacheKey;
    // The cache (and IndexedDB with it) loads after the list is shown: it is not needed to paint.
    if (!key || !this.items || this.grants !== undefined) return;
    const [{ cache }, { currentPerson }] = await Promise.all([import('../core/cache.js'), import('../core/person.js')]);
    // Kept for the person signed in: another person in this browser never sees it.
    await cache.put(
      key,
      this.items,
      this.settings?.cacheDays ?? 7,
      undefined,
      await currentPerson(this.resolvedEndpoint),
    );
  }

  private async fromCache(seq: number): Promise<void> {
    const key = this.cacheKey;
    const [{ cache }, { currentPerson }] = await Promise.all([import('../core/cache.js'), import('../core/person.js')]);
    const hit = key ? await cache.get<Grant[]>(key, undefined, await currentPerson(this.resolvedEndpoint)) : undefined;
    if (seq !== this.loadSeq) return;
    this.items = hit?.data;
    this.cachedAt = hit?.savedAt;
    this.phase = 'offline';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.grants !== undefined) {
      if (changed.has('grants')) {
        this.items = this.grants;
        this.phase = 'ready';
      }
    } else if (this.phase === 'idle' || changed.has('grants') || this.loadedFor !== this.resolvedEndpoint)
      void this.reload();
  }

  private get offline(): boolean {
    return this.phase === 'offline' || !this.online;
  }

  protected override renderContent(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const items = this.items;
    // The live regions are there in every phase, empty until they speak (WCAG 4.1.3): a region
    // that enters the accessibility tree already filled is often not read.
    const offline = !items
      ? this.phase === 'offline' &&
        html`<div class="notice warn"><p>${t('grants.offlineEmpty')}</p>${this.retry()}</div>`
      : this.offline &&
        this.cachedAt &&
        html`<div class="notice warn"><p>${t('grants.offline', { date: this.localize.date(this.cachedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>${this.retry()}</div>`;
    const n = this.notice;
    const live = html`<div role="alert" class="live">${this.phase === 'error' ? this.renderError() : nothing}${n?.kind === 'error' ? html`<div part="error" class="notice"><p>${n.text}</p>${this.retry()}</div>` : nothing}</div>
      <div role="status" class="live">${offline || nothing}${n && n.kind !== 'error' ? html`<div part="status" class="notice"><p>${n.text}</p></div>` : nothing}</div>`;
    const body = items
      ? this.renderLoaded()
      : this.phase === 'none'
        ? html`<p class="notice">${t('grants.none')}</p>`
        : this.phase === 'error' || this.phase === 'offline'
          ? nothing
          : html`<div class="skeleton" aria-busy="true"><p role="status" class="visually-hidden">${t('grants.loading')}</p><span></span><span></span><span></span></div>`;
    // One template from loading to loaded: the live regions keep their node, so they can speak.
    return html`<div class="root">${live}${body}</div>`;
  }

  private renderLoaded(): TemplateResult {
    const { mine, count, history } = this.view;
    return html`
      ${mine.length ? this.renderToolbar(count) : this.renderEmpty()}
      ${mine.length ? this.dirs.map((d) => this.renderDirection(d, history.has(d))) : nothing}
      ${this.renderDialog()}
    </div>`;
  }

  private get dirs(): Direction[] {
    return this.direction === 'given' || this.direction === 'held' ? [this.direction] : ['given', 'held'];
  }

  /** The filtered, sorted lists, computed once per change of data or filter (not on every scroll). */
  private get view(): View {
    const m = this.memo;
    if (m && m.items === this.items && m.filter === this.filter && m.direction === this.direction) return m;
    const dirs = this.dirs;
    const mine = (this.items ?? []).filter((g) => dirs.includes(directionOf(g)));
    const shown = select(mine, this.filter);
    const lists: Record<string, Grant[]> = {};
    for (const d of dirs) for (const k of ['c', 'h']) lists[`${d}-${k}`] = [];
    for (const g of shown) lists[`${directionOf(g)}-${isCurrent(g) ? 'c' : 'h'}`].push(g);
    const history = new Set(mine.filter((g) => !isCurrent(g)).map(directionOf));
    return (this.memo = {
      items: this.items,
      filter: this.filter,
      direction: this.direction,
      mine,
      count: shown.length,
      lists,
      history,
      services: services(mine),
    });
  }
  private memo?: View;

  private retry(): TemplateResult {
    return html`<button type="button" @click=${() => this.reload()}>${this.localize.t('grants.reload')}</button>`;
  }

  private renderError(): TemplateResult {
    return html`<div part="error"><p>${this.localize.t('grants.error', { reason: this.loadReason() })}</p>${this.retry()}</div>`;
  }

  private renderEmpty(): TemplateResult {
    const url = this.settings?.requestUrl;
    return html`<div class="empty"><p>${this.localize.t('grants.empty')}</p>
      <p>${this.localize.t('grants.emptyNext')}${url ? html` <a href=${url}>${this.localize.t('grants.requestLink')}</a>` : nothing}</p></div>`;
  }

  private renderToolbar(count: number): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const set = (k: keyof ListFilter) => (e: Event) =>
      (this.filter = { ...this.filter, [k]: (e.target as HTMLSelectElement).value });
    const option = (value: string, label: string, current: string) =>
      html`<option value=${value} ?selected=${value === current}>${label}</option>`;
    return html`<div part="toolbar" class="toolbar">
      <label>${t('grants.filterStatus')}
        <select @change=${set('status')}>${option('', t('grants.all'), this.filter.status)}${STATUSES.map((s) => option(s, t(`grants.status.${s}`), this.filter.status))}</select></label>
      <label>${t('grants.filterService')}
        <select @change=${set('service')}>${option('', t('grants.all'), this.filter.service)}${[...this.view.services].sort((a, b) => this.service(a).localeCompare(this.service(b), this.localize.locale)).map((s) => option(s, this.service(s), this.filter.service))}</select></label>
      <label>${t('grants.sort')}
        <select @change=${set('sort')}>${option('newest', t('grants.newest'), this.filter.sort)}${option('oldest', t('grants.oldest'), this.filter.sort)}</select></label>
      <p class="count" role="status">${t('grants.count', { count })}</p>
    </div>`;
  }

  private renderDirection(dir: Direction, hasHistory: boolean): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const current = this.view.lists[`${dir}-c`];
    const past = this.view.lists[`${dir}-h`];
    const filtered = !!(this.filter.status || this.filter.service);
    const empty = filtered ? t('grants.noMatch') : t(dir === 'given' ? 'grants.emptyGiven' : 'grants.emptyHeld');
    return html`<section aria-labelledby="h-${dir}">
      ${this.heading(0, t(`grants.${dir}`), { id: `h-${dir}` })}
      ${this.heading(1, t('grants.current'))}
      ${current.length ? this.renderList(`${dir}-c`, current) : html`<p class="muted">${empty}</p>`}
      ${hasHistory ? html`${this.heading(1, t('grants.history'))}${past.length ? this.renderList(`${dir}-h`, past) : html`<p class="muted">${t('grants.noMatch')}</p>`}` : nothing}
    </section>`;
  }

  private get estimate(): number {
    let sum = 0;
    for (const h of this.heights.values()) sum += h;
    return this.heights.size ? sum / this.heights.size : 220;
  }

  private renderList(key: string, items: Grant[]): TemplateResult {
    const view = (this.views[key] ??= { top: 0, height: 0 });
    const est = this.estimate;
    const w = windowOf(items.length, (i) => this.heights.get(items[i].id) ?? est, view.top, view.height || 800);
    return html`<div class="scroller" data-list=${key} @scroll=${this.onScroll}>
      <ul role="list" style=${styleMap({ paddingTop: `${w.before}px`, paddingBottom: `${w.after}px` })}>
        ${repeat(
          items.slice(w.start, w.end),
          (g) => g.id,
          (g, i) => this.renderGrant(g, w.start + i + 1, items.length),
        )}
      </ul>
    </div>`;
  }

  private onScroll = (e: Event) => {
    const el = e.currentTarget as HTMLElement;
    this.views[el.dataset.list!] = { top: el.scrollTop, height: el.clientHeight };
    this.requestUpdate();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    let again = false;
    for (const list of this.renderRoot.querySelectorAll<HTMLElement>('.scroller')) {
      const v = this.views[list.dataset.list!];
      if (v && v.height !== list.clientHeight) {
        v.height = list.clientHeight;
        again = true;
      }
      for (const li of list.querySelectorAll<HTMLElement>('li[data-id]')) {
        const h = li.offsetHeight;
        if (Math.abs((this.heights.get(li.dataset.id!) ?? 0) - h) > 1) {
          this.heights.set(li.dataset.id!, h);
          again = true;
        }
      }
    }
    if (again) this.requestUpdate();
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.confirming && dialog && !dialog.open) dialog.showModal();
  }

  private renderGrant(g: Grant, pos: number, size: number): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const d = (v: string) => this.localize.date(v);
    const given = directionOf(g) === 'given';
    const name = this.nameOf(g);
    const diff = differences(g);
    const dates = [t('grants.requestedOn', { date: d(g.createdAt) })];
    if (g.activatedAt) dates.push(t('grants.activatedOn', { date: d(g.activatedAt) }));
    if (g.status === 'revoked' && g.revokedAt)
      dates.push(t('grants.revokedOn', { date: d(g.revokedAt), who: this.revoker(g) }));
    else if (g.status === 'expired' && g.validUntil) dates.push(t('grants.expiredOn', { date: d(g.validUntil) }));
    else if (isCurrent(g)) dates.push(g.validUntil ? t('grants.until', { date: d(g.validUntil) }) : t('grants.noEnd'));
    const id = g.id;
    return html`<li part="grant" class="grant ${g.status}${diff.items.length ? ' flagged' : ''}" data-id=${id} tabindex="-1" aria-labelledby="n-${id}" aria-posinset=${pos} aria-setsize=${size}>
      ${this.heading(2, html`<bdi>${name}</bdi>`, { id: `n-${id}` })}
      <p class="meta">${[!isOwn(g) && (g.relation ?? g.mandatary.relation), this.service(g.service)].filter(Boolean).join(' · ')}</p>
      <p class="status"><span class="badge"><span aria-hidden="true">${ICONS[g.status]}</span> ${t(`grants.status.${g.status}`)}</span> ${dates.join(' · ')}</p>
      <p>${this.scopeText(g.scope)}</p>
      ${
        diff.items.length
          ? html`<div class="diff" role="note"><p><strong>${t('grants.attention')} :</strong> ${t(diff.exceeds ? 'grants.exceeds' : 'grants.differs', { list: this.localize.list(diff.items.map((x) => this.diffText(x))) })}</p></div>`
          : nothing
      }
      ${g.documentUrl || g.documentSha256 ? this.renderDocument(g) : nothing}
      ${
        canRevoke(g)
          ? html`<button type="button" part="revoke" class="danger" aria-label=${this.says('grants.revokeOf', g)} ?disabled=${this.offline} @click=${() => this.ask(g)}>${t('grants.revoke')}</button>`
          : (isOwn(g) || !given) && isCurrent(g)
            ? html`<p class="muted">${this.says('grants.heldNote', g)}</p>`
            : nothing
      }
    </li>`;
  }

  private renderDocument(g: Grant): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const h = g.documentSha256;
    return html`<p class="doc">
      ${g.documentUrl ? html`<a part="document" href=${this.documentHref(g.documentUrl)} target="_blank" rel="noopener" aria-describedby=${h ? `s-${g.id}` : nothing} @click=${(e: MouseEvent) => this.open(e, g)}>${t('grants.document')}</a>` : nothing}
      ${
        h
          ? html`<span id="s-${g.id}" class="sha"><span class="visually-hidden">${t('grants.sha', { hash: h })}</span><span aria-hidden="true">SHA-256 <code title=${h}>${shortHash(h)}</code></span></span>
            <button type="button" class="copy" @click=${() => this.copy(h)}>${t('grants.copy')}</button>`
          : nothing
      }
      ${
        this.resolvedEndpoint && !this.grants
          ? html`<button type="button" class="copy" part="check-proof" aria-label=${t('grants.proof.checkOf', { name: this.nameOf(g), service: this.service(g.service) })}
            aria-describedby="proof-${g.id}" @click=${() => void this.checkProof(g)}>${t('grants.proof.check')}</button>`
          : nothing
      }
    </p>
    ${this.resolvedEndpoint && !this.grants ? renderProof(this.localize, g.id, this.proofs.get(g.id)) : nothing}`;
  }

  /** Loads the grant's evidence and recomputes its document's hash in this browser. */
  private async checkProof(g: Grant): Promise<void> {
    const ep = this.resolvedEndpoint;
    if (!ep || this.proofs.get(g.id)?.state === 'checking') return;
    const set = (p: ProofState) => (this.proofs = new Map(this.proofs).set(g.id, p));
    set({ state: 'checking' });
    set(
      await checkProof(
        ep,
        g.id,
        g.documentUrl ? this.documentHref(g.documentUrl) : undefined,
        this.resolvedLocale,
        (e) => this.reasonOf(e),
      ),
    );
  }

  /** `grantor` and `broker` are roles (the reference server's words); anything else is a name. */
  private revoker(g: Grant): string {
    const t = this.localize.t.bind(this.localize);
    if (g.revokedBy === 'broker') return t('grants.by.broker');
    if (g.revokedBy && g.revokedBy !== 'grantor') return g.revokedBy;
    return directionOf(g) === 'given' ? t('grants.by.me') : (g.grantor?.displayName ?? t('grants.by.grantor'));
  }

  /** A service's or a contract's display name (`configure({ services, contracts })`), never a bare id when one is set. */
  private service(id: string): string {
    return displayName('services', id, this.localize.locale);
  }

  /** A sentence about a grant's holder: for one's own access (an access request), its own wording. */
  private says(key: string, g: Grant, params: Record<string, string> = {}): string {
    return this.localize.t(isOwn(g) ? `${key}Own` : key, {
      name: this.nameOf(g),
      service: this.service(g.service),
      ...params,
    });
  }

  private nameOf(g: Grant): string {
    if (isOwn(g)) return this.localize.t('grants.own');
    return directionOf(g) === 'held' && g.grantor?.displayName
      ? g.grantor.displayName
      : `${g.mandatary.givenName} ${g.mandatary.familyName}`;
  }

  private scopeText(s: Scope): string {
    const t = this.localize.t.bind(this.localize);
    const which = t(`grants.scope.${s.contracts}`, {
      ids: this.localize.list((s.contractIds ?? []).map((id) => displayName('contracts', id, this.localize.locale))),
    });
    return `${which}, ${t(s.includeFuture ? 'grants.future.yes' : 'grants.future.no')}`;
  }

  private diffText(x: Difference): string {
    const t = this.localize.t.bind(this.localize);
    const until = (v?: string) => (v ? t('grants.until', { date: this.localize.date(v) }) : t('grants.noEnd'));
    if (x.kind === 'service')
      return t('grants.diff.service', { granted: this.service(x.granted), requested: this.service(x.requested) });
    if (x.kind === 'contracts')
      return t('grants.diff.contracts', { granted: this.scopeText(x.granted), requested: this.scopeText(x.requested) });
    if (x.kind === 'until') return t('grants.diff.until', { granted: until(x.granted), requested: until(x.requested) });
    return t('grants.diff.past', { date: this.localize.date(x.date) });
  }

  private documentHref(url: string): string {
    const ep = this.resolvedEndpoint;
    return ep ? new URL(url, resolveUrl(ep, '')).href : url;
  }

  /** With bearer headers (no cookie), the PDF is fetched through the client and checked against its SHA-256. */
  private async open(e: MouseEvent, g: Grant): Promise<void> {
    const ep = this.resolvedEndpoint;
    if (!ep || !getConfiguration().headers || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const t = this.localize.t.bind(this.localize);
    try {
      const res = await new BackendClient(ep).fetchResponse(this.documentHref(g.documentUrl!), { retries: 1 });
      const blob = await res.blob();
      // The signed original, or its sealed copy: the served bytes must be what the server says it
      // serves, and the original they seal must be the one this grant was signed with.
      const served = await sha256Hex(blob);
      const sealedFromOriginal =
        res.headers.get('X-Original-SHA256') === g.documentSha256 && res.headers.get('X-Content-SHA256') === served;
      if (g.documentSha256 && served !== g.documentSha256 && !sealedFromOriginal)
        return void (this.notice = { kind: 'error', text: t('grants.docMismatch') });
      const url = URL.createObjectURL(blob);
      Object.assign(document.createElement('a'), { href: url, target: '_blank', rel: 'noopener' }).click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      this.notice = { kind: 'error', text: t('grants.docFailed', { reason: this.reasonOf(err) }) };
    }
  }

  private async copy(hash: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(hash);
      this.notice = { kind: 'status', text: this.localize.t('grants.copied') };
    } catch {
      /* no clipboard here: the full hash stays readable in the title and the description */
    }
  }

  private renderDialog(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const g = this.confirming;
    return html`<dialog part="dialog" aria-labelledby="dlg-t" aria-describedby="dlg-d" @close=${this.onClose}>
      ${
        g
          ? html`<h2 id="dlg-t">${this.says('grants.confirmTitle', g)}</h2>
            <ul id="dlg-d">
              <li>${this.says('grants.confirmDoes', g)}</li>
              <li>${t('grants.confirmKeeps')}</li>
              <li>${t('grants.confirmProof')}</li>
            </ul>
            <form method="dialog" class="actions">
              <button value="cancel" autofocus>${t('grants.cancel')}</button>
              <button value="revoke" class="danger" part="submit">${t('grants.confirm')}</button>
            </form>`
          : nothing
      }
    </dialog>`;
  }

  private ask(g: Grant): void {
    if (this.offline) return;
    this.notice = undefined;
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
    if (go) await this.revoke(g);
    else await this.focusGrant(g.id, true);
  };

  private replace(g: Grant): void {
    this.items = this.items?.map((x) => (x.id === g.id ? g : x));
  }

  private async revoke(before: Grant): Promise<void> {
    const t = this.localize.t.bind(this.localize);
    this.replace({ ...before, status: 'revoked', revokedAt: new Date().toISOString(), revokedBy: 'grantor' });
    this.notice = { kind: 'status', text: this.says('grants.revoking', before) };
    await this.focusGrant(before.id, false);
    try {
      const ep = this.resolvedEndpoint;
      if (!ep) throw new Error(t('grants.reason.none'));
      const grant = await new BackendClient(ep).request<Grant>(`grants/${encodeURIComponent(before.id)}/revoke`, {
        method: 'POST',
        idempotencyKey: uuid(),
        locale: this.resolvedLocale,
      });
      this.replace({ ...grant, direction: grant.direction ?? before.direction });
      this.notice = { kind: 'status', text: this.says('grants.revoked', before) };
      emit(this, 'procura-revoked', { grant });
      void this.keep();
    } catch (e) {
      this.replace(before);
      const reason = this.reasonOf(e);
      this.notice = { kind: 'error', text: this.says('grants.revokeFailed', before, { reason }) };
      emit(this, 'procura-error', { kind: 'revoke', error: { message: reason, status: (e as ProblemError).status } });
      await this.focusGrant(before.id, true);
    }
  }

  private loadReason(): string {
    const e = this.loadError;
    return (e as ProblemError | undefined)?.status === 401
      ? this.localize.t('grants.reason.signIn')
      : problemMessage(e, this.localize);
  }

  private reasonOf(e: unknown): string {
    const status = (e as ProblemError).status;
    const key =
      status === 409
        ? 'conflict'
        : status === 403 || status === 404
          ? 'forbidden'
          : e instanceof ProblemError
            ? ''
            : e instanceof UnreachableError
              ? 'unreachable'
              : '';
    // Never an Error's English: the kit's sentence for the problem's code, in the page's language.
    return key ? this.localize.t(`grants.reason.${key}`) : problemMessage(e, this.localize);
  }

  /** Focuses a grant's revoke button (or the grant itself), scrolling its list to it first. */
  private async focusGrant(id: string, button: boolean): Promise<void> {
    await this.updateComplete;
    let li = this.renderRoot.querySelector<HTMLElement>(`li[data-id="${id}"]`);
    if (!li) {
      for (const list of this.renderRoot.querySelectorAll<HTMLElement>('.scroller')) {
        const items = this.view.lists[list.dataset.list!] ?? [];
        const i = items.findIndex((g) => g.id === id);
        if (i < 0) continue;
        const est = this.estimate;
        let top = 0;
        for (let k = 0; k < i; k++) top += this.heights.get(items[k].id) ?? est;
        list.scrollTop = top;
        this.views[list.dataset.list!] = { top, height: list.clientHeight };
        this.requestUpdate();
        await this.updateComplete;
        li = this.renderRoot.querySelector<HTMLElement>(`li[data-id="${id}"]`);
      }
    }
    const target = (button && li?.querySelector<HTMLElement>('[part~=revoke]:not([disabled])')) || li;
    target?.focus();
  }
}
