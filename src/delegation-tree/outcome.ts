/**
 * The tree's later screens, a chunk loaded after the first question: the outcome, the way on
 * (a link or the page's form), and the answers given so far, with their texts.
 */
import { adoptStyles, css, html, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import { pick } from '../model/localized.js';
import type { ContractsScope, TreeDefinition, TreeOutcome } from '../model/tree.js';
import type { TreeKey } from '../i18n/delegation-tree.js';
import type { SubmissionState } from '../core/backend-controller.js';
import { optionOf, type Position } from './walk.js';
import { shown, type Sent, type TreeView } from './delegation-tree.view.js';

export { outcomeCatalog } from '../i18n/delegation-tree-outcome.js';

/** The styles of the outcome and of the answers, added to the element's when this chunk comes. */
const styles = css`
  dt { display: block; font-weight: 400; color: var(--_muted); }
  dd > span { min-width: 0; overflow-wrap: anywhere; }
  [part~='outcome'] { border-left: 4px solid var(--_ok); padding-left: 1rem; }
  .refused { border-color: var(--procura-delegation-tree-refused-color, var(--_danger)); }
  .verdict, dd { font-weight: 600; }
  dl div { padding: 0.5rem 0; border-top: 1px solid var(--_line); }
  dd button { font-weight: 400; }
  dd { margin: 0; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem; }
  @media (forced-colors: active) { [part~='outcome'] { border-color: CanvasText; } }
`;

export function adopt(root: ShadowRoot, base: CSSResultOrNative[]): void {
  adoptStyles(root, [...base, styles]);
}

const CONTRACTS_TEXT: Record<ContractsScope, TreeKey> = {
  all: 'tree.contracts.all',
  one: 'tree.contracts.one',
  listed: 'tree.contracts.listed',
};

const SENT_CLASS: Record<Sent, string> = { local: '', queued: 'warn', failed: 'error' };

/** What the live region says when an outcome is reached: the verdict and the outcome's text. */
export function announcement(localize: TreeView['localize'], o: TreeOutcome): string {
  return localize.t('tree.announce', { text: `${localize.t(verdictKey(o))} ${pick(o.text, localize.locale)}` });
}

/** Where the decision went (kept locally, queued, or refused by the backend), and how it is said ('' while none of these). */
export function delivery(
  localize: TreeView['localize'],
  local: boolean,
  status: SubmissionState | undefined,
): { sent?: Sent; sentText: string } {
  if (local) return { sent: 'local', sentText: localize.t('core.localOnly') };
  if (status?.state === 'queued') return { sent: 'queued', sentText: localize.t('core.queued') };
  if (status?.state === 'failed')
    return { sent: 'failed', sentText: localize.t('core.failed', { message: status.message }) };
  return { sentText: '' };
}

/** The `<procura-mandate-form for="the tree's id">` of the tree's page, when the outcome names a form. */
export function formFor(tree: HTMLElement, o: { form?: string } | undefined): HTMLElement | null {
  return o?.form && tree.id
    ? (tree.getRootNode() as ParentNode).querySelector(`procura-mandate-form[for="${CSS.escape(tree.id)}"]`)
    : null;
}

/** The headline of an outcome: refused, a mandate form needed, or none needed. */
export function verdictKey(o: TreeOutcome): TreeKey {
  if (o.refused) return 'tree.refused';
  return o.mandate ? 'tree.mandate.yes' : 'tree.mandate.no';
}

/** The way on from an outcome: a link to another page, or the page's form that follows the tree. */
function nextView(v: TreeView, o: TreeOutcome, form: HTMLElement | null): TemplateResult | typeof nothing {
  if (o.href) return html`<p><a part="next" href=${o.href}>${v.localize.t('tree.next')}</a></p>`;
  if (!form) return nothing;
  return html`<p><button type="button" part="next" class="primary" @click=${() => form.focus()}>${v.localize.t('tree.toForm')}</button></p>`;
}

export interface OutcomeState {
  /** The page's form the outcome leads to, if any. */
  form: HTMLElement | null;
  /** Where the decision went, and how it is said ('' while none of these). */
  sent?: Sent;
  sentText: string;
}

export function outcomeView(v: TreeView, pos: Position, s: OutcomeState): TemplateResult {
  const o = pos.outcome;
  if (!o) return html``;
  const t = (k: TreeKey) => v.localize.t(k);
  const reason = o.refused && o.reason;
  // Shown here; spoken by the element's live region, which exists before it (WCAG 4.1.3).
  return html`<section part="outcome" class=${o.refused ? 'refused' : ''} aria-labelledby="outcome-heading">
${v.heading(1, t('tree.outcome'), { id: 'outcome-heading', tabindex: '-1' })}
<p class="verdict">${t(verdictKey(o))}</p>
<p>${shown(v, o.text)}</p>
${reason ? html`<p part="reason">${v.localize.tp('tree.reason', { reason: shown(v, reason) })}</p>` : nothing}
${!o.refused && o.contracts ? html`<p>${t(CONTRACTS_TEXT[o.contracts])}</p>` : nothing}
${nextView(v, o, s.form)}
${s.sentText && s.sent ? html`<p class="notice ${SENT_CLASS[s.sent]}">${s.sentText}</p>` : nothing}
</section><div class="actions"><button type="button" part="back" @click=${v.back}>${t('tree.back')}</button></div>`;
}

export function summaryView(
  v: TreeView,
  def: Pick<TreeDefinition, 'questions'>,
  pos: Position<unknown>,
): TemplateResult {
  const t = (k: TreeKey, p?: Record<string, string>) => v.localize.t(k, p);
  return html`<section part="summary" aria-labelledby="summary-heading">${v.heading(1, t('tree.answers'), { id: 'summary-heading' })}
<dl>${pos.answers.map((a, i) => {
    const q = def.questions[a.question]?.text;
    const question = pick(q, v.localize.locale);
    return html`<div><dt>${shown(v, q)}</dt><dd><span>${shown(v, optionOf(def, a)?.label)}</span>
<button type="button" part="change" aria-label=${t('tree.changeLabel', { question })} @click=${() => v.change(i)}>${t('tree.change')}</button></dd></div>`;
  })}</dl>
<div class="actions"><button type="button" part="restart" @click=${v.restart}>${t('tree.restart')}</button></div></section>`;
}
