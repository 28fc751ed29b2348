/**
 * The mandate form's last steps, loaded with `import()` when the person reaches the review:
 * the review and "sent" views (pure templates), the documents controller and the review's texts.
 * Kept apart so that the form's first chunk carries only what the grantor's step needs.
 */
import { css, html, nothing, type TemplateResult } from '../core/reactive.js';
import { receiptLink } from '../core/receipt.js';
import type { SubmissionState } from '../core/backend-controller.js';
import type { MandateKey } from '../i18n/mandate-form.js';
import { signerName, stepOf, type Step } from './model.js';
import type { FlowController } from './flow.js';
import type { FormTexts } from './texts.js';
import { CONTRACTS_TEXT } from './texts.js';
import type { DocumentsController } from './documents.js';

export { DocumentsController } from './documents.js';
export { reviewCatalog } from '../i18n/mandate-form-review.js';

/** The review and the "sent" step, added to the element's styles with this chunk. */
export const reviewStyles = css`
  .docs { margin: 0; padding-left: 1.25rem; }
  /* Links stacked one per line are targets of their own: 24 px tall at least (WCAG 2.5.8). */
  .docs a { display: inline-block; min-height: 24px; padding-block: 0.15rem; }
  .docs li { margin: 0.25rem 0; }
  dl { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 1rem; margin: 0; }
  dt { color: var(--_muted); overflow-wrap: anywhere; }
  dd { margin: 0 0 0.5rem; overflow-wrap: anywhere; }
  @container step (min-width: 30rem) {
    dl { grid-template-columns: fit-content(40%) minmax(0, 1fr); gap: 0.25rem 1rem; }
    dd { margin: 0; }
  }
  .confirmation { display: grid; gap: var(--_gap); padding: var(--_gap); border: 2px solid var(--_ok); border-radius: var(--_radius); }
  .confirmation .next-heading { margin: 0; font-size: 1.05em; }
  .confirmation p, .confirmation ol { margin: 0; }
  .refs { margin: 0; padding: 0; list-style: none; display: grid; gap: 0.5rem; }
  .ref-line { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .ref { font-family: ui-monospace, monospace; font-size: 1.2em; letter-spacing: 0.05em; user-select: all; }
  .copied { color: var(--_ok); font-weight: 600; }
`;

/** What the review and "sent" views show, and what their buttons do. */
export interface ReviewView {
  texts: FormTexts;
  flow: FlowController;
  documents: DocumentsController;
  /** The sign-in notice repeated at "Envoyer" (or nothing). */
  signIn: TemplateResult | typeof nothing;
  local: boolean;
  submitOff: boolean;
  /** The form is disabled (a disabled fieldset, `disabled`): "Retour" too, like a native control. */
  off: boolean;
  heading(depth: number, content: unknown, attrs?: Record<string, string>): TemplateResult;
  go(step: Step): void;
  send(): void;
}

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

/** What will be sent, in a few lines: who, to whom, which contracts. */
function what(v: ReviewView): TemplateResult | typeof nothing {
  const { texts, flow } = v;
  const l = texts.localize;
  const r = flow.accessRequest;
  const m = flow.mandates[0];
  if (r)
    return html`<dl>
      <dt>${l.tl('mandate.review.requester')}</dt><dd>${r.requester.kind === 'legal' ? r.requester.legalName : signerName(flow.values, 'grantor', 'natural')} (${r.requester.email})</dd>
      <dt>${texts.label('service')}</dt><dd>${texts.serviceName(r.service)}</dd>
      <dt>${texts.label('scope.contracts')}</dt><dd>${l.tl('mandate.review.allFuture')}</dd>
    </dl>`;
  if (!m) return nothing;
  const ids = m.scope.contractIds?.length ? ` : ${m.scope.contractIds.join(', ')}` : '';
  return html`<dl>
    <dt>${l.tl('mandate.legend.grantor')}</dt><dd>${m.grantor.kind === 'legal' ? m.grantor.legalName : signerName(flow.values, 'grantor', 'natural')}</dd>
    <dt>${l.tl('mandate.legend.mandatary')}</dt><dd>${signerName(flow.values, 'mandatary', flow.personKind)} (${m.mandatary.email})</dd>
    <dt>${texts.label('scope.contracts')}</dt><dd>${l.tl(CONTRACTS_TEXT[m.scope.contracts])}${ids}</dd>
  </dl>`;
}

