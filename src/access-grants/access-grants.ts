import { html, nothing, type PropertyValues, type TemplateResult } from '../core/reactive.js';
import { property, state } from '../core/props.js';
import { ProcuraElement } from '../core/base-element.js';
import { getConfiguration } from '../core/configure.js';
import type { ProblemError, UnreachableError } from '../core/errors.js';
import { emit } from '../core/events.js';
import { baseStyles } from '../core/theme.js';
import type { Grant } from '../model/grant.js';
import { grantsCatalog, type GrantsKey } from '../i18n/access-grants.js';
import { documentHref, listsOf, type Direction, type ListFilter, type ListKey, type Lists } from './grants.js';
import { styles } from './access-grants.styles.js';
import type * as Act from './act.js';
import type * as States from './states.js';
import type { ProofState } from './proof.js';
import { GrantParts } from './parts.js';
import { DIRECTION_TEXT, GrantTexts } from './texts.js';
import { renderDialog, renderGrant, renderRetry, renderSkeleton, renderToolbar, type GrantView } from './view.js';

import type { AccessGrantsConfig } from './config.js';

export type { AccessGrantsConfig } from './config.js';

type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline' | 'none';
type Notice = { kind: 'status' | 'error'; text: string };
interface View extends Lists {
  items?: Grant[];
  filter: ListFilter;
  direction?: string;
}

