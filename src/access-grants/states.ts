/**
 * The grants viewer in the states a first screen seldom shows, in one lazy chunk with their texts
 * (`grantsStatesCatalog`) and styles: no backend, an empty list, a failed load, offline, a refused
 * grant's reason, what differs from the signed request. The viewer loads it when one of them is to
 * be shown (keeping its skeleton meanwhile), and after its first paint when the browser is idle, so
 * that going offline later finds it there.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from '../core/reactive.js';
import type { LocalizeController } from '../core/localize.js';
import type { ProblemError } from '../core/errors.js';
import type { CoreKey } from '../i18n/core.js';
import type { GrantsKey } from '../i18n/access-grants.js';
import type { GrantsStatesKey } from '../i18n/access-grants-states.js';
import type { Refusal, RefusalCode } from '../model/desk.js';
import type { Difference } from './grants.js';
import type { GrantTexts } from './texts.js';

export { grantsStatesCatalog } from '../i18n/access-grants-states.js';

export type StatesLocalize = LocalizeController<GrantsStatesKey | GrantsKey | CoreKey>;

const REFUSAL_TEXT: Record<RefusalCode, GrantsStatesKey> = {
  identity: 'grants.refusal.identity',
  signature: 'grants.refusal.signature',
  'same-email': 'grants.refusal.same-email',
  incomplete: 'grants.refusal.incomplete',
  'not-client': 'grants.refusal.not-client',
  other: 'grants.refusal.other',
};

const styles = css`
  .diff { background: var(--_warn-bg); border-radius: var(--_radius); padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
  .diff strong::before { content: '⚠ '; }
`;

/** Added to the viewer's shadow root beside what is there (the actions' chunk adds its own too). */
export function adopt(root: ShadowRoot): void {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, (styles as CSSResult).styleSheet!];
}

/** Why a list could not load: signing in is worded apart; `problemMessage` is the backend controller's. */
export function loadReason(l: StatesLocalize, e: unknown, problemMessage: (e: unknown) => string): string {
  return (e as ProblemError | undefined)?.status === 401 ? l.t('grants.reason.signIn') : problemMessage(e);
}

export const none = (l: StatesLocalize): TemplateResult => html`<p class="notice">${l.t('grants.none')}</p>`;

export const failed = (l: StatesLocalize, reason: string, again: TemplateResult): TemplateResult =>
  html`<div part="error"><p>${l.t('grants.error', { reason })}</p>${again}</div>`;

export function empty(l: StatesLocalize, requestUrl: string | undefined): TemplateResult {
  return html`<div class="empty"><p>${l.t('grants.empty')}</p>
    <p>${l.t('grants.emptyNext')}${requestUrl ? html` <a href=${requestUrl}>${l.t('grants.requestLink')}</a>` : nothing}</p></div>`;
}

/** Offline: what is shown is the copy kept in this browser (or nothing). */
export function offline(
  l: StatesLocalize,
  s: { hasItems: boolean; phase: string; offline: boolean; cachedAt?: number },
  again: TemplateResult,
): TemplateResult | typeof nothing {
  if (!s.hasItems)
    return s.phase === 'offline'
      ? html`<div class="notice warn"><p>${l.t('grants.offlineEmpty')}</p>${again}</div>`
      : nothing;
  if (!s.offline || !s.cachedAt) return nothing;
  const date = l.date(s.cachedAt, { dateStyle: 'long', timeStyle: 'short' });
  return html`<div class="notice warn"><p>${l.t('grants.offline', { date })}</p>${again}</div>`;
}

/** The broker's reason, in the page's language, and their note as written (its own direction). */
export function refusal(l: StatesLocalize, r: Refusal): TemplateResult {
  return html`<div part="refusal" class="refusal" role="note"><p>${l.t(REFUSAL_TEXT[r.code])}</p>${
    r.note ? html`<p>${l.t('grants.refusal.noteLabel')} <bdi>${r.note}</bdi></p>` : nothing
  }</div>`;
}

/** What the access in force has that the signed form did not ask for (or lacks), in words. */
export function differs(
  l: StatesLocalize,
  texts: GrantTexts,
  diff: { items: Difference[]; exceeds: boolean },
): TemplateResult {
  const list = l.list(diff.items.map((x) => diffText(l, texts, x)));
  return html`<div class="diff" role="note"><p><strong>${l.t('grants.attention')} :</strong> ${l.t(diff.exceeds ? 'grants.exceeds' : 'grants.differs', { list })}</p></div>`;
}

function diffText(l: StatesLocalize, texts: GrantTexts, x: Difference): string {
  if (x.kind === 'service')
    return l.t('grants.diff.service', { granted: texts.service(x.granted), requested: texts.service(x.requested) });
  if (x.kind === 'contracts')
    return l.t('grants.diff.contracts', {
      granted: texts.scopeText(x.granted),
      requested: texts.scopeText(x.requested),
    });
  if (x.kind === 'until')
    return l.t('grants.diff.until', { granted: texts.until(x.granted), requested: texts.until(x.requested) });
  return l.t('grants.diff.past', { date: l.date(x.date) });
}
