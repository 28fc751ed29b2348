// The summary sheet as pure templates: identity, consents, oppositions, grants, documents, questionnaires.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import { displayName } from '../core/configure.js';
import type { ConsentRecord } from '../model/consent.js';
import type { GrantSummary, MyData } from '../model/rights.js';
import { GRANT_STATUS_TEXT, PERSON_FIELDS, ROLE_TEXT, type MyDataLocalize, type MyDataTexts } from './texts.js';

export type Heading = (depth: number, content: unknown, attrs?: { id?: string }) => TemplateResult;
export interface SheetView {
  l: MyDataLocalize;
  texts: MyDataTexts;
  h: Heading;
}

/** One titled part of the sheet; its heading names the region. */
export function part(v: SheetView, id: string, title: string, body: unknown): TemplateResult {
  return html`<section class="part" part="section" aria-labelledby="md-${id}">${v.h(1, title, { id: `md-${id}` })}${body}</section>`;
}

export function identity(v: SheetView, d: MyData): TemplateResult {
  const p = d.person;
  const rows = PERSON_FIELDS.filter((f) => p[f]).map(
    (f) => html`<div><dt>${v.texts.field(f)}</dt><dd><bdi>${v.texts.value(f, p[f]!)}</bdi></dd></div>`,
  );
  const role = html`<div><dt>${v.l.t('mydata.field.role')}</dt><dd>${v.l.t(ROLE_TEXT[p.role])}</dd></div>`;
  const sessions = v.l.t('mydata.sessions', { count: d.sessions.open });
  return part(v, 'identity', v.l.t('mydata.identity'), html`<dl class="facts">${rows}${role}</dl><p>${sessions}</p>`);
}

function record(v: SheetView, r: ConsentRecord): TemplateResult {
  const items = r.decisions.map((x) => {
    const c = v.texts.consent(x);
    return html`<li>${c.text}${c.own ? html` <span class="muted">${c.own}</span>` : nothing}</li>`;
  });
  const when = v.l.t('mydata.consent.record', { date: v.texts.date(r.collectedAt), version: r.noticeVersion });
  return html`<li><p>${when}</p><ul>${items}</ul></li>`;
}

export function consents(v: SheetView, d: MyData): TemplateResult {
  const recs = [...d.consents.records].sort((a, b) => b.collectedAt.localeCompare(a.collectedAt));
  const body = recs.length
    ? html`<ul class="history">${recs.map((r) => record(v, r))}</ul>`
    : html`<p class="muted">${v.l.t('mydata.consents.empty')}</p>`;
  return html`${part(v, 'consents', v.l.t('mydata.consents'), body)}
    ${part(v, 'oppositions', v.l.t('mydata.oppositions'), html`<p>${v.l.t('mydata.oppositions.text')}</p>`)}`;
}

function grantLine(v: SheetView, g: GrantSummary, held: boolean): TemplateResult {
  const name = held ? g.grantor.displayName : (g.mandatary?.displayName ?? g.grantor.displayName);
  const text = v.l.t('mydata.grant', {
    name,
    service: displayName('services', g.service, v.l.locale),
    status: v.l.t(GRANT_STATUS_TEXT[g.status]),
    date: v.texts.date(g.createdAt),
  });
  return html`<li>${text}</li>`;
}

export function grants(v: SheetView, d: MyData): TemplateResult {
  const list = (items: GrantSummary[], held: boolean) =>
    items.length
      ? html`<ul>${items.map((g) => grantLine(v, g, held))}</ul>`
      : html`<p class="muted">${v.l.t('mydata.grants.empty')}</p>`;
  return html`${part(v, 'given', v.l.t('mydata.grantsGiven'), list(d.grantsGiven, false))}
    ${part(v, 'held', v.l.t('mydata.grantsHeld'), list(d.grantsHeld, true))}`;
}

export function documents(v: SheetView, d: MyData): TemplateResult {
  const docs = [...d.grantsGiven, ...d.grantsHeld].filter((g) => g.document);
  const item = (g: GrantSummary) => {
    const doc = g.document!;
    const service = displayName('services', g.service, v.l.locale);
    return html`<li part="document"><p>${v.l.t('mydata.document', { service, date: v.texts.date(g.createdAt) })}</p>
      <p class="hash">${v.l.t('mydata.document.sha', { hash: doc.sha256 })}</p>
      ${doc.sealedSha256 ? html`<p class="hash">${v.l.t('mydata.document.sealed', { hash: doc.sealedSha256 })}</p>` : nothing}</li>`;
  };
  const body = docs.length
    ? html`<ul>${docs.map(item)}</ul>`
    : html`<p class="muted">${v.l.t('mydata.documents.empty')}</p>`;
  return part(v, 'documents', v.l.t('mydata.documents'), body);
}

export function decisions(v: SheetView, d: MyData): TemplateResult {
  const item = (x: MyData['decisions'][number]) => html`<li>${v.texts.decision(x)}</li>`;
  const body = d.decisions.length
    ? html`<ul>${d.decisions.map(item)}</ul>`
    : html`<p class="muted">${v.l.t('mydata.decisions.empty')}</p>`;
  return part(v, 'decisions', v.l.t('mydata.decisions'), body);
}
