// The desk's staff panel (view="staff", office admins only): each account's role, last activity and
// open sessions; disabling (every session ends at once) or enabling again, confirmed with a reason.
import { html, type ReactiveController, type TemplateResult } from '../core/reactive.js';
import type { ProblemError } from '../core/errors.js';
import type { StaffAccount } from '../model/rights.js';
import { reportError, type PanelDeps } from './rights-panel.js';
import { fetchStaff, postStaff, whoAmI, type StaffAction } from './rights-store.js';
import { renderStaff, renderStaffDialog, type StaffConfirming, type StaffView } from './staff-view.js';

export class StaffPanel implements ReactiveController {
  items?: StaffAccount[];
  phase: StaffView['phase'] = 'loading';
  error?: string;
  self?: string;
  busy?: string;
  confirming?: StaffConfirming;

  constructor(private readonly d: PanelDeps) {
    d.host.addController(this);
  }

  hostUpdated(): void {
    const dialog = this.d.host.renderRoot.querySelector<HTMLDialogElement>('dialog[part~=dialog]');
    if (this.confirming && dialog && !dialog.open) dialog.showModal();
  }

  async load(): Promise<void> {
    if (!this.items) this.phase = 'loading';
    this.d.host.requestUpdate();
    try {
      const [items, self] = await Promise.all([fetchStaff(this.d.backend), whoAmI(this.d.backend)]);
      Object.assign(this, { items, self, phase: 'ready', error: undefined });
    } catch (e) {
      const forbidden = (e as ProblemError).status === 403;
      Object.assign(this, { items: undefined, phase: forbidden ? 'forbidden' : 'error' });
      this.error = this.d.texts.loadReason(e);
      reportError(this.d, 'staff-load', this.error, e);
    }
    this.d.host.requestUpdate();
  }

  private onClose = async (e: Event): Promise<void> => {
    const dialog = e.currentTarget as HTMLDialogElement;
    const c = this.confirming;
    const go = !!c && dialog.returnValue === c.action;
    const reason = String(new FormData(dialog.querySelector('form') ?? undefined).get('reason') ?? '').trim();
    dialog.returnValue = '';
    this.confirming = undefined;
    this.d.host.requestUpdate();
    if (c && go) await this.run(c.account, c.action, reason || undefined);
    await this.d.host.updateComplete;
    const li =
      c && this.d.host.renderRoot.querySelector(`[part~=staff-account][data-id="${CSS.escape(c.account.id)}"]`);
    li?.querySelector<HTMLElement>('[part~=staff-action]')?.focus();
  };

  private async run(a: StaffAccount, action: StaffAction, reason?: string): Promise<void> {
    const { l } = this.d;
    this.busy = a.id;
    this.d.host.requestUpdate();
    try {
      const after = await postStaff(this.d.backend, a.id, action, reason);
      this.items = this.items?.map((x) => (x.id === after.id ? after : x));
      const key = action === 'disable' ? 'desk.staff.done.disable' : 'desk.staff.done.enable';
      this.d.say('status', l.t(key, { name: a.displayName }));
    } catch (e) {
      const message = l.t('desk.staff.failed', { name: a.displayName, reason: this.d.texts.reasonOf(e) });
      this.d.say('error', message);
      reportError(this.d, action === 'disable' ? 'staff-disable' : 'staff-enable', message, e);
    } finally {
      this.busy = undefined;
      this.d.host.requestUpdate();
    }
  }

  render(): TemplateResult {
    const view: StaffView = {
      l: this.d.l,
      items: this.items,
      phase: this.phase,
      error: this.error,
      self: this.self,
      busy: this.busy,
      now: Date.now(),
      heading: this.d.heading,
      on: {
        ask: (account, action) => ((this.confirming = { account, action }), this.d.host.requestUpdate()),
        reload: () => void this.load(),
      },
    };
    return html`${renderStaff(view)}${renderStaffDialog(this.d.l, this.confirming, this.onClose)}`;
  }
}
