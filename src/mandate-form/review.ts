/**
 * The mandate form's last steps, loaded with `import()` when the person reaches the
 * review: the review and "sent" views, the PDFs (through the lazy PDF engine) and the
 * submission. Its texts (review, PDF) load with it. Kept apart so that the form's first
 * chunk carries only what the grantor's step needs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { canonicalJson, sha256Hex } from '../core/crypto.js';
import { report } from '../core/errors.js';
import type { LocalizeController } from '../core/localize.js';
import type { DraftController } from '../core/draft-store.js';
import type { SubmissionController, SubmissionState } from '../core/submission.js';
import { pick, type Localized } from '../model/localized.js';
import type { Mandate } from '../model/mandate.js';
import fr from '../i18n/fr/mandate-form-review.js';
import { signerName, stepOf, toMandate, type Context, type Kind, type Party, type Step, type Values } from './model.js';
import type { MandateDocument, MandateFormConfig, SignatureState } from './mandate-form.js';

/** What this module uses of the element (its internal state). */
export interface Host {
  localize: LocalizeController;
  localName: string;
  values: Values;
  sigs: Partial<Record<Party, SignatureState>>;
  kind: Kind;
  serviceList: string[];
  mandates: Mandate[];
  docs?: MandateDocument[];
  docsState: 'idle' | 'preparing' | 'ready' | 'failed';
  docsKey: string;
  sent: Record<string, SubmissionState>;
  server: Record<string, string>;
  busy: boolean;
  step: Step;
  summary: boolean;
  blocked?: string;
  disabled: boolean;
  resolvedEndpoint?: string;
  settings?: MandateFormConfig;
  path?: Localized[][];
  queuedIds: Record<string, string>;
  submission: SubmissionController;
  drafts: DraftController<unknown>;
  renderRoot: HTMLElement | DocumentFragment;
  updateComplete: Promise<boolean>;
  label(path: string): string;
  serviceName(s: string): string;
  context(service: string): Context;
  go(step: Step): Promise<void>;
  saveDraft(): void;
  requestUpdate(): void;
}

const done = (s?: SubmissionState) => s?.state === 'sent' || s?.state === 'queued';

const more: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  nl: () => import('../i18n/nl/mandate-form-review.js'),
  en: () => import('../i18n/en/mandate-form-review.js'),
  de: () => import('../i18n/de/mandate-form-review.js'),
};
const loaded: Record<string, Record<string, string>> = { fr };

async function textsReady(h: Host): Promise<void> {
  const base = h.localize.base;
  if (!loaded[base] && more[base]) loaded[base] = (await more[base]().catch(() => ({ default: fr }))).default;
}

/**
 * Texts of these steps: the page's `configure({ strings })` and the regional overrides
 * first (through the element's localize), then this module's dictionaries.
 */
function texts(h: Host) {
  const l = h.localize;
  const base = l.base;
  if (!loaded[base] && more[base]) void more[base]().then((m) => ((loaded[base] = m.default), h.requestUpdate()));
  const t = (key: string, p: Record<string, string | number> = {}): string => {
    const plural = typeof p.count === 'number' ? `${key}#${new Intl.PluralRules(l.locale).select(p.count)}` : '';
    if ((plural && l.has(plural)) || l.has(key)) return l.t(key, p);
    const d = loaded[base] ?? fr;
    const msg = d[plural] ?? d[`${key}#other`] ?? d[key] ?? fr[plural] ?? fr[key] ?? key;
    return msg.replace(/\{(\w+)\}/g, (m, n: string) => (n in p ? String(p[n]) : m));
  };
  return { t, date: l.date.bind(l), locale: l.locale };
}

/** The review or the "sent" step. */
export function render(h: Host): TemplateResult {
  return h.step === 'done' ? renderDone(h) : renderReview(h);
}