/** Lists longer than this are windowed (the windowing loads then); shorter ones are wholly in the DOM. */
const LONG = 60;
/** What a long list shows while its windowing loads: about a screenful. */
const FIRST = 10;

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

  private texts = new GrantTexts(this.localize);
  private loadedFor?: string;
  private loadSeq = 0;
  private memo?: View;
  private onNetwork = () => {
    this.online = navigator.onLine;
    if (this.online && this.phase === 'offline') void this.reload();
  };

  private parts = new GrantParts(
    this,
    (c) => this.localize.add(c),
    (on) => (this.busy = on),
  );

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
    this.parts.statesFailed = false;
    if (!this.loadedFor) return void (this.phase = 'none');
    this.phase = 'loading';
    if (!navigator.onLine) return this.fromCache(seq);
    try {
      const { fetchGrants } = await this.parts.store();
      const all = await fetchGrants(this.parts.backend!);
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
      const message = this.loadReason(await this.parts.loadStates().catch(() => undefined), e);
      emit(this, 'procura-error', { kind: 'load', error: { message, status: (e as ProblemError).status } });
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
    const { keepGrants } = await this.parts.store();
    await keepGrants(key, this.items, this.settings?.cacheDays ?? 7, this.resolvedEndpoint);
  }

  private async fromCache(seq: number): Promise<void> {
    const hit = await (await this.parts.store()).cachedGrants(this.cacheKey, this.resolvedEndpoint);
    if (seq !== this.loadSeq) return;
    Object.assign(this, { items: hit?.data, cachedAt: hit?.savedAt, phase: 'offline' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.grants !== undefined) {
      if (changed.has('grants')) Object.assign(this, { items: this.grants, phase: 'ready' });
    } else if (this.phase === 'idle' || changed.has('grants') || this.loadedFor !== this.resolvedEndpoint)
      void this.reload();
    if (this.needsStates && !this.parts.statesFailed) void this.parts.loadStates().catch(() => undefined);
  }

  /** Once a part is asked for, `updateComplete` waits for it and for the render it brings. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p; (p = this.parts.pending);) {
      await p.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** After the first paint, when idle: the rarer states, so that going offline later finds them here. */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.parts.prefetch();
  }

  private get needsStates(): boolean {
    if (this.phase === 'offline' || this.phase === 'error' || this.phase === 'none') return true;
    return !!this.items && this.view.rare;
  }

  private loadReason(states: typeof States | undefined, e: unknown): string {
    const problem = (x: unknown) => this.parts.backend?.problemMessage(x) ?? this.localize.t('core.renderError');
    return states ? states.loadReason(this.localize as States.StatesLocalize, e, problem) : problem(e);
  }

  private get offline(): boolean {
    return this.phase === 'offline' || !this.online;
  }

  private retry(): TemplateResult {
    return renderRetry(this.localize, () => void this.reload());
  }

  private renderBody(): TemplateResult | typeof nothing {
    const s = this.parts.states;
    if (this.needsStates && !s)
      return this.parts.statesFailed
        ? html`<div part="error"><p>${this.localize.t('core.renderError')}</p>${this.retry()}</div>`
        : renderSkeleton(this.localize);
    if (this.items) return this.renderLoaded();
    if (this.phase === 'none') return s!.none(this.localize as States.StatesLocalize);
    return this.phase === 'error' || this.phase === 'offline' ? nothing : renderSkeleton(this.localize);
  }

  protected override renderContent(): TemplateResult {
    const n = this.notice;
    const s = this.parts.states;
    const l = this.localize as States.StatesLocalize;
    const error = this.phase === 'error' && s ? s.failed(l, this.loadReason(s, this.loadError), this.retry()) : nothing;
    const { items, phase, offline, cachedAt } = this;
    // The live regions are there in every phase, empty until they speak (WCAG 4.1.3): a region
    // that enters the accessibility tree already filled is often not read.
    // One template from loading to loaded: the live regions keep their node, so they can speak.
    return html`<div class="root" aria-busy=${this.busy ? 'true' : nothing}><div role="alert" class="live">${error}${n?.kind === 'error' ? html`<div part="error" class="notice"><p>${n.text}</p>${this.retry()}</div>` : nothing}</div>
      <div role="status" class="live">${s ? s.offline(l, { hasItems: !!items, phase, offline, cachedAt }, this.retry()) : nothing}${n && n.kind !== 'error' ? html`<div part="status" class="notice"><p>${n.text}</p></div>` : nothing}</div>${this.renderBody()}</div>`;
  }

  private renderLoaded(): TemplateResult {
    const { mine, count, history, services } = this.view;
    const set = (k: keyof ListFilter) => (e: Event) =>
      (this.filter = { ...this.filter, [k]: (e.target as HTMLSelectElement).value });
    return html`
      ${mine.length ? renderToolbar({ l: this.localize, texts: this.texts, filter: this.filter, services, count, set }) : this.parts.states?.empty(this.localize as States.StatesLocalize, this.settings?.requestUrl)}
      ${mine.length ? this.dirs.map((d) => this.renderDirection(d, history.has(d))) : nothing}
      ${renderDialog(this.parts.act?.dialogBody(this.localize as Act.ActLocalize, this.texts, this.confirming), this.onClose)}`;
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
    const filtered = !!(this.filter.status || this.filter.service);
    const empty = filtered ? t('grants.noMatch') : t(dir === 'given' ? 'grants.emptyGiven' : 'grants.emptyHeld');
    const list = (key: string, none: string) => {
      const items = this.list(key);
      return items.length ? this.renderList(key, items) : html`<p class="muted">${none}</p>`;
    };
    return html`<section aria-labelledby="h-${dir}">
      ${this.heading(0, t(DIRECTION_TEXT[dir]), { id: `h-${dir}` })}
      ${this.heading(1, t('grants.current'))}
      ${list(`${dir}-c`, empty)}
      ${hasHistory ? html`${this.heading(1, t('grants.history'))}${list(`${dir}-h`, t('grants.noMatch'))}` : nothing}
    </section>`;
  }

  /** One scrolling list: windowed when long, once the windowing is there; until then its first screenful. */
  private renderList(key: string, items: Grant[]): TemplateResult {
    const long = items.length > LONG;
    if (long && this.parts.window) return this.parts.window.render(key, items, this.renderGrant);
    if (long) void this.parts.loadWindow();
    const shown = long ? items.slice(0, FIRST) : items;
    return html`<div class="scroller" data-list=${key}><ul role="list">${shown.map((g, i) => this.renderGrant(g, i + 1, items.length))}</ul></div>`;
  }

  private get actHost(): Act.ActHost {
    return {
      el: this,
      l: this.localize as Act.ActLocalize,
      texts: this.texts,
      backend: this.parts.backend!,
      say: (n) => (this.notice = n),
      replace: (g) => (this.items = this.items?.map((x) => (x.id === g.id ? g : x))),
      keep: () => void this.keep(),
      focusGrant: (id, button) => this.focusGrant(id, button),
      proofs: this.proofs,
      setProof: (id, p) => (this.proofs = new Map(this.proofs).set(id, p)),
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
      documentHref: (url) => documentHref(this.resolvedEndpoint, url),
      on: {
        revoke: (g) => void this.ask(g),
        open: (e, g) => void this.open(e, g),
        copy: (h) => void this.copy(h),
        checkProof: (g) =>
          void this.parts
            .loadAct()
            .then((a) =>
              a.check(this.actHost, g, g.documentUrl ? documentHref(this.resolvedEndpoint, g.documentUrl) : undefined),
            ),
      },
      proofOf: (g) =>
        html`<div class="proof" part="proof" id="proof-${g.id}" role="status">
          ${this.parts.act?.proofBody(this.localize as Act.ActLocalize, g.id, this.proofs.get(g.id)) ?? nothing}
        </div>`,
      heading: (level, content, attrs) => this.heading(level, content, attrs),
      states: this.parts.states,
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.confirming && dialog && !dialog.open) dialog.showModal();
  }

  /** With bearer headers (no cookie), the PDF is fetched through the backend and checked against its SHA-256. */
  private async open(e: MouseEvent, g: Grant): Promise<void> {
    const url = g.documentUrl;
    if (!this.resolvedEndpoint || !url || !getConfiguration().headers || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const act = await this.parts.loadAct();
    await act.open(this.actHost, documentHref(this.resolvedEndpoint, url), g);
  }

  private async copy(hash: string): Promise<void> {
    try {
      // Written within the click, while the chunk with the notice's text loads.
      await Promise.all([navigator.clipboard.writeText(hash), this.parts.loadAct()]);
      this.notice = { kind: 'status', text: (this.localize as Act.ActLocalize).t('grants.copied') };
    } catch {
      /* no clipboard here: the full hash stays readable in the title and the description */
    }
  }

  private async ask(g: Grant): Promise<void> {
    if (this.offline) return;
    this.notice = undefined;
    await this.parts.loadAct();
    this.confirming = g;
  }

  /** Escape, Cancel and Revoke all close the dialog; only Revoke sets `returnValue`. */
  private onClose = (e: Event) => {
    const g = this.confirming;
    this.confirming = undefined;
    void this.parts.act?.closed(this.actHost, e.currentTarget as HTMLDialogElement, g);
  };

  /** Focuses a grant's revoke button (or the grant itself), scrolling its list to it first. */
  private async focusGrant(id: string, button: boolean): Promise<void> {
    await this.updateComplete;
    const li = this.parts.window
      ? await this.parts.window.reveal(id, (key) => this.list(key))
      : this.renderRoot.querySelector<HTMLElement>(`li[data-id="${id}"]`);
    const target = (button && li?.querySelector<HTMLElement>('[part~=revoke]:not([disabled])')) || li;
    target?.focus();
  }
}
