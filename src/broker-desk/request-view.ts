// One request opened: its data, its document and fingerprint, the proof's verification, the trail,
// the checklist and the actions. Pure functions of the state; the element passes its handlers in.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { DeskConsents, DeskItem, DeskRequest } from '../model/desk.js';
import type { GrantEvent } from '../model/grant.js';
import { allTicked, checklistOf, serverChecked, type CheckKey } from './checks.js';
import type { LoadedDocument } from './document.js';
import type { DeskAction } from './store.js';
import { REFUSAL_TEXT, VERIFIED, scopeText, untilText, verifiedLine } from './request-texts.js';
import { STATUS_TEXT, type DeskLocalize, type DeskTexts } from './texts.js';
import { noticeView } from './notice-view.js';

export type DocState =
  { state: 'loading' } | { state: 'ready'; doc: LoadedDocument } | { state: 'failed'; reason: string };
export type ConsentsState =
  { state: 'idle' | 'loading' } | { state: 'ready'; data: DeskConsents } | { state: 'failed'; reason: string };

export interface RequestView {
  l: DeskLocalize;
  texts: DeskTexts;
  item: DeskItem;
  req?: DeskRequest;
  failed?: string;
  doc?: DocState;
  /** The document's address on the backend (the download link before the bytes are here). */
  documentHref?: string;
  ticks: ReadonlySet<CheckKey>;
  consents: ConsentsState;
  busy: boolean;
  on: { close(): void; tick(k: CheckKey, on: boolean): void; act(a: DeskAction): void; consents(): void };
  heading(level: number, content: unknown, attrs?: { id?: string }): TemplateResult;
}

const CHECK_TEXT = {
  identity: 'desk.check.identity',
  signatures: 'desk.check.signatures',
  emails: 'desk.check.emails',
} as const;
const EVENT_TEXT = {
  created: 'desk.event.created',
  activated: 'desk.event.activated',
  refused: 'desk.event.refused',
  revoked: 'desk.event.revoked',
  expired: 'desk.event.expired',
  changed: 'desk.event.changed',
} as const;

export function renderRequest(v: RequestView): TemplateResult {
  const { l, item: i } = v;
  return html`<section part="request" class="request" aria-labelledby="h-req" tabindex="-1">
    <div class="head">
      ${v.heading(1, l.t('desk.request', { reference: i.reference }), { id: 'h-req' })}
      <button type="button" part="close" @click=${v.on.close}>${l.t('desk.close')}</button>
    </div>
    ${renderData(v)}
    ${v.failed ? html`<p class="bad">${l.t('desk.requestError', { reason: v.failed })}</p>` : nothing}
    ${v.req ? renderLoaded(v, v.req) : v.failed ? nothing : html`<p class="muted">${l.t('desk.requestLoading')}</p>`}
  </section>`;
}

function renderData(v: RequestView): TemplateResult {
  const { l, texts, item: i } = v;
  const m = i.mandatary;
  const row = (k: string, value: unknown) => html`<dt>${k}</dt><dd>${value}</dd>`;
  return html`<dl class="data">
    ${row(l.t('desk.statusLabel'), l.t(STATUS_TEXT[i.status]))}
    ${i.refusal ? row(l.t('desk.refusedFor', { reason: l.t(REFUSAL_TEXT[i.refusal.code]) }), i.refusal.note ? html`<bdi>${i.refusal.note}</bdi>` : '—') : nothing}
    ${row(l.t('desk.grantor'), html`<bdi>${i.grantor.displayName}</bdi>`)}
    ${i.grantor.clientRef ? row(l.t('desk.clientRef'), html`<code>${i.grantor.clientRef}</code>`) : nothing}
    ${row(l.t('desk.mandatary'), m ? html`<bdi>${m.givenName} ${m.familyName}</bdi> · <bdi>${m.email}</bdi>` : l.t('desk.own'))}
    ${row(l.t('desk.service'), texts.service(i.service))}
    ${row(l.t('desk.scope'), scopeText(l, i.scope))}
    ${row(l.t('desk.validUntil'), untilText(l, i.validUntil))}
  </dl>`;
}

