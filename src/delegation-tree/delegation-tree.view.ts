import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import { pick, type Localized } from '../model/localized.js';
import type { ContractsScope, TreeDefinition, TreeOutcome } from '../model/tree.js';
import type { CoreKey } from '../i18n/core.js';
import type { TreeKey } from '../i18n/delegation-tree.js';
import { optionOf, type Position } from './walk.js';

/**
 * The tree's templates: pure functions of what they are given. Templates are written tight:
 * their whitespace ships as is, and the budget is in KB.
 */

export type TreeLocalize = LocalizeController<TreeKey | CoreKey>;
type Heading = (
  depth: number,
  content: unknown,
  attrs?: { id?: string; part?: string; tabindex?: string },
) => TemplateResult;

/** What the templates need from the element: its texts, its headings, and what a person's actions call. */
export interface TreeView {
  localize: TreeLocalize;
  heading: Heading;
  /** Whether the person was asked to choose before continuing. */
  mustChoose: boolean;
  onSubmit(e: Event): void;
  onSelect(option: string): void;
  back(): void;
  change(index: number): void;
  restart(): void;
}

/** Where the outcome's decision went: kept locally, queued, or refused by the backend. */
export type Sent = 'local' | 'queued' | 'failed';

const CONTRACTS_TEXT: Record<ContractsScope, TreeKey> = {
  all: 'tree.contracts.all',
  one: 'tree.contracts.one',
  listed: 'tree.contracts.listed',
};

const SENT_CLASS: Record<Sent, string> = { local: '', queued: 'warn', failed: 'error' };

/** The headline of an outcome: refused, a mandate form needed, or none needed. */
export function verdictKey(o: TreeOutcome): TreeKey {
  if (o.refused) return 'tree.refused';
  return o.mandate ? 'tree.mandate.yes' : 'tree.mandate.no';
}

/** A tree's text for the page: marked with its own language when it fell back (a tree written only in French). */
const shown = (v: TreeView, l: Localized | undefined) => v.localize.localized(l);

export function questionView(v: TreeView, pos: Position): TemplateResult {
  const q = pos.question;
  if (!q) return html``;
  const t = (k: TreeKey, p?: Record<string, string | number>) => v.localize.t(k, p);
  const describedBy = [q.help ? 'help' : '', v.mustChoose ? 'choose' : ''].filter(Boolean).join(' ');
  return html`<form part="question" novalidate @submit=${v.onSubmit}><fieldset aria-describedby=${describedBy || nothing}>
<legend part="legend" tabindex="-1"><span class="step">${t('tree.step', { n: pos.answers.length + 1 })}</span> ${shown(v, q.text)}</legend>
${q.help ? html`<p class="help" id="help">${shown(v, q.help)}</p>` : nothing}
<div part="options">${q.options.map(
    (o) =>
      html`<label part="option"><input type="radio" name=${q.id} .value=${o.id} @change=${() => v.onSelect(o.id)} /> <span>${shown(v, o.label)}</span></label>`,
  )}</div>
${v.mustChoose ? html`<p class="field-error" id="choose" role="alert">${t('tree.choose')}</p>` : nothing}
</fieldset>
<div class="actions">${pos.answers.length ? html`<button type="button" part="back" @click=${v.back}>${t('tree.back')}</button>` : nothing}
<button type="submit" part="submit" class="primary">${t('tree.continue')}</button></div></form>`;
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

export function summaryView(v: TreeView, def: TreeDefinition, pos: Position): TemplateResult {
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