function docLinks(v: ReviewView): TemplateResult | typeof nothing {
  const l = v.texts.localize;
  const req = v.flow.isRequest;
  const docs = v.documents.docs;
  if (!docs) return nothing;
  return html`<ul class="docs">
    ${docs.map((d) => {
      const service = v.texts.serviceName(d.service);
      return html`<li>
        <a part="document" href=${d.url} target="_blank" rel="noopener">${l.tl(req ? 'mandate.openRequest' : 'mandate.open', { service })}</a> ·
        <a href=${d.url} download=${d.filename}>${l.tl(req ? 'mandate.downloadRequest' : 'mandate.download', { service })}</a>
      </li>`;
    })}
  </ul>`;
}

/** Why no PDF was made: its font missing, characters it lacks (each named), or another failure. */
function pdfFailure(v: ReviewView): string | TemplateResult {
  const l = v.texts.localize;
  const state = v.documents.state;
  if (state === 'font-failed') return l.tl('mandate.fontFailed');
  if (state !== 'chars-failed') return l.tl('mandate.pdfFailed');
  const chars = l.list(v.documents.unprintable.map((char) => l.t('mandate.character', { char })));
  return l.tl('mandate.charsFailed', { chars });
}

/** Where the PDF and the submission are; a refusal lists the fields this step cannot show. */
function status(v: ReviewView): TemplateResult {
  const l = v.texts.localize;
  const st = v.documents.backend.status;
  const docsState = v.documents.state;
  const pdfFailed = docsState.endsWith('failed');
  const other = Object.entries(v.flow.server).filter(
    ([p]) => stepOf(p) === 'review' || p.startsWith('signatures') || p === 'mandate' || p === 'request',
  );
  return html`${pdfFailed ? html`<p part="error" class="pdf-failed" role="alert" tabindex="-1">${pdfFailure(v)}</p>` : nothing}
    ${docLinks(v)}
    <p class="hint">${l.tl('mandate.review.paper')}</p>
    ${v.local ? html`<p class="notice">${l.tl('core.localOnly')}</p>` : nothing}
    <div role="status" class="live review-status">
      ${docsState === 'preparing' ? html`<p>${l.tl('mandate.preparing')}</p>` : nothing}
      ${st.state === 'sending' ? html`<p>${l.tl('core.sending')}</p>` : nothing}
      ${st.state === 'cancelled' ? html`<p class="notice warn">${l.tl('core.cancelled')}</p>` : nothing}
    </div>
    ${v.signIn}
    ${
      st.state === 'failed'
        ? html`<div part="error" class="send-failed" role="alert" tabindex="-1">
          <p>${l.tl('core.failed', { message: st.message })}</p>
          ${other.length ? html`<ul>${other.map(([p, msg]) => html`<li>${v.texts.label(p)} : ${msg}</li>`)}</ul>` : nothing}
        </div>`
        : nothing
    }`;
}

export function renderReview(v: ReviewView): TemplateResult {
  const l = v.texts.localize;
  const req = v.flow.isRequest;
  const count = v.flow.serviceList.length;
  return html`<p>${req ? l.tl('mandate.review.request') : l.tl('mandate.review.intro', { count })}</p>
    ${what(v)} ${status(v)}
    <div class="actions">
      <button type="button" ?disabled=${v.off} @click=${() => v.go(req ? 'grantor' : 'mandatary')}>${l.tl('mandate.back')}</button>
      <button type="button" part="submit" class="primary" ?disabled=${v.submitOff} aria-disabled=${v.documents.busy ? 'true' : nothing} @click=${() => v.send()}>
        ${req ? l.tl('mandate.submitRequest') : l.tl('mandate.submit', { count })}
      </button>
    </div>`;
}