function renderReview(h: Host): TemplateResult {
  const t = texts(h);
  const count = h.serviceList.length;
  const st = h.submission.status;
  const m = h.mandates[0];
  const other = Object.entries(h.server).filter(([p]) => stepOf(p) === 'review' || p.startsWith('signatures') || p === 'mandate');
  return html`<p>${t.t('mandate.review.intro', { count })}</p>
    ${m
      ? html`<dl>
          <dt>${t.t('mandate.legend.grantor')}</dt><dd>${m.grantor.kind === 'legal' ? m.grantor.legalName : signerName(h.values, 'grantor', 'natural')}</dd>
          <dt>${t.t('mandate.legend.mandatary')}</dt><dd>${signerName(h.values, 'mandatary', h.kind)} (${m.mandatary.email})</dd>
          <dt>${h.label('scope.contracts')}</dt><dd>${t.t(`mandate.contracts.${m.scope.contracts}`)}${m.scope.contractIds?.length ? ` : ${m.scope.contractIds.join(', ')}` : ''}</dd>
        </dl>`
      : nothing}
    ${h.docsState === 'preparing' ? html`<p role="status">${t.t('mandate.preparing')}</p>` : nothing}
    ${h.docsState === 'failed' ? html`<p part="error" role="alert">${t.t('mandate.pdfFailed')}</p>` : nothing}
    ${h.docs
      ? html`<ul class="docs">
          ${h.docs.map((d) => {
            const service = h.serviceName(d.service);
            return html`<li>
              <a part="document" href=${d.url} target="_blank" rel="noopener">${t.t('mandate.open', { service })}</a> ·
              <a href=${d.url} download=${d.filename}>${t.t('mandate.download', { service })}</a>
            </li>`;
          })}
        </ul>`
      : nothing}
    <p class="hint">${t.t('mandate.review.paper')}</p>
    ${!h.resolvedEndpoint ? html`<p class="notice">${t.t('core.localOnly')}</p>` : nothing}
    ${st.state === 'sending' ? html`<p role="status">${t.t('core.sending')}</p>` : nothing}
    ${st.state === 'cancelled' ? html`<p class="notice warn" role="status">${t.t('core.cancelled')}</p>` : nothing}
    ${st.state === 'failed'
      ? html`<div part="error" role="alert">
          <p>${t.t('core.failed', { message: st.message })}</p>
          ${other.length ? html`<ul>${other.map(([p, msg]) => html`<li>${p} : ${msg}</li>`)}</ul>` : nothing}
        </div>`
      : nothing}
    <div class="actions">
      <button type="button" @click=${() => h.go('mandatary')}>${t.t('mandate.back')}</button>
      <button type="button" part="submit" class="primary" ?disabled=${h.busy || h.docsState !== 'ready' || !!h.blocked || h.disabled} @click=${() => send(h)}>
        ${t.t('mandate.submit', { count })}
      </button>
    </div>`;
}

function renderDone(h: Host): TemplateResult {
  const t = texts(h);
  const entries = Object.entries(h.sent);
  const queued = entries.some(([, s]) => s.state === 'queued');
  return html`<p role="status">${queued ? t.t('core.queued') : t.t('mandate.done', { count: entries.length })}</p>
    <ul>
      ${entries.map(([svc, s]) => {
        const service = h.serviceName(svc);
        const ref = s.state === 'sent' ? String((s.response as { id?: string } | undefined)?.id ?? '') : '';
        return html`<li>${s.state === 'queued' ? t.t('mandate.queuedFor', { service }) : t.t('mandate.sentFor', { service, id: ref })}</li>`;
      })}
    </ul>
    ${h.docs ? html`<ul class="docs">${h.docs.map((d) => html`<li><a part="document" href=${d.url} download=${d.filename}>${t.t('mandate.download', { service: h.serviceName(d.service) })}</a></li>`)}</ul>` : nothing}`;
}


