// The staff panel's templates: each account (role, last activity, open sessions, state) and its dialog.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { StaffAccount } from '../model/rights.js';
import type { Heading } from './rights-view.js';
import type { StaffAction } from './rights-store.js';
import { ROLE_TEXT, relative } from './rights-texts.js';
import type { RightsLocalize } from './rights-texts.js';

export interface StaffView {
  l: RightsLocalize;
  items?: StaffAccount[];
  phase: 'loading' | 'ready' | 'error' | 'forbidden';
  error?: string;
  self?: string;
  busy?: string;
  now: number;
  heading: Heading;
  on: { ask(a: StaffAccount, action: StaffAction): void; reload(): void };
}

const row = (dt: unknown, dd: unknown) => html`<dt>${dt}</dt><dd>${dd}</dd>`;

function lastSeen(v: StaffView, a: StaffAccount): string {
  const { l } = v;
  if (!a.lastSeenAt) return l.t('desk.staff.never');
  const date = l.date(a.lastSeenAt, { dateStyle: 'long', timeStyle: 'short' });
  return l.t('desk.staff.seen', { relative: relative(l.locale, a.lastSeenAt, v.now), date });
}

function renderAccount(v: StaffView, a: StaffAccount): TemplateResult {
  const { l } = v;
  const action: StaffAction = a.disabledAt ? 'enable' : 'disable';
  const self = a.id === v.self;
  const state = a.disabledAt ? l.t('desk.staff.disabled', { date: l.date(a.disabledAt) }) : l.t('desk.staff.active');
  const button = html`<button type="button" part="staff-action ${action}" class=${action === 'disable' ? 'danger' : 'primary'} aria-describedby="s-${a.id}" ?disabled=${v.busy === a.id} @click=${() => v.on.ask(a, action)}>${l.t(action === 'disable' ? 'desk.staff.disable' : 'desk.staff.enable')}</button>`;
  return html`<li part="staff-account" class="row${a.disabledAt ? ' disabled' : ''}" data-id=${a.id}>
    <div class="account">
      ${v.heading(1, html`<bdi id="s-${a.id}">${a.displayName}</bdi>`)}
      <dl class="data">
        ${row(l.t('desk.staff.email'), html`<bdi>${a.email}</bdi>`)}
        ${row(l.t('desk.staff.role'), l.t(ROLE_TEXT[a.staffRole]))}
        ${row(l.t('desk.staff.lastSeen'), html`<span part="staff-seen">${lastSeen(v, a)}</span>`)}
        ${row(l.t('desk.staff.sessions'), l.number(a.openSessions))}
        ${row(l.t('desk.staff.state'), html`<span part="staff-state">${a.disabledAt ? html`<span aria-hidden="true">⊘ </span>` : nothing}${state}</span>`)}
      </dl>
      ${self ? html`<p class="muted" part="staff-self">${l.t('desk.staff.self')}</p>` : html`<div class="actions">${button}</div>`}
    </div>
  </li>`;
}

export function renderStaff(v: StaffView): TemplateResult {
  const { l } = v;
  return html`${v.heading(0, l.t('desk.staff.title'))}${renderStaffBody(v)}`;
}

function renderStaffBody(v: StaffView): TemplateResult {
  const { l } = v;
  if (v.phase === 'forbidden') return html`<p class="notice">${l.t('desk.staff.adminOnly')}</p>`;
  if (v.phase === 'error')
    return html`<div part="error"><p>${l.t('desk.staff.error', { reason: v.error ?? '' })}</p><button type="button" @click=${v.on.reload}>${l.t('desk.reload')}</button></div>`;
  if (!v.items) return html`<p class="muted" aria-busy="true">${l.t('desk.staff.loading')}</p>`;
  return html`<ul role="list" part="staff-list">${v.items.map((a) => renderAccount(v, a))}</ul>`;
}

export interface StaffConfirming {
  account: StaffAccount;
  action: StaffAction;
}

const DIALOG = {
  disable: ['desk.staff.confirm.disable', 'desk.staff.confirm.disableText', 'desk.staff.go.disable'],
  enable: ['desk.staff.confirm.enable', 'desk.staff.confirm.enableText', 'desk.staff.go.enable'],
} as const;

/** Disable or enable, confirmed with a reason kept in the account's trail. */
export function renderStaffDialog(
  l: RightsLocalize,
  c: StaffConfirming | undefined,
  onClose: (e: Event) => void,
): TemplateResult {
  const body = c
    ? html`<h2 id="sdlg-t">${l.t(DIALOG[c.action][0], { name: c.account.displayName })}</h2>
        <p id="sdlg-d">${l.t(DIALOG[c.action][1])}</p>
        <form method="dialog">
          <label>${l.t('desk.staff.reason')} <textarea name="reason" maxlength="1000" rows="3"></textarea></label>
          <div class="actions">
            <button value="cancel" formnovalidate autofocus>${l.t('desk.cancel')}</button>
            <button value=${c.action} part="submit" class=${c.action === 'disable' ? 'danger' : 'primary'}>${l.t(DIALOG[c.action][2])}</button>
          </div>
        </form>`
    : nothing;
  return html`<dialog part="dialog" aria-labelledby="sdlg-t" aria-describedby="sdlg-d" @close=${onClose}>${body}</dialog>`;
}
