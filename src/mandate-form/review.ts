/**
 * The mandate form's last steps, loaded with `import()` when the person reaches the
 * review: the review and "sent" views, the PDFs (through the lazy PDF engine) and the
 * submission. Its texts (review, PDF) load with it. Kept apart so that the form's first
 * chunk carries only what the grantor's step needs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { canonicalJson, sha256Hex } from '../core/crypto.js';
import { receiptLink } from '../core/receipt.js';
import { displayName, getConfiguration } from '../core/configure.js';
import { emit, type DecisionDetail } from '../core/events.js';
import { report } from '../core/errors.js';
import type { LocalizeController } from '../core/localize.js';
import type { DraftController } from '../core/draft-store.js';
import type { SubmissionController, SubmissionState } from '../core/submission.js';
import { pick, type Localized } from '../model/localized.js';
import type { Mandate } from '../model/mandate.js';
import type { AccessRequest } from '../model/access-request.js';
import fr from '../i18n/fr/mandate-form-review.js';
import {
  formPath,
  signerName,
  stepOf,
  toAccessRequest,
  toMandate,
  type Context,
  type Kind,
  type Party,
  type Step,
  type Values,
} from './model.js';
import type { MandateDocument, MandateFormConfig, RequestDocument, SignatureState } from './mandate-form.js';

/** What this module uses of the element (its internal state). */
export interface Host {
  localize: LocalizeController;
  localName: string;
  values: Values;
  sigs: Partial<Record<Party, SignatureState>>;
  personKind: Kind;
  isRequest: boolean;
  serviceList: string[];
  mandates: Mandate[];
  accessRequest?: AccessRequest;
  docs?: (MandateDocument | RequestDocument)[];
  /** `font-failed`: the Unicode font could not be loaded, so no PDF (never one with approximated letters). */
  docsState: 'idle' | 'preparing' | 'ready' | 'failed' | 'font-failed';
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
  /** The questionnaire's decision, whose outcome the PDF states as a sentence. */
  decision?: DecisionDetail;
  queuedIds: Record<string, string>;
  sender: SubmissionController;
  signedOut: boolean;
  signInHeld: boolean;
  copied?: { ref: string; ok: boolean };
  signInNotice(alert: boolean): TemplateResult;
  readSession(): Promise<void>;
  copyReference(ref: string): Promise<void>;
  drafts: DraftController<unknown>;
  renderRoot: HTMLElement | DocumentFragment;
  updateComplete: Promise<boolean>;
  label(path: string): string;
  serviceName(s: string): string;
  context(service: string): Context;
  go(step: Step): Promise<void>;
  saveDraft(): void;
  requestUpdate(): void;
  /** A heading `depth` levels below the element's first (`heading-level`, default 2). */
  heading(
    depth: number,
    content: unknown,
    attrs?: { id?: string; part?: string; class?: string; tabindex?: string },
  ): TemplateResult;
}

const done = (s?: SubmissionState) => s?.state === 'sent' || s?.state === 'queued';

/**
 * A short reference a person can read out on the phone, from the grant's (else the
 * submission's) id: `PR-7F3A-19C2`. The broker finds the grant by its id's start.
 */
export function reference(response: unknown): string {
  const r = (response ?? {}) as { id?: unknown; grantId?: unknown };
  const raw = String(r.grantId ?? r.id ?? '')
    .replace(/[^0-9a-z]/gi, '')
    .toUpperCase();
  return raw ? `PR-${raw.slice(0, 4)}-${raw.slice(4, 8)}`.replace(/-$/, '') : '';
}

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
  /** The language `t(key)` is written in: French when this module's dictionary for the locale is missing or lacks the key. */
  const langOf = (key: string, p: Record<string, string | number>): string => {
    const plural = typeof p.count === 'number' ? `${key}#${new Intl.PluralRules(l.locale).select(p.count)}` : '';
    if ((plural && l.has(plural)) || l.has(key)) return l.lang(key, p);
    const own = loaded[base];
    const here = own && (base === 'fr' || own !== fr) && (own[plural] ?? own[`${key}#other`] ?? own[key]) !== undefined;
    return here ? l.locale : 'fr';
  };
  /** `t()` for text content: a sentence that fell back to French comes marked `lang="fr"` (WCAG 3.1.2). */
  const tl = (key: string, p: Record<string, string | number> = {}) => l.mark(t(key, p), langOf(key, p));
  return { t, tl, date: l.date.bind(l), locale: l.locale };
}

/** The review or the "sent" step. */
export function render(h: Host): TemplateResult {
  return h.step === 'done' ? renderDone(h) : renderReview(h);
}

