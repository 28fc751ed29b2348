// The confirmation of each action, in a <dialog>: what it does, and what it asks (a reason, a narrower access).
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import { REFUSAL_CODES, type DeskItem, type RefusalCode } from '../model/desk.js';
import type { Scope } from '../model/mandate.js';
import type { ActionBody, DeskAction } from './store.js';
import { REFUSAL_TEXT } from './request-texts.js';
import type { DeskLocalize } from './texts.js';

export interface Confirming {
  action: DeskAction;
  item: DeskItem;
}

const TITLE = {
  activate: ['desk.confirm.activate', 'desk.confirm.activateText', 'desk.activate'],
  refuse: ['desk.confirm.refuse', 'desk.confirm.refuseText', 'desk.refuse'],
  scope: ['desk.confirm.narrow', 'desk.confirm.narrowText', 'desk.narrow'],
  revoke: ['desk.confirm.revoke', 'desk.confirm.revokeText', 'desk.revoke'],
} as const;

export function renderDialog(l: DeskLocalize, c: Confirming | undefined, onClose: (e: Event) => void): TemplateResult {
  const body = c ? renderBody(l, c) : nothing;
  return html`<dialog part="dialog" aria-labelledby="dlg-t" aria-describedby="dlg-d" @close=${onClose}>${body}</dialog>`;
}

function renderBody(l: DeskLocalize, c: Confirming): TemplateResult {
  const [title, text, go] = TITLE[c.action];
  const danger = c.action === 'refuse' || c.action === 'revoke';
  return html`<h2 id="dlg-t">${l.t(title, { reference: c.item.reference })}</h2>
    <p id="dlg-d">${l.t(text)}</p>
    <form method="dialog">
      ${c.action === 'refuse' ? refuseFields(l) : nothing}
      ${c.action === 'scope' ? scopeFields(l, c.item) : nothing}
      <div class="actions">
        <button value="cancel" formnovalidate autofocus>${l.t('desk.cancel')}</button>
        <button value=${c.action} part="submit" class=${danger ? 'danger' : 'primary'}>${l.t(go)}</button>
      </div>
    </form>`;
}

function refuseFields(l: DeskLocalize): TemplateResult {
  return html`<label>${l.t('desk.reason')}
      <select name="code" required>
        <option value=""></option>
        ${REFUSAL_CODES.map((code) => html`<option value=${code}>${l.t(REFUSAL_TEXT[code])}</option>`)}
      </select></label>
    <label>${l.t('desk.note')} <textarea name="note" maxlength="1000" rows="3"></textarea></label>`;
}

function scopeFields(l: DeskLocalize, i: DeskItem): TemplateResult {
  const ids = (i.scope.contractIds ?? []).join(', ');
  const radio = (v: Scope['contracts'], key: 'desk.scope.all' | 'desk.scope.one' | 'desk.scope.listed') =>
    html`<label><input type="radio" name="contracts" value=${v} ?checked=${i.scope.contracts === v} /> ${l.t(key, { ids: '…' })}</label>`;
  return html`<fieldset><legend>${l.t('desk.contracts')}</legend>
      ${radio('all', 'desk.scope.all')} ${radio('one', 'desk.scope.one')} ${radio('listed', 'desk.scope.listed')}
    </fieldset>
    <label>${l.t('desk.contractIds')} <input name="ids" .value=${ids} autocomplete="off" /></label>
    <label>${l.t('desk.newValidUntil')} <input type="date" name="validUntil" .value=${i.validUntil ?? ''} /></label>
    <label>${l.t('desk.noteNarrow')} <textarea name="note" maxlength="1000" rows="3" required></textarea></label>`;
}

/** What the dialog's form asks for the action, read when it closes with the action's button. */
export function bodyOf(action: DeskAction, form: HTMLFormElement | null): ActionBody {
  const data = new FormData(form ?? undefined);
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const note = text('note') || undefined;
  if (action === 'refuse') return { action, code: (text('code') || 'other') as RefusalCode, ...(note && { note }) };
  if (action !== 'scope') return { action };
  const contracts = (text('contracts') || 'all') as Scope['contracts'];
  const ids = text('ids')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const scope: Scope = contracts === 'all' ? { contracts } : { contracts, contractIds: ids };
  const validUntil = text('validUntil') || undefined;
  return { action, scope, ...(validUntil && { validUntil }), ...(note && { note }) };
}