function renderLoaded(v: RequestView, r: DeskRequest): TemplateResult {
  const { l } = v;
  return html`${renderDocument(v, r)}
    ${v.heading(2, l.t('desk.verification'))}
    <ul class="verify" part="verification">
      ${VERIFIED.map((k) => {
        const x = verifiedLine(l, r.verification, k);
        return html`<li class=${x.ok ? 'ok' : 'bad'}><span aria-hidden="true">${x.ok ? '✓' : '✕'}</span> ${x.text}</li>`;
      })}
      ${r.document.sealed ? html`<li class="ok"><span aria-hidden="true">✓</span> ${l.t('desk.sealed')}</li>` : nothing}
    </ul>
    ${renderTrail(v, r.events)} ${renderChecklist(v, r)} ${renderActions(v)} ${renderConsents(v)}`;
}

function renderDocument(v: RequestView, r: DeskRequest): TemplateResult {
  const { l, doc } = v;
  const url = doc?.state === 'ready' ? doc.doc.url : v.documentHref;
  const verdict =
    doc?.state === 'ready'
      ? html`<p part="hash" class=${doc.doc.same ? 'ok' : 'bad'}><strong>${l.t(doc.doc.same ? 'desk.hashSame' : 'desk.hashDifferent')}</strong></p>`
      : doc?.state === 'failed'
        ? html`<p class="bad">${l.t('desk.documentFailed', { reason: doc.reason })}</p>`
        : html`<p class="muted">${l.t('desk.documentLoading')}</p>`;
  return html`${v.heading(2, l.t('desk.document'))}
    <div role="status">${verdict}</div>
    <p class="sha">${l.t('desk.hashRecorded', { hash: r.document.sha256 })}</p>
    ${doc?.state === 'ready' ? html`<iframe part="document" src=${doc.doc.url} title=${l.t('desk.documentFrame', { reference: v.item.reference })}></iframe>` : nothing}
    ${url ? html`<p><a part="download" href=${url} download="${v.item.reference}.pdf">${l.t('desk.download')}</a></p>` : nothing}`;
}

function renderTrail(v: RequestView, events: GrantEvent[]): TemplateResult {
  const { l } = v;
  return html`${v.heading(2, l.t('desk.trail'))}
    <ol class="trail" part="trail">
      ${events.map((e) => html`<li>${l.t('desk.eventLine', { event: l.t(EVENT_TEXT[e.type]), date: l.date(e.at, { dateStyle: 'medium', timeStyle: 'short' }), actor: e.actor })}</li>`)}
    </ol>`;
}

function renderChecklist(v: RequestView, r: DeskRequest): TemplateResult | typeof nothing {
  const { l, item: i } = v;
  if (i.status !== 'pending') return nothing;
  const server = serverChecked(r.checks, i);
  const left = !allTicked(i, v.ticks);
  return html`<fieldset part="checklist" class="checklist">
    <legend>${l.t('desk.checklist')}</legend>
    ${checklistOf(i).map((k) => {
      const s = server[k];
      const note =
        s === undefined
          ? nothing
          : html`<span class=${s ? 'muted' : 'bad'}> ${l.t(s ? 'desk.checkServer' : 'desk.checkServerNot')}</span>`;
      return html`<label><input type="checkbox" name=${k} .checked=${v.ticks.has(k)} @change=${(e: Event) => v.on.tick(k, (e.target as HTMLInputElement).checked)} /> ${l.t(CHECK_TEXT[k])}${note}</label>`;
    })}
    ${left ? html`<p class="muted" id="left">${l.t('desk.checklistLeft')}</p>` : nothing}
  </fieldset>`;
}