function renderReview(h: Host): TemplateResult {
  const t = texts(h);
  const count = h.serviceList.length;
  const st = h.sender.status;
  const m = h.mandates[0];
  const r = h.accessRequest;
  const other = Object.entries(h.server).filter(
    ([p]) => stepOf(p) === 'review' || p.startsWith('signatures') || p === 'mandate' || p === 'request',
  );
  return html`<p>${h.isRequest ? t.tl('mandate.review.request') : t.tl('mandate.review.intro', { count })}</p>
    ${
      r
        ? html`<dl>
          <dt>${t.tl('mandate.review.requester')}</dt><dd>${r.requester.kind === 'legal' ? r.requester.legalName : signerName(h.values, 'grantor', 'natural')} (${r.requester.email})</dd>
          <dt>${h.label('service')}</dt><dd>${h.serviceName(r.service)}</dd>
          <dt>${h.label('scope.contracts')}</dt><dd>${t.tl('mandate.review.allFuture')}</dd>
        </dl>`
        : nothing
    }
    ${
      m
        ? html`<dl>
          <dt>${t.tl('mandate.legend.grantor')}</dt><dd>${m.grantor.kind === 'legal' ? m.grantor.legalName : signerName(h.values, 'grantor', 'natural')}</dd>
          <dt>${t.tl('mandate.legend.mandatary')}</dt><dd>${signerName(h.values, 'mandatary', h.personKind)} (${m.mandatary.email})</dd>
          <dt>${h.label('scope.contracts')}</dt><dd>${t.tl(`mandate.contracts.${m.scope.contracts}`)}${m.scope.contractIds?.length ? ` : ${m.scope.contractIds.join(', ')}` : ''}</dd>
        </dl>`
        : nothing
    }
    ${h.docsState === 'failed' || h.docsState === 'font-failed' ? html`<p part="error" class="pdf-failed" role="alert" tabindex="-1">${t.tl(h.docsState === 'font-failed' ? 'mandate.fontFailed' : 'mandate.pdfFailed')}</p>` : nothing}
    ${
      h.docs
        ? html`<ul class="docs">
          ${h.docs.map((d) => {
            const service = h.serviceName(d.service);
            return html`<li>
              <a part="document" href=${d.url} target="_blank" rel="noopener">${t.tl(h.isRequest ? 'mandate.openRequest' : 'mandate.open', { service })}</a> ·
              <a href=${d.url} download=${d.filename}>${t.tl(h.isRequest ? 'mandate.downloadRequest' : 'mandate.download', { service })}</a>
            </li>`;
          })}
        </ul>`
        : nothing
    }
    <p class="hint">${t.tl('mandate.review.paper')}</p>
    ${!h.resolvedEndpoint ? html`<p class="notice">${t.tl('core.localOnly')}</p>` : nothing}
    <div role="status" class="live review-status">
      ${h.docsState === 'preparing' ? html`<p>${t.tl('mandate.preparing')}</p>` : nothing}
      ${st.state === 'sending' ? html`<p>${t.tl('core.sending')}</p>` : nothing}
      ${st.state === 'cancelled' ? html`<p class="notice warn">${t.tl('core.cancelled')}</p>` : nothing}
    </div>
    ${h.signInHeld && h.signedOut ? h.signInNotice(true) : nothing}
    ${
      st.state === 'failed'
        ? html`<div part="error" class="send-failed" role="alert" tabindex="-1">
          <p>${t.tl('core.failed', { message: st.message })}</p>
          ${other.length ? html`<ul>${other.map(([p, msg]) => html`<li>${h.label(p)} : ${msg}</li>`)}</ul>` : nothing}
        </div>`
        : nothing
    }
    <div class="actions">
      <button type="button" @click=${() => h.go(h.isRequest ? 'grantor' : 'mandatary')}>${t.tl('mandate.back')}</button>
      <button type="button" part="submit" class="primary" ?disabled=${h.docsState !== 'ready' || !!h.blocked || h.disabled} aria-disabled=${h.busy ? 'true' : nothing} @click=${() => send(h)}>
        ${h.isRequest ? t.tl('mandate.submitRequest') : t.tl('mandate.submit', { count })}
      </button>
    </div>`;
}

/**
 * The confirmation panel: what happened, a short reference per service (copyable), and
 * what comes next in plain words. Queued: it will be sent, and the reference shows once it is.
 */
