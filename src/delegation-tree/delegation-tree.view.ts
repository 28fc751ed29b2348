import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { LocalizeController } from '../core/localize.js';
import type { Localized } from '../model/localized.js';
import type { CoreKey } from '../i18n/core.js';
import type { TreeKey } from '../i18n/delegation-tree.js';
import type { Answer, Position } from './walk.js';

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
  /** Moves to the question after `answers` (or their outcome), `selection` chosen there. */
  go(answers: Answer[], selection?: string): void;
}

/** Back one question, with the answer given there chosen again. */
export const back = (v: TreeView, answers: Answer[]) => () => {
  const last = answers[answers.length - 1];
  if (last) v.go(answers.slice(0, -1), last.option);
};

/** Where the outcome's decision went: kept locally, queued, or refused by the backend. */
export type Sent = 'local' | 'queued' | 'failed';

/** A tree's text for the page: marked with its own language when it fell back (a tree written only in French). */
export const shown = (v: TreeView, l: Localized | undefined) => v.localize.localized(l);

export function questionView(v: TreeView, pos: Position<unknown>): TemplateResult {
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
<div class="actions">${pos.answers.length ? html`<button type="button" part="back" @click=${back(v, pos.answers)}>${t('tree.back')}</button>` : nothing}
<button type="submit" part="submit" class="primary">${t('tree.continue')}</button></div></form>`;
}