/** Which actions a request offers in its status; Activate waits for the checklist and a matching fingerprint. */
function renderActions(v: RequestView): TemplateResult {
  const { l, item: i } = v;
  const live = i.status === 'pending' || i.status === 'active';
  const different = v.doc?.state === 'ready' && !v.doc.doc.same;
  const canActivate = i.status === 'pending' && allTicked(i, v.ticks) && !different && !v.busy;
  const button = (a: DeskAction, key: Parameters<DeskLocalize['t']>[0], extra = '') =>
    html`<button type="button" part="action ${a}" class=${extra} ?disabled=${v.busy} @click=${() => v.on.act(a)}>${l.t(key)}</button>`;
  return html`<div class="actions" part="actions">
    ${i.status === 'pending' ? html`<button type="button" part="action activate" class="primary" ?disabled=${!canActivate} aria-describedby=${canActivate ? nothing : 'left'} @click=${() => v.on.act('activate')}>${l.t('desk.activate')}</button>` : nothing}
    ${i.status === 'pending' ? button('refuse', 'desk.refuse', 'danger') : nothing}
    ${live ? button('scope', 'desk.narrow') : nothing}
    ${i.status === 'active' ? button('revoke', 'desk.revoke', 'danger') : nothing}
  </div>`;
}

function renderConsents(v: RequestView): TemplateResult | typeof nothing {
  const { l, item: i, consents: c } = v;
  if (!i.grantor.clientRef) return nothing;
  return html`<section part="consents" class="consents" aria-labelledby="h-consents">
    ${v.heading(2, l.t('desk.consents'), { id: 'h-consents' })}
    ${c.state === 'idle' ? html`<button type="button" part="consents-load" @click=${v.on.consents}>${l.t('desk.consentsLoad')}</button>` : nothing}
    <div role="status">${consentsBody(l, c)}</div>
  </section>`;
}

function consentsBody(l: DeskLocalize, c: ConsentsState): TemplateResult | typeof nothing {
  if (c.state === 'failed') return html`<p class="bad">${l.t('desk.consentsError', { reason: c.reason })}</p>`;
  if (c.state !== 'ready') return nothing;
  return html`${recordsList(l, c.data)} ${decisionsList(l, c.data.decisions)}`;
}

type Proof = Extract<ConsentsState, { state: 'ready' }>['data'];

function recordsList(l: DeskLocalize, data: Proof): TemplateResult {
  if (!data.records.length) return html`<p>${l.t('desk.consentsNone')}</p>`;
  return html`<ul class="consent-list">
    ${data.records.map((r) => {
      const decisions = l.list(r.decisions.map((d) => l.t(`desk.consent.${d.state}`, { purpose: d.purpose })));
      const line = l.t('desk.consentLine', {
        date: l.date(r.collectedAt, { dateStyle: 'medium', timeStyle: 'short' }),
        version: r.noticeVersion,
        hash: `${r.noticeSha256.slice(0, 12)}…`,
        decisions,
      });
      return html`<li>
        ${line} ${l.t(r.receipt ? 'desk.consentReceipt' : 'desk.consentNoReceipt')} ${noticeView(l, data.notices, r)}
      </li>`;
    })}
  </ul>`;
}

/** The questionnaires the client answered while signed in: which tree, its version, the outcome. */
function decisionsList(l: DeskLocalize, decisions: Proof['decisions']): TemplateResult | typeof nothing {
  if (!decisions.length) return nothing;
  return html`<ul class="decision-list" part="decisions">
    ${decisions.map(
      (d) =>
        html`<li>
          ${l.t('desk.treeDecision', {
            date: l.date(d.at, { dateStyle: 'medium', timeStyle: 'short' }),
            tree: d.treeId,
            version: d.treeVersion,
            outcome: d.outcome,
            count: d.answers.length,
          })}
        </li>`,
    )}
  </ul>`;
}
