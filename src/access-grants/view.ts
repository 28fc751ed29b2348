// The grants viewer's templates: pure functions of a grant and the texts; the element passes its handlers in.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { Grant, GrantStatus } from '../model/grant.js';
import type * as States from './states.js';
import { canRevoke, differences, directionOf, isCurrent, isOwn, shortHash, type ListFilter } from './grants.js';
import { STATUS_TEXT, type GrantsLocalize, type GrantTexts } from './texts.js';

const STATUSES: GrantStatus[] = ['pending', 'active', 'revoked', 'expired', 'refused'];
const ICONS: Record<GrantStatus, string> = { pending: '◷', active: '✓', revoked: '✕', expired: '⌛', refused: '⊘' };

export interface GrantView {
  l: GrantsLocalize;
  texts: GrantTexts;
  offline: boolean;
  /** The proof check is offered (a backend, and grants it served). */
  proof: boolean;
  documentHref(url: string): string;
  on: {
    revoke(g: Grant): void;
    open(e: MouseEvent, g: Grant): void;
    copy(hash: string): void;
    checkProof(g: Grant): void;
  };
  /** The rarer states' chunk, there before a list that needs it (a refusal, a difference) is shown. */
  states?: typeof States;
  /** The proof check's result, rendered below the document line. */
  proofOf(g: Grant): TemplateResult | typeof nothing;
  heading(level: number, content: unknown, attrs?: { id?: string }): TemplateResult;
}

export function renderGrant(v: GrantView, g: Grant, pos: number, size: number): TemplateResult {
  const { l, texts } = v;
  const diff = differences(g);
  const id = g.id;
  const meta = [!isOwn(g) && (g.relation ?? g.mandatary.relation), texts.service(g.service)]
    .filter(Boolean)
    .join(' · ');
  return html`<li part="grant" class="grant ${g.status}${diff.items.length ? ' flagged' : ''}" data-id=${id} tabindex="-1" aria-labelledby="n-${id}" aria-posinset=${pos} aria-setsize=${size}>
    ${v.heading(2, html`<bdi>${texts.nameOf(g)}</bdi>`, { id: `n-${id}` })}
    <p class="meta">${meta}</p>
    <p class="status"><span class="badge"><span aria-hidden="true">${ICONS[g.status]}</span> ${l.t(STATUS_TEXT[g.status])}</span> ${texts.dates(g)}</p>
    ${g.status === 'refused' && g.refusal ? v.states?.refusal(l as States.StatesLocalize, g.refusal) : nothing}
    <p>${texts.scopeText(g.scope)}</p>
    ${diff.items.length ? v.states?.differs(l as States.StatesLocalize, texts, diff) : nothing}
    ${g.documentUrl || g.documentSha256 ? renderDocument(v, g) : nothing}
    ${renderAction(v, g)}
  </li>`;
}

function renderAction(v: GrantView, g: Grant): TemplateResult | typeof nothing {
  if (canRevoke(g))
    return html`<button type="button" part="revoke" class="danger" aria-label=${v.texts.says('grants.revokeOf', g)} ?disabled=${v.offline} @click=${() => v.on.revoke(g)}>${v.l.t('grants.revoke')}</button>`;
  if ((isOwn(g) || directionOf(g) !== 'given') && isCurrent(g))
    return html`<p class="muted">${v.texts.says('grants.heldNote', g)}</p>`;
  return nothing;
}

function renderDocument(v: GrantView, g: Grant): TemplateResult {
  const { l } = v;
  const h = g.documentSha256;
  const url = g.documentUrl;
  return html`<p class="doc">
    ${url ? html`<a part="document" href=${v.documentHref(url)} target="_blank" rel="noopener" aria-describedby=${h ? `s-${g.id}` : nothing} @click=${(e: MouseEvent) => v.on.open(e, g)}>${l.t('grants.document')}</a>` : nothing}
    ${
      h
        ? html`<span id="s-${g.id}" class="sha"><span class="visually-hidden">${l.t('grants.sha', { hash: h })}</span><span aria-hidden="true">SHA-256 <code title=${h}>${shortHash(h)}</code></span></span>
          <button type="button" class="copy" @click=${() => v.on.copy(h)}>${l.t('grants.copy')}</button>`
        : nothing
    }
    ${
      v.proof
        ? html`<button type="button" class="copy" part="check-proof" aria-label=${l.t('grants.proof.checkOf', { name: v.texts.nameOf(g), service: v.texts.service(g.service) })}
          aria-describedby="proof-${g.id}" @click=${() => v.on.checkProof(g)}>${l.t('grants.proof.check')}</button>`
        : nothing
    }
  </p>
  ${v.proof ? v.proofOf(g) : nothing}`;
}

export interface ToolbarView {
  l: GrantsLocalize;
  texts: GrantTexts;
  filter: ListFilter;
  services: string[];
  count: number;
  set: (k: keyof ListFilter) => (e: Event) => void;
}

export function renderToolbar({ l, texts, filter, services, count, set }: ToolbarView): TemplateResult {
  const t = l.t.bind(l);
  const option = (value: string, label: string, current: string) =>
    html`<option value=${value} ?selected=${value === current}>${label}</option>`;
  const sorted = [...services].sort((a, b) => texts.service(a).localeCompare(texts.service(b), l.locale));
  return html`<div part="toolbar" class="toolbar">
    <label>${t('grants.filterStatus')}
      <select @change=${set('status')}>${option('', t('grants.all'), filter.status)}${STATUSES.map((s) => option(s, t(STATUS_TEXT[s]), filter.status))}</select></label>
    <label>${t('grants.filterService')}
      <select @change=${set('service')}>${option('', t('grants.all'), filter.service)}${sorted.map((s) => option(s, texts.service(s), filter.service))}</select></label>
    <label>${t('grants.sort')}
      <select @change=${set('sort')}>${option('newest', t('grants.newest'), filter.sort)}${option('oldest', t('grants.oldest'), filter.sort)}</select></label>
    <p class="count" role="status">${t('grants.count', { count })}</p>
  </div>`;
}

/** The revoke dialog, there from the first paint; its content (`body`) comes with the actions' chunk. */
export function renderDialog(body: unknown, onClose: (e: Event) => void): TemplateResult {
  return html`<dialog part="dialog" aria-labelledby="dlg-t" aria-describedby="dlg-d" @close=${onClose}>${body}</dialog>`;
}

/** Retry, for a failed or offline list, and after a failed action. */
export function renderRetry(l: GrantsLocalize, reload: () => void): TemplateResult {
  return html`<button type="button" @click=${reload}>${l.t('grants.reload')}</button>`;
}

/** Loading: a skeleton of fixed height, announced. */
export function renderSkeleton(l: GrantsLocalize): TemplateResult {
  return html`<div class="skeleton" aria-busy="true"><p role="status" class="visually-hidden">${l.t('grants.loading')}</p><span></span><span></span><span></span></div>`;
}