function renderDone(h: Host): TemplateResult {
  const t = texts(h);
  const entries = Object.entries(h.sent);
  const queued = entries.some(([, s]) => s.state === 'queued');
  const req = h.isRequest;
  const title = queued
    ? t.tl('mandate.confirm.queuedTitle')
    : req
      ? t.tl('mandate.confirm.requestTitle')
      : t.tl('mandate.confirm.title', { count: entries.length });
  const copied = h.copied;
  return html`<section class="confirmation" part="confirmation" aria-labelledby="confirmation-heading">
    ${h.heading(0, title, { id: 'confirmation-heading', class: 'step-heading', tabindex: '-1' })}
    <p role="status">${queued ? t.tl(req ? 'mandate.confirm.requestQueued' : 'core.queued') : req ? t.tl('mandate.confirm.requestSent') : t.tl('mandate.done', { count: entries.length })}</p>
    <ul class="refs">
      ${entries.map(([svc, s]) => {
        const service = h.serviceName(svc);
        const ref = s.state === 'sent' ? reference(s.response) : '';
        return html`<li>
          ${
            s.state === 'sent'
              ? html`<span>${t.tl('mandate.sentTo', { service })}</span>
                ${
                  ref
                    ? html`<span class="ref-line"><span>${t.tl('mandate.confirm.reference')}</span> <strong class="ref" data-ref=${ref}>${ref}</strong>
                <button type="button" class="copy" aria-label=${t.t('mandate.confirm.copyLabel', { ref })} @click=${() => h.copyReference(ref)}>${t.tl('mandate.confirm.copy')}</button>
                <span role="status" class="copied">${copied?.ref === ref ? t.tl(copied.ok ? 'mandate.confirm.copied' : 'mandate.confirm.copyFailed') : ''}</span></span>`
                    : nothing
                }`
              : t.tl('mandate.queuedFor', { service })
          }
          ${s.state === 'sent' ? receiptLink(h.localize, s.response) : nothing}
        </li>`;
      })}
    </ul>
    ${h.heading(1, t.tl('mandate.confirm.next'), { class: 'next-heading' })}
    <ol class="next-steps">
      ${(req ? ['mandate.confirm.request1', 'mandate.confirm.request2'] : ['mandate.confirm.mandate1', 'mandate.confirm.mandate2']).map((k) => html`<li>${t.tl(k)}</li>`)}
    </ol>
    ${
      h.docs
        ? html`<ul class="docs">${h.docs.map((d) => html`<li><a part="document" href=${d.url} download=${d.filename}>${t.tl(req ? 'mandate.downloadRequest' : 'mandate.download', { service: h.serviceName(d.service) })}</a></li>`)}</ul>`
        : nothing
    }
  </section>`;
}

