// The desk's inbox templates: pure functions of the data and the texts; the element passes its handlers in.
import { html, type TemplateResult } from '../core/reactive.js';
import type { DeskCounts, DeskItem } from '../model/desk.js';
import type { GrantStatus } from '../model/grant.js';
import { STATUSES, STATUS_TEXT, TAB_TEXT, type DeskLocalize, type DeskTexts } from './texts.js';

export interface InboxView {
  l: DeskLocalize;
  texts: DeskTexts;
  status: GrantStatus;
  q: string;
  counts?: DeskCounts;
  shown: number;
  openId?: string;
  on: { status(s: GrantStatus): void; search(q: string): void; open(i: DeskItem): void };
}

/** The counts per status, as toggle buttons (one pressed), the search box and the count shown. */
export function renderFilters(v: InboxView): TemplateResult {
  const { l } = v;
  const tab = (s: GrantStatus) =>
    html`<button type="button" part="tab" aria-pressed=${s === v.status ? 'true' : 'false'} @click=${() => v.on.status(s)}>${l.t(TAB_TEXT[s], { count: v.counts?.[s] ?? '…' })}</button>`;
  return html`<div part="toolbar" class="toolbar">
    <div role="group" class="tabs" aria-label=${l.t('desk.filters')}>${STATUSES.map(tab)}</div>
    <label class="search">${l.t('desk.search')}
      <input type="search" part="search" .value=${v.q} autocomplete="off" @input=${(e: Event) => v.on.search((e.target as HTMLInputElement).value)} /></label>
  </div>`;
}

/** One request of the inbox: reference, client, mandatary, service, date, status. */
export function renderRow(v: InboxView, i: DeskItem, pos: number, size: number): TemplateResult {
  const { l, texts } = v;
  const open = i.id === v.openId;
  return html`<li part="row" class="row ${i.status}${open ? ' open' : ''}" data-id=${i.id} tabindex="-1" aria-posinset=${pos} aria-setsize=${size}>
    <button type="button" part="open" class="ref" aria-label=${l.t('desk.open', { reference: i.reference })} aria-describedby="d-${i.id}" aria-expanded=${open ? 'true' : 'false'} @click=${() => v.on.open(i)}><code>${i.reference}</code></button>
    <span id="d-${i.id}" class="cells">
      <span class="client"><bdi>${i.grantor.displayName}</bdi></span>
      <span class="mandatary"><bdi>${texts.mandatary(i)}</bdi></span>
      <span class="service">${texts.service(i.service)}</span>
      <span class="date">${l.t('desk.received', { date: l.date(i.createdAt, { dateStyle: 'medium' }) })}</span>
      <span class="badge">${l.t(STATUS_TEXT[i.status])}</span>
    </span>
  </li>`;
}

export function renderEmpty(l: DeskLocalize): TemplateResult {
  return html`<p class="muted empty">${l.t('desk.empty')}</p>`;
}

export function renderSkeleton(l: DeskLocalize): TemplateResult {
  return html`<div class="skeleton" aria-busy="true"><p class="visually-hidden">${l.t('desk.loading')}</p><span></span><span></span><span></span></div>`;
}

/** The audit export: dates and format; only an admin may export (a reviewer is told so by the 403). */
export function renderAudit(
  l: DeskLocalize,
  a: { from: string; to: string; busy: boolean },
  download: (form: HTMLFormElement) => void,
  heading: (content: unknown) => TemplateResult,
): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    download(e.target as HTMLFormElement);
  };
  return html`<section part="audit" class="audit" aria-labelledby="h-audit">
    ${heading(html`<span id="h-audit">${l.t('desk.audit')}</span>`)}
    <form @submit=${submit}>
      <label>${l.t('desk.auditFrom')} <input type="date" name="from" required .value=${a.from} /></label>
      <label>${l.t('desk.auditTo')} <input type="date" name="to" required .value=${a.to} /></label>
      <label>${l.t('desk.auditFormat')}
        <select name="format"><option value="csv">${l.t('desk.auditCsv')}</option><option value="jsonl">${l.t('desk.auditJsonl')}</option></select></label>
      <button part="audit-download" ?disabled=${a.busy}>${l.t('desk.auditDownload')}</button>
    </form>
  </section>`;
}
