/**
 * The tree's later steps, a chunk loaded after the first question: the moves from one question to
 * another, the outcome and its decision, the way on (a link or the page's form), and the answers
 * given so far, with their texts.
 */
import { adoptStyles, css, html, nothing, type CSSResultOrNative, type TemplateResult } from '../core/reactive.js';
import { pick } from '../model/localized.js';
import type { ContractsScope, TreeDefinition, TreeOutcome } from '../model/tree.js';
import type { TreeKey } from '../i18n/delegation-tree.js';
import { emit } from '../core/events.js';
import { replay, type Answer, type Position } from './walk.js';
import { back, shown, type Sent, type TreeView } from './delegation-tree.view.js';
import type { BackendController } from '../core/backend-controller.js';
import type { DecisionDetail } from '../core/events.js';
import type { DefinitionRef } from '../model/definition.js';

/**
 * What the later steps use of `<procura-delegation-tree>` (the element passes itself): named here so
 * that this chunk, which the element imports, does not import the element back.
 */
export interface TreeHost extends HTMLElement {
  announcement: string;
  answers: Answer[];
  decision?: DecisionDetail;
  definition?: TreeDefinition;
  definitionRef?: DefinitionRef;
  drafts?: { save(draft: { answers: Answer[] }): unknown };
  focusNext?: string;
  local: boolean;
  mustChoose: boolean;
  selection?: string;
  submission?: BackendController;
  readonly resolvedEndpoint: string | undefined;
  backend(): Promise<BackendController>;
  view(): TreeView;
}

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

/** Moves to a new path in the whole tree: saves it, forgets any decision, and focuses what comes next. */
export function go(t: TreeHost, answers: Answer[], selection?: string): void {
  const def = t.definition;
  if (!def) return;
  t.answers = answers;
  t.selection = selection;
  t.mustChoose = false;
  t.announcement = '';
  if (t.decision) emit(t, 'procura-decision-cleared', { treeId: def.id });
  t.decision = undefined;
  t.local = false;
  void t.drafts?.save({ answers });
  const pos = replay(def, answers);
  // The decision carries the outcome with its texts in every language.
  if (pos.outcome) reach(t, pos, true);
  else t.focusNext = '[part~="legend"]';
}

/** An outcome reached: its decision told to the page, and posted when a person reached it (not a draft's). */
export function reach(t: TreeHost, pos: Position, byPerson: boolean): void {
  const def = t.definition;
  const o = pos.outcome;
  if (!def || !o) return;
  const decision = {
    treeId: def.id,
    treeVersion: def.version,
    answers: pos.answers.map((a) => ({ ...a })),
    outcome: o.id,
    ...(t.definitionRef && { definition: t.definitionRef }),
  };
  t.decision = { ...decision, result: { ...o } };
  emit(t, 'procura-decision', t.decision);
  if (!byPerson) return;
  t.focusNext = '#outcome-heading';
  t.announcement = announcement(t.view().localize, o);
  if (t.resolvedEndpoint) void t.backend().then((b) => b.submit('/decisions', decision));
  else t.local = true;
}

/** What the live region says when an outcome is reached: the verdict and the outcome's text. */
export function announcement(localize: TreeView['localize'], o: TreeOutcome): string {
  return localize.t('tree.announce', { text: `${localize.t(verdictKey(o))} ${pick(o.text, localize.locale)}` });
}

/** Where the decision went (kept locally, queued, or refused by the backend), and how it is said ('' while none of these). */
export function delivery(t: TreeHost): { sent?: Sent; sentText: string } {
  const { localize } = t.view();
  const status = t.submission?.status;
  if (t.local) return { sent: 'local', sentText: localize.t('core.localOnly') };
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

/** What the live region adds to the announcement: where the decision went. */
export const sentText = (t: TreeHost) => delivery(t).sentText;

/** The outcome reached, from the whole tree (there before any move). */
export function outcomeOf(t: TreeHost): TemplateResult {
  const pos = replay(t.definition!, t.answers);
  return outcomeView(t.view(), pos, { form: formFor(t, pos.outcome), ...delivery(t) });
}

/** The answers given so far. */
export const summaryOf = (t: TreeHost, def: Pick<TreeDefinition, 'questions'>, pos: Position<unknown>) =>
  summaryView(t.view(), def, pos);

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
</section><div class="actions"><button type="button" part="back" @click=${back(v, pos.answers)}>${t('tree.back')}</button></div>`;
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
    const option = def.questions[a.question]?.options.find((o) => o.id === a.option);
    return html`<div><dt>${shown(v, q)}</dt><dd><span>${shown(v, option?.label)}</span>
<button type="button" part="change" aria-label=${t('tree.changeLabel', { question })} @click=${() => v.go(pos.answers.slice(0, i), a.option)}>${t('tree.change')}</button></dd></div>`;
  })}</dl>
<div class="actions"><button type="button" part="restart" @click=${() => v.go([])}>${t('tree.restart')}</button></div></section>`;
}
