// The rights queue's list: the filters with their counts, the search, one row per request with its clock.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { DeskRightsItem, DeskRightsPage } from '../model/rights.js';
import { RIGHTS_FILTERS, type RightsFilter } from './rights-store.js';
import { FILTER_TEXT, KIND_TEXT, RIGHTS_STATUS_TEXT, clock, isOverdue } from './rights-texts.js';
import type { RightsLocalize } from './rights-texts.js';

export type Heading = (depth: number, content: unknown, attrs?: { id?: string; tabindex?: string }) => TemplateResult;

export interface RightsListView {
  l: RightsLocalize;
  filter: RightsFilter;
  q: string;
  page?: DeskRightsPage;
  phase: 'loading' | 'ready' | 'error';
  error?: string;
  openId?: string;
  now: Date;
  on: { filter(f: RightsFilter): void; search(q: string): void; open(i: DeskRightsItem): void; reload(): void };
}

function count(v: RightsListView, f: RightsFilter): number | string {
  const c = v.page?.counts;
  if (!c) return '…';
  return f === 'open' ? c.open : f === 'answered' ? c.answered : c.open + c.answered;
}

export function renderRightsFilters(v: RightsListView): TemplateResult {
  const { l } = v;
  const tab = (f: RightsFilter) =>
    html`<button type="button" part="rights-filter" aria-pressed=${f === v.filter ? 'true' : 'false'} @click=${() => v.on.filter(f)}>${l.t(FILTER_TEXT[f], { count: count(v, f) })}</button>`;
  const overdue = v.page?.counts.overdue ?? 0;
  return html`<div class="toolbar">
      <div role="group" class="tabs" aria-label=${l.t('desk.rights.filters')}>${RIGHTS_FILTERS.map(tab)}</div>
      <label class="search">${l.t('desk.rights.search')}
        <input type="search" part="rights-search" .value=${v.q} autocomplete="off" @input=${(e: Event) => v.on.search((e.target as HTMLInputElement).value)} /></label>
    </div>
    ${overdue ? html`<p part="rights-overdue" class="overdue-count"><span aria-hidden="true">⚠ </span>${l.t('desk.rights.overdueCount', { count: overdue })}</p>` : nothing}`;
}

/** One request: reference, person, kind, status, and the clock (overdue: a word and a sign, not a colour only). */
export function renderRightsRow(v: RightsListView, i: DeskRightsItem): TemplateResult {
  const { l } = v;
  const late = isOverdue(i, v.now);
  const open = i.id === v.openId;
  return html`<li part="rights-row" class="row${late ? ' overdue' : ''}${open ? ' open' : ''}" data-id=${i.id}>
    <button type="button" part="rights-open" class="ref" aria-label=${l.t('desk.rights.open', { reference: i.reference })} aria-describedby="r-${i.id}" aria-expanded=${open ? 'true' : 'false'} @click=${() => v.on.open(i)}><code>${i.reference}</code></button>
    <span id="r-${i.id}" class="cells">
      <span class="client"><bdi>${i.person.displayName}</bdi></span>
      <span>${l.t(KIND_TEXT[i.kind])}</span>
      <span part="rights-clock" class="clock">${late ? html`<span aria-hidden="true">⚠ </span>` : nothing}${clock(l, i, v.now)}</span>
      <span class="badge">${l.t(RIGHTS_STATUS_TEXT[i.status])}</span>
    </span>
  </li>`;
}

export function renderRightsList(v: RightsListView): TemplateResult {
  const { l } = v;
  if (v.phase === 'error')
    return html`<div part="error"><p>${l.t('desk.rights.error', { reason: v.error ?? '' })}</p><button type="button" @click=${v.on.reload}>${l.t('desk.reload')}</button></div>`;
  const items = v.page?.items;
  if (!items)
    return html`<div class="skeleton" aria-busy="true"><p class="visually-hidden">${l.t('desk.rights.loading')}</p><span></span><span></span><span></span></div>`;
  if (!items.length) return html`<p class="muted empty">${l.t('desk.rights.empty')}</p>`;
  return html`<ul role="list" part="rights-list">${items.map((i) => renderRightsRow(v, i))}</ul>`;
}