/** Prepares (or returns the already prepared) mandates with their PDFs, one per service. */
export async function prepare(h: Host): Promise<MandateDocument[] | undefined> {
  const services = h.serviceList;
  const key = canonicalJson({ m: h.mandates, l: h.localize.locale, p: h.path, c: h.settings });
  if (key === h.docsKey && h.docs) return h.docs;
  h.docsKey = key;
  h.docsState = 'preparing';
  try {
    await textsReady(h);
    const cfg = h.settings ?? {};
    const { grantor: gs, mandatary: ms } = h.sigs;
    const [{ mandatePdf }, { pdfImage }, logo] = await Promise.all([
      import('./pdf.js'),
      import('./images.js'),
      cfg.logoUrl ? fetch(cfg.logoUrl).then((r) => (r.ok ? r.arrayBuffer() : undefined)).catch(() => undefined) : undefined,
    ]);
    const [g, m] = await Promise.all([gs?.png && pdfImage(gs.png), ms?.png && pdfImage(ms.png)]);
    const t = texts(h);
    const locale = t.locale;
    const createdAt = new Date().toISOString();
    const docs: MandateDocument[] = [];
    for (const service of services) {
      const mandate = toMandate(h.values, h.context(service));
      const dataHash = await sha256Hex(canonicalJson(mandate));
      const bytes = await mandatePdf({
        mandate,
        t: (k, p) => t.t(k, p),
        label: (p) => h.label(p),
        date: (d) => t.date(d),
        dateTime: (d) => t.date(d, { dateStyle: 'long', timeStyle: 'short' }),
        title: cfg.title ? pick(cfg.title, locale) : t.t('mandate.pdf.title'),
        serviceName: h.serviceName(service),
        logo: logo && new Uint8Array(logo),
        images: { grantor: g, mandatary: m },
        decisionPath: h.path?.slice(0, -1).map(([q, a]) => ({ question: pick(q, locale), answer: pick(a, locale) })),
        outcome: h.path?.length ? pick(h.path[h.path.length - 1][0], locale) : undefined,
        dataHash,
        fontUrl: cfg.fontUrl,
        createdAt,
      });
      const pdf = new Uint8Array(bytes);
      const sha256 = await sha256Hex(pdf);
      const blob = new Blob([pdf], { type: 'application/pdf' });
      const filename = t.t('mandate.pdf.filename', { service: service.replace(/[^\w.-]+/g, '-') });
      docs.push({ service, mandate: { ...mandate, document: { sha256 } }, blob, url: URL.createObjectURL(blob), filename, sha256, dataHash });
    }
    if (key !== h.docsKey) return prepare(h); // the data changed meanwhile
    h.docs?.forEach((d) => URL.revokeObjectURL(d.url));
    h.docs = docs;
    h.docsState = 'ready';
    return docs;
  } catch (e) {
    report(h.localName, 'the PDF could not be made', e);
    h.docsKey = '';
    h.docsState = 'failed';
    return undefined;
  }
}

/** One submission per service not yet sent; stops at the first that fails. */
export async function send(h: Host): Promise<void> {
  if (h.busy || h.blocked) return;
  h.busy = true;
  h.server = {};
  let last: SubmissionState | undefined;
  try {
    const docs = await prepare(h);
    if (!docs) return;
    for (const d of docs) {
      if (done(h.sent[d.service])) continue;
      last = await h.submission.submit('/mandates', d.mandate, {
        parts: [
          { name: 'mandate', value: new Blob([JSON.stringify(d.mandate)], { type: 'application/json' }) },
          { name: 'document', value: d.blob, filename: d.filename },
        ],
      });
      if (last.state === 'queued') h.queuedIds[last.id] = d.service;
      h.sent = { ...h.sent, [d.service]: last };
      h.saveDraft();
      if (!done(last)) break;
    }
    if (docs.every((d) => done(h.sent[d.service]))) {
      // Sent or safe in the outbox: the draft (personal data) goes first, then the step changes.
      await h.drafts.clear();
      h.step = 'done';
      await h.updateComplete;
      h.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } else if (last?.state === 'failed' && Object.keys(last.fields).length) {
      h.server = last.fields;
      const to = Object.keys(last.fields).map(stepOf).find((s) => s !== 'review');
      if (to) {
        h.step = to;
        h.summary = true;
        await h.updateComplete;
        h.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      }
    }
  } finally {
    h.busy = false;
  }
}