/** One service's line: sent with its reference (copyable) and receipt, or waiting. */
function sentLine(v: ReviewView, svc: string, s: SubmissionState): TemplateResult {
  const l = v.texts.localize;
  const service = v.texts.serviceName(svc);
  if (s.state !== 'sent') return html`<li>${l.tl('mandate.queuedFor', { service })}</li>`;
  const ref = reference(s.response);
  const copied = v.documents.copied;
  const copyText: MandateKey = copied?.ok ? 'mandate.confirm.copied' : 'mandate.confirm.copyFailed';
  return html`<li>
    <span>${l.tl('mandate.sentTo', { service })}</span>
    ${
      ref
        ? html`<span class="ref-line"><span>${l.tl('mandate.confirm.reference')}</span> <strong class="ref" data-ref=${ref}>${ref}</strong>
      <button type="button" class="copy" aria-label=${l.t('mandate.confirm.copyLabel', { ref })} @click=${() => v.documents.copyReference(ref)}>${l.tl('mandate.confirm.copy')}</button>
      <span role="status" class="copied">${copied?.ref === ref ? l.tl(copyText) : ''}</span></span>`
        : nothing
    }
    ${receiptLink(l, s.response)}
  </li>`;
}

/** The confirmation's title and sentence: queued, a request sent, or mandates sent. */
function outcome(v: ReviewView, queued: boolean, count: number): [string | TemplateResult, string | TemplateResult] {
  const l = v.texts.localize;
  const req = v.flow.isRequest;
  if (queued) return [l.tl('mandate.confirm.queuedTitle'), l.tl(req ? 'mandate.confirm.requestQueued' : 'core.queued')];
  if (req) return [l.tl('mandate.confirm.requestTitle'), l.tl('mandate.confirm.requestSent')];
  return [l.tl('mandate.confirm.title', { count }), l.tl('mandate.done', { count })];
}

/**
 * The confirmation panel: what happened, a short reference per service (copyable), and
 * what comes next in plain words. Queued: it will be sent, and the reference shows once it is.
 */
export function renderDone(v: ReviewView): TemplateResult {
  const l = v.texts.localize;
  const req = v.flow.isRequest;
  const entries = Object.entries(v.flow.sent);
  const [title, said] = outcome(
    v,
    entries.some(([, s]) => s.state === 'queued'),
    entries.length,
  );
  const next: MandateKey[] = req
    ? ['mandate.confirm.request1', 'mandate.confirm.request2']
    : ['mandate.confirm.mandate1', 'mandate.confirm.mandate2'];
  const docs = v.documents.docs;
  const download = (service: string) =>
    l.tl(req ? 'mandate.downloadRequest' : 'mandate.download', { service: v.texts.serviceName(service) });
  return html`<section class="confirmation" part="confirmation" aria-labelledby="confirmation-heading">
    ${v.heading(0, title, { id: 'confirmation-heading', class: 'step-heading', tabindex: '-1' })}
    <p role="status">${said}</p>
    <ul class="refs">${entries.map(([svc, s]) => sentLine(v, svc, s))}</ul>
    ${v.heading(1, l.tl('mandate.confirm.next'), { class: 'next-heading' })}
    <ol class="next-steps">${next.map((k) => html`<li>${l.tl(k)}</li>`)}</ol>
    ${docs ? html`<ul class="docs">${docs.map((d) => html`<li><a part="document" href=${d.url} download=${d.filename}>${download(d.service)}</a></li>`)}</ul>` : nothing}
  </section>`;
}