/** Prepares (or returns the already prepared) mandates with their PDFs, one per service. */
export async function prepare(h: Host): Promise<(MandateDocument | RequestDocument)[] | undefined> {
  const services = h.isRequest ? h.serviceList.slice(0, 1) : h.serviceList;
  const key = canonicalJson({ m: h.mandates, r: h.accessRequest, l: h.localize.locale, p: h.path, c: h.settings });
  if (key === h.docsKey && h.docs) return h.docs;
  h.docsKey = key;
  h.docsState = 'preparing';
  try {
    await textsReady(h);
    const cfg = h.settings ?? {};
    const { grantor: gs, mandatary: ms } = h.sigs;
    const [{ mandatePdf }, { clauseFor }, { pdfImage }, logo] = await Promise.all([
      import('./pdf.js'),
      import('./clauses.js'),
      import('./images.js'),
      cfg.logoUrl
        ? fetch(cfg.logoUrl)
            .then((r) => (r.ok ? r.arrayBuffer() : undefined))
            .catch(() => undefined)
        : undefined,
    ]);
    const [g, m] = await Promise.all([gs?.png && pdfImage(gs.png), ms?.png && pdfImage(ms.png)]);
    const t = texts(h);
    const locale = t.locale;
    const createdAt = new Date().toISOString();
    const docs: (MandateDocument | RequestDocument)[] = [];
    for (const service of services) {
      // An access request goes to the same PDF engine with `kind: 'access-request'`: its own title, one signature.
      const request = h.isRequest ? toAccessRequest(h.values, h.context(service)) : undefined;
      const mandate = request ?? toMandate(h.values, h.context(service));
      const dataHash = await sha256Hex(canonicalJson(mandate));
      const documentId = crypto.randomUUID();
      const named = h.serviceName(service);
      const result = h.decision?.result;
      const bytes = await mandatePdf({
        kind: request ? 'access-request' : 'mandate',
        mandate,
        t: (k, p) => t.t(k, p),
        label: (p) => h.label(p),
        date: (d) => t.date(d),
        dateTime: (d) => t.date(d, { dateStyle: 'long', timeStyle: 'short' }),
        // The site's `title` names its mandate; an access request always says what it is.
        title: request
          ? t.t('mandate.pdf.requestTitle')
          : cfg.title
            ? pick(cfg.title, locale)
            : t.t('mandate.pdf.title'),
        serviceName: named !== service ? named : displayName('services', service, locale),
        contractName: (id) => displayName('contracts', id, locale),
        broker: getConfiguration().broker,
        clause: clauseFor(service, locale),
        documentId,
        logo: logo && new Uint8Array(logo),
        images: request ? { requester: g } : { grantor: g, mandatary: m },
        decisionPath: h.path?.slice(0, -1).map(([q, a]) => ({ question: pick(q, locale), answer: pick(a, locale) })),
        outcome: result && { mandate: result.mandate, contracts: result.contracts },
        dataHash,
        fontUrl: cfg.fontUrl,
        createdAt,
      });
      const pdf = new Uint8Array(bytes);
      const sha256 = await sha256Hex(pdf);
      const blob = new Blob([pdf], { type: 'application/pdf' });
      const filename = t.t(request ? 'mandate.pdf.requestFilename' : 'mandate.pdf.filename', {
        service: service.replace(/[^\w.-]+/g, '-'),
      });
      const common = { service, blob, url: URL.createObjectURL(blob), filename, sha256, dataHash, documentId };
      docs.push(
        request
          ? { ...common, request: { ...request, document: { sha256 } } }
          : { ...common, mandate: { ...(mandate as Mandate), document: { sha256 } } },
      );
    }
    if (key !== h.docsKey) return prepare(h); // the data changed meanwhile
    h.docs?.forEach((d) => URL.revokeObjectURL(d.url));
    h.docs = docs;
    h.docsState = 'ready';
    return docs;
  } catch (e) {
    report(h.localName, 'the PDF could not be made', e);
    h.docsKey = '';
    const font = e instanceof Error && e.name === 'FontUnavailableError';
    h.docsState = font ? 'font-failed' : 'failed';
    // The site hears it too: a font its server does not serve (a base path to fix) is not the visitor's to solve.
    if (font)
      emit(h as unknown as EventTarget, 'procura-error', {
        kind: h.isRequest ? 'access-request' : 'mandate',
        error: { message: e.message },
      });
    return undefined;
  }
}

/** One submission per service not yet sent; stops at the first that fails. */
export async function send(h: Host): Promise<void> {
  if (h.busy || h.blocked) return;
  // Signed in meanwhile (another tab, the site's own sign-in)? Ask again before holding.
  if (h.signedOut) await h.readSession();
  if (h.signedOut) {
    // The backend would refuse it: say so here, in the page's language; the draft stays.
    h.signInHeld = true;
    await h.updateComplete;
    h.renderRoot.querySelector<HTMLElement>('.sign-in-notice[role="alert"] a')?.focus();
    return;
  }
  h.busy = true;
  h.server = {};
  let last: SubmissionState | undefined;
  try {
    const docs = await prepare(h);
    for (const d of docs ?? []) {
      if (done(h.sent[d.service])) continue;
      const [path, name, payload] =
        'request' in d ? ['/access-requests', 'request', d.request] : ['/mandates', 'mandate', d.mandate];
      last = await h.sender.submit(path, payload, {
        parts: [
          { name, value: new Blob([JSON.stringify(payload)], { type: 'application/json' }) },
          { name: 'document', value: d.blob, filename: d.filename },
        ],
      });
      if (last.state === 'queued') h.queuedIds[last.id] = d.service;
      h.sent = { ...h.sent, [d.service]: last };
      h.saveDraft();
      if (!done(last)) break;
    }
    if (docs?.every((d) => done(h.sent[d.service]))) {
      // Sent or safe in the outbox: the draft (personal data) goes first, then the step changes.
      await h.drafts.clear();
      h.step = 'done';
      await h.updateComplete;
      h.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
    } else if (last?.state === 'failed' && Object.keys(last.fields).length) {
      h.server = Object.fromEntries(Object.entries(last.fields).map(([p, msg]) => [formPath(p), msg]));
      const to = Object.keys(h.server)
        .map(stepOf)
        .find((s) => s !== 'review');
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
  // Refused (its fields on this step, or none), or the PDF failed: the message takes the focus, so that it is heard and focus is never left on <body>.
  if (
    h.step === 'review' &&
    (h.sender.status.state === 'failed' || h.docsState === 'failed' || h.docsState === 'font-failed')
  ) {
    await h.updateComplete;
    h.renderRoot.querySelector<HTMLElement>('.send-failed, .pdf-failed')?.focus();
  }
}
