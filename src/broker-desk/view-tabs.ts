// The desk's views as a tab list (requests, rights, staff for admins), and the lazily loaded panels behind them.
import {
  adoptStyles,
  html,
  type CSSResultOrNative,
  type nothing,
  type ReactiveController,
  type ReactiveElement,
  type TemplateResult,
} from '../core/reactive.js';
import type { DeskKey } from '../i18n/broker-desk.js';
import type * as Panels from './panels.js';
import type { PanelDeps } from './rights-panel.js';

export type DeskView = 'requests' | 'rights' | 'staff';
export const DESK_VIEWS: readonly DeskView[] = ['requests', 'rights', 'staff'];
const VIEW_TEXT: Record<DeskView, DeskKey> = {
  requests: 'desk.view.requests',
  rights: 'desk.view.rights',
  staff: 'desk.view.staff',
};

const added = new WeakMap<object, Set<CSSResultOrNative>>();

/** Adds a lazy chunk's styles to the desk's shadow root, after the element's own and those added before. */
export function addStyles(host: object, styles: CSSResultOrNative[]): void {
  const set = added.get(host) ?? new Set();
  added.set(host, set);
  for (const s of styles) set.add(s);
  const el = host as ReactiveElement;
  adoptStyles(el.renderRoot as ShadowRoot, [...(el.constructor as typeof ReactiveElement).elementStyles, ...set]);
}

export const viewOf = (v: string | undefined): DeskView => DESK_VIEWS.find((x) => x === v) ?? 'requests';

export class DeskViews implements ReactiveController {
  /** The signed-in staff member is an admin of the office (`GET /session` says `staffRole: 'admin'`). */
  admin = false;
  rights?: Panels.RightsPanel;
  staff?: Panels.StaffPanel;

  constructor(private readonly d: PanelDeps) {
    d.host.addController(this);
  }

  hostConnected(): void {}

  /** Reads the session's staff role: a reviewer is not sent to `GET /desk/staff` to be refused (a 403 in the console). */
  async probe(): Promise<void> {
    if (!this.d.backend.endpoint) return;
    try {
      const s = await this.d.backend.request<{ user?: { staffRole?: unknown } | null }>('session', { retries: 1 });
      this.admin = s?.user?.staffRole === 'admin';
    } catch {
      this.admin = false;
    }
    this.d.host.requestUpdate();
  }

  /** Loads the view's panel on first use (its own chunk) and its data. */
  async show(view: DeskView): Promise<void> {
    if (view === 'requests') return;
    const m = await import('./panels.js');
    await this.d.l.add(m.deskRightsCatalog);
    addStyles(this.d.host, m.panelStyles);
    if (view === 'rights' && !this.rights) void (this.rights = new m.RightsPanel(this.d)).load();
    if (view === 'staff' && !this.staff) void (this.staff = new m.StaffPanel(this.d)).load();
    this.d.host.requestUpdate();
  }

  /** A tab list: one tab in the Tab order, the arrows, Home and End move between the views. */
  renderTabs(view: DeskView, select: (v: DeskView) => void): TemplateResult {
    const { l } = this.d;
    const shown = DESK_VIEWS.filter((v) => v !== 'staff' || this.admin || view === 'staff');
    const keydown = (e: KeyboardEvent) => {
      const at = shown.indexOf(view);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: shown.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      const next = shown[(to + shown.length) % shown.length] ?? view;
      select(next);
      void this.d.host.updateComplete.then(() =>
        this.d.host.renderRoot.querySelector<HTMLElement>(`#desk-tab-${next}`)?.focus(),
      );
    };
    const tab = (v: DeskView) =>
      html`<button type="button" role="tab" id="desk-tab-${v}" part="view-tab" aria-selected=${v === view ? 'true' : 'false'} aria-controls="desk-panel" tabindex=${v === view ? '0' : '-1'} @click=${() => select(v)}>${l.t(VIEW_TEXT[v])}</button>`;
    return html`<div role="tablist" part="views" class="views" aria-label=${l.t('desk.views')} @keydown=${keydown}>${shown.map(tab)}</div>`;
  }

  renderPanel(view: DeskView): TemplateResult | typeof nothing {
    const panel = view === 'rights' ? this.rights : view === 'staff' ? this.staff : undefined;
    return panel ? panel.render() : html`<p class="muted" aria-busy="true">${this.d.l.t('desk.loading')}</p>`;
  }
}
