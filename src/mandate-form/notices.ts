/** The form's notices as pure templates: why it cannot be used yet, the sign-in it needs, its draft. */
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { LocalizeController } from '../core/localize.js';
import type { DecisionDetail } from '../core/events.js';
import { pick } from '../model/localized.js';
import type { MandateTextKey } from '../i18n/mandate-form.js';

type T = LocalizeController<MandateTextKey>;

/** Why the form cannot be used now, or undefined. */
export function blockedReason(
  t: T,
  p: { linked: boolean; decision?: DecisionDetail; request: boolean },
): string | undefined {
  if (!p.linked) return undefined;
  const d = p.decision;
  if (!d) return t.t('mandate.waiting');
  const reason = pick(d.result.reason ?? d.result.text, t.locale);
  if (d.result.refused) return t.t('mandate.refused', { reason });
  if (!d.result.mandate && !p.request) return t.t('mandate.notNeeded', { reason });
  return undefined;
}

/** The tree's reason inside our sentence, marked with its own language when it fell back (WCAG 3.1.2). */
function markedReason(t: T, sentence: string, d?: DecisionDetail): string | TemplateResult {
  const text = d && (d.result.reason ?? d.result.text);
  const reason = text && pick(text, t.locale);
  if (!text || !reason || !sentence.includes(reason)) return sentence;
  const at = sentence.indexOf(reason);
  return html`${sentence.slice(0, at)}${t.mark(reason, t.langOf(text))}${sentence.slice(at + reason.length)}`;
}

/** Why the form cannot be used yet, and (before the tree is answered) a way to the tree. */
export function blockedNotice(
  t: T,
  why: string | undefined,
  p: { decision?: DecisionDetail; toTree?: () => void },
): TemplateResult | typeof nothing {
  if (!why) return nothing;
  const link = !p.decision && p.toTree;
  return html`<div class="notice warn blocked">
    <p>${markedReason(t, why, p.decision)}</p>
    ${link ? html`<p><button type="button" class="to-tree" @click=${link}>${t.t('mandate.toTree')}</button></p>` : nothing}
  </div>`;
}

/** Sending needs a sign-in: said at once (and again at "Envoyer"), with the sign-in link when known. */
export function signInNotice(t: T, p: { alert: boolean; noDraft: boolean; href?: string }): TemplateResult {
  const body = html`<p>${t.t(p.noDraft ? 'mandate.signIn.neededNoDraft' : 'mandate.signIn.needed')}</p>
    ${p.href ? html`<p><a class="sign-in" href=${p.href}>${t.t('mandate.signIn.link')}</a></p>` : nothing}`;
  return p.alert
    ? html`<div class="notice warn sign-in-notice" part="error" role="alert">${body}</div>`
    : html`<div class="notice warn sign-in-notice">${body}</div>`;
}
