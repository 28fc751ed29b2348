import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ProcuraElement } from '../core/base-element.js';
import type { DraftController } from '../core/draft-store.js';
import type { SubmissionController } from '../core/submission.js';
import { emit, type DecisionDetail } from '../core/events.js';
import { report } from '../core/errors.js';
import { baseStyles } from '../core/theme.js';
import { pick, type Localized } from '../model/localized.js';
import type { Issue } from '../model/schema.js';
import type { TreeDefinition } from '../model/tree.js';
import { treeCatalog } from '../i18n/delegation-tree.js';
import { choose, optionOf, replay, type Answer, type Position } from './walk.js';
import { builtInTrees } from './trees/index.js';
import { styles } from './delegation-tree.styles.js';

/** The `config` of `<procura-delegation-tree>`: an inline tree definition (the `tree` and `src` attributes name others). */
export type DelegationTreeConfig = TreeDefinition;

/**
 * @summary A questionnaire that routes a person, one question at a time, to the right
 * mandate form or to a refusal that says why. The tree is data: a built-in one
 * (`tree`), a URL (`src`), the `config` property or a child JSON script.
 *
 * @event procura-decision - An outcome is reached: `{ treeId, treeVersion, answers, outcome, result }`.
 * @event procura-decision-cleared - The person went back or changed an answer after an outcome: `{ treeId }`; the earlier decision no longer holds.
 * @event procura-submit - Before the decision is posted to `/decisions` (cancelable).
 * @event procura-submitted - The backend kept the decision.
 * @event procura-queued - The backend is unreachable; the decision waits in the outbox.
 * @event procura-error - The tree is broken or could not be loaded, or the decision could not be sent.
 *
 * @csspart title - The tree's title.
 * @csspart question - The form holding the current question.
 * @csspart legend - The question's text (receives focus on each step).
 * @csspart options - The list of answers.
 * @csspart option - One answer (a label around a native radio).
 * @csspart submit - The "Continue" button.
 * @csspart back - The "Back" button.
 * @csspart summary - The answers given so far.
 * @csspart change - The button that changes one answer.
 * @csspart outcome - The result.
 * @csspart reason - Why a request is refused.
 * @csspart next - The link or button to the next step.
 * @csspart restart - The "Start again" button.
 * @csspart error - A broken or missing tree.
 *
 * @cssproperty --procura-delegation-tree-max-width - Maximum width (42rem).
 * @cssproperty --procura-delegation-tree-gap - Space between blocks.
 * @cssproperty --procura-delegation-tree-option-background - Background of an answer.
 * @cssproperty --procura-delegation-tree-option-selected-border - Border of the chosen answer.
 * @cssproperty --procura-delegation-tree-refused-color - Accent of a refusal.
 */
export class ProcuraDelegationTree extends ProcuraElement<DelegationTreeConfig> {
  static override styles = [baseStyles, styles];

  /** A built-in tree: `broker-client-space` or `staff-delegation`. */
  @property() tree?: string;
  /** URL of a tree definition (JSON). */
  @property() src?: string;

  /** The decision of the outcome shown, or undefined while no outcome is reached. */
  decision?: DecisionDetail;

  /** The loaded and checked tree (read it, do not change it): a form following the tree prints its texts. */
  @state() definition?: TreeDefinition;
  @state() private answers: Answer[] = [];
  @state() private selection?: string;
  /** True while `configIssues` holds the problems of a tree from `src` or `tree`, not of the inline one. */
  private ownIssues = false;
  @state() private loadFailed = false;
  @state() private mustChoose = false;
  @state() private announcement = '';
  @state() private local = false;

  private loading?: TreeDefinition;
  private loadToken = 0;
  private focusNext?: string;
  // Drafts and the outbox (IndexedDB, the backend client) load only when the page uses them.
  private drafts?: DraftController<{ answers: Answer[] }>;
  private draftsReady?: Promise<DraftController<{ answers: Answer[] }>>;
  private submission?: SubmissionController;
  private senderReady?: Promise<SubmissionController>;

  private draftStore(): Promise<DraftController<{ answers: Answer[] }>> | undefined {
    if (!this.resolvedDraftKey) return undefined;
    return (this.draftsReady ??= import('../core/draft-store.js').then(
      (m) =>
        (this.drafts = new m.DraftController(this, {
          key: () =>
            this.loading && this.resolvedDraftKey ? `${this.resolvedDraftKey}:${this.loading.id}` : undefined,
          version: () => this.loading?.version ?? '',
          enabled: () => !!this.loading,
        })),
    ));
  }

  private sender(): Promise<SubmissionController> {
    return (this.senderReady ??= import('../core/submission.js').then(
      (m) => (this.submission = new m.SubmissionController(this, 'decision')),
    ));
  }

  protected override catalogs() {
    return [treeCatalog];
  }

  private hasInlineTree(): boolean {
    return (
      this.config !== undefined ||
      [...this.children].some(
        (c) => c instanceof HTMLScriptElement && c.type === 'application/json' && !!c.textContent?.trim(),
      )
    );
  }

  protected override configChanged(): void {
    void this.load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && (changed.has('tree') || changed.has('src')) && (this.ownIssues || !this.configIssues.length))
      void this.load();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    if (this.ownIssues) this.configIssues = [];
    Object.assign(this, {
      ownIssues: false,
      loadFailed: false,
      definition: undefined,
      loading: undefined,
      decision: undefined,
    });
    // The inline tree (config or child script) is checked here, with the others: the checker
    // is a chunk of its own, loaded beside the tree, so that the first download stays small.
    let raw: unknown = this.hasInlineTree() ? this.settings : undefined;
    const checker = import('./check-tree.js');
    checker.catch(() => undefined);
    // Start loading what comes next while the tree loads; a queued decision is then delivered too.
    const drafts = this.draftStore();
    if (this.resolvedEndpoint) void this.sender();
    let checkTree: typeof import('./check-tree.js').checkTree;
    try {
      if (raw === undefined && this.src) raw = await (await import('../core/read.js')).readJson(this.src);
      else if (raw === undefined && this.tree) {
        const get = Object.hasOwn(builtInTrees, this.tree) ? builtInTrees[this.tree] : undefined;
        if (!get)
          return this.broken(token, [
            {
              path: 'tree',
              code: 'unknown',
              message: `"${this.tree}" is not a built-in tree (${Object.keys(builtInTrees).join(', ')})`,
            },
          ]);
        raw = (await get()).default;
      } else if (raw === undefined)
        return this.broken(token, [
          {
            path: '(root)',
            code: 'missing',
            message:
              'no tree: set the tree attribute, the src attribute, the config property or a child <script type="application/json">',
          },
        ]);
      ({ checkTree } = await checker);
    } catch (e) {
      if (token !== this.loadToken) return;
      this.loadFailed = true;
      report(this.localName, 'could not load the tree', e);
      emit(this, 'procura-error', { kind: 'load', error: { message: String((e as Error)?.message ?? e) } });
      return;
    }
    if (token !== this.loadToken) return;
    const checked = checkTree(raw);
    if (!checked.ok) return this.broken(token, checked.issues);
    this.loading = checked.tree;
    const saved = await (await drafts)?.restore();
    if (token !== this.loadToken) return;
    const pos = replay(checked.tree, saved?.answers ?? []);
    this.definition = checked.tree;
    this.answers = pos.answers;
    if (pos.outcome) this.reach(pos, false);
  }

  private broken(token: number, issues: Issue[]): void {
    if (token !== this.loadToken) return;
    // Shown by the base element's configuration-error state, like a bad inline tree.
    this.configIssues = issues;
    this.ownIssues = true;
    for (const i of issues) report(this.localName, `invalid tree at ${i.path}: ${i.message}`);
    emit(this, 'procura-error', {
      kind: 'config',
      error: { message: issues.map((i) => `${i.path}: ${i.message}`).join('\n') },
    });
  }

  private text(l: Localized | undefined): string {
    return pick(l, this.localize.locale);
  }

  /** A tree's text for the page: marked with its own language when it fell back (a tree written only in French). */
  private shown(l: Localized | undefined) {
    return this.localize.localized(l);
  }

  /** Moves to a new path: saves it, forgets any decision, and focuses what comes next. */
  private go(answers: Answer[], selection?: string): void {
    const def = this.definition!;
    this.answers = answers;
    this.selection = selection;
    this.mustChoose = false;
    this.announcement = '';
    if (this.decision) emit(this, 'procura-decision-cleared', { treeId: def.id });
    this.decision = undefined;
    this.local = false;
    void this.drafts?.save({ answers });
    const pos = replay(def, answers);
    if (pos.outcome) this.reach(pos, true);
    else this.focusNext = '[part~="legend"]';
  }

  private reach(pos: Position, byPerson: boolean): void {
    const def = this.definition!;
    const o = pos.outcome!;
    const decision = {
      treeId: def.id,
      treeVersion: def.version,
      answers: pos.answers.map((a) => ({ ...a })),
      outcome: o.id,
    };
    this.decision = { ...decision, result: { ...o } };
    emit(this, 'procura-decision', this.decision);
    if (!byPerson) return;
    this.focusNext = '#outcome-heading';
    this.announcement = this.localize.t('tree.announce', { text: this.verdict(o) });
    if (this.resolvedEndpoint) void this.sender().then((s) => s.submit('/decisions', decision));
    else this.local = true;
  }

  private verdict(o: NonNullable<Position['outcome']>): string {
    const head = this.localize.t(o.refused ? 'tree.refused' : o.mandate ? 'tree.mandate.yes' : 'tree.mandate.no');
    return `${head} ${this.text(o.text)}`;
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    if (!this.selection) {
      this.mustChoose = true;
      this.focusNext = 'input[type=radio]';
      return;
    }
    this.go(choose(this.definition!, this.answers, this.selection));
  }

  private back(): void {
    const last = this.answers[this.answers.length - 1];
    if (last) this.go(this.answers.slice(0, -1), last.option);
  }

  private change(i: number): void {
    this.go(this.answers.slice(0, i), this.answers[i].option);
  }

  private restart(): void {
    this.go([]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The radios follow `selection` after every render: they are reused from one question to
    // the next, and a binding would skip a value it believes unchanged.
    for (const r of this.renderRoot.querySelectorAll('input')) r.checked = r.value === this.selection;
    if (!this.focusNext) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = undefined;
  }

  protected override renderContent() {
    // The live regions are in every state, empty until they speak (WCAG 4.1.3): a region
    // that enters the page already filled is often not read.
    // The outcome is announced, then where its decision went (kept locally, queued, refused), as
    // an addition to the same region.
    return html`${this.renderState()}
<div class="visually-hidden" role="status" aria-live="polite"><span>${this.announcement}</span> <span>${this.announcement ? this.sentText() : ''}</span></div>`;
  }

  private renderState() {
    const t = this.localize.t.bind(this.localize);
    // Templates are written tight: their whitespace ships as is, and the budget is in KB.
    if (this.loadFailed) return html`<div part="error" role="alert">${t('core.renderError')}</div>`;
    const def = this.definition;
    if (!def) return html`<p role="status">${t('tree.loading')}</p>`;
    const pos = replay(def, this.answers);
    const draft = this.drafts?.status;
    return html`${def.title ? this.heading(0, this.shown(def.title), { part: 'title' }) : nothing}
<div role="status">${draft === 'stale' ? html`<p class="notice warn">${t('core.draftStale')}</p>` : nothing}</div>
${draft === 'unavailable' ? html`<p class="notice warn">${t('core.draftsOff')}</p>` : nothing}
${pos.question ? this.renderQuestion(pos) : this.renderOutcome(pos)}
${pos.answers.length ? this.renderSummary(def, pos) : nothing}`;
  }

  /** Where the decision went: kept locally, queued, or refused by the backend ('' while none of these). */
  private sentText(): string {
    const status = this.submission?.status;
    const s = this.local ? 'local' : status?.state;
    const t = this.localize.t.bind(this.localize);
    return s === 'local'
      ? t('core.localOnly')
      : s === 'queued'
        ? t('core.queued')
        : s === 'failed'
          ? t('core.failed', { message: (status as { message: string }).message })
          : '';
  }

  private renderQuestion(pos: Position) {
    const q = pos.question!;
    const t = this.localize.t.bind(this.localize);
    const describedBy = [q.help ? 'help' : '', this.mustChoose ? 'choose' : ''].filter(Boolean).join(' ');
    return html`<form part="question" novalidate @submit=${this.onSubmit}><fieldset aria-describedby=${describedBy || nothing}>
<legend part="legend" tabindex="-1"><span class="step">${t('tree.step', { n: pos.answers.length + 1 })}</span> ${this.shown(q.text)}</legend>
${q.help ? html`<p class="help" id="help">${this.shown(q.help)}</p>` : nothing}
<div part="options">${q.options.map(
      (o) =>
        html`<label part="option"><input type="radio" name=${q.id} .value=${o.id} @change=${() => ((this.selection = o.id), (this.mustChoose = false))} /> <span>${this.shown(o.label)}</span></label>`,
    )}</div>
${this.mustChoose ? html`<p class="field-error" id="choose" role="alert">${t('tree.choose')}</p>` : nothing}
</fieldset>
<div class="actions">${pos.answers.length ? html`<button type="button" part="back" @click=${this.back}>${t('tree.back')}</button>` : nothing}
<button type="submit" part="submit" class="primary">${t('tree.continue')}</button></div></form>`;
  }

  private renderOutcome(pos: Position) {
    const o = pos.outcome!;
    const t = this.localize.t.bind(this.localize);
    // Shown here; spoken by the element's live region, which exists before it (WCAG 4.1.3).
    const sent = this.sentText();
    const s = this.local ? 'local' : this.submission?.status.state;
    return html`<section part="outcome" class=${o.refused ? 'refused' : ''} aria-labelledby="outcome-heading">
${this.heading(1, t('tree.outcome'), { id: 'outcome-heading', tabindex: '-1' })}
<p class="verdict">${t(o.refused ? 'tree.refused' : o.mandate ? 'tree.mandate.yes' : 'tree.mandate.no')}</p>
<p>${this.shown(o.text)}</p>
${o.refused && o.reason ? html`<p part="reason">${this.localize.tp('tree.reason', { reason: this.shown(o.reason) })}</p>` : nothing}
${!o.refused && o.contracts ? html`<p>${t(`tree.contracts.${o.contracts}`)}</p>` : nothing}
${o.href ? html`<p><a part="next" href=${o.href}>${t('tree.next')}</a></p>` : this.formFor(o) ? html`<p><button type="button" part="next" class="primary" @click=${() => this.formFor(o)!.focus()}>${t('tree.toForm')}</button></p>` : nothing}
${sent ? html`<p class="notice ${s === 'local' ? '' : s === 'queued' ? 'warn' : 'error'}">${sent}</p>` : nothing}
</section><div class="actions"><button type="button" part="back" @click=${this.back}>${t('tree.back')}</button></div>`;
  }

  /** The `<procura-mandate-form for="this id">` of the page, when the outcome names a form. */
  private formFor(o: { form?: string }): HTMLElement | null {
    return o.form && this.id
      ? (this.getRootNode() as ParentNode).querySelector(`procura-mandate-form[for="${CSS.escape(this.id)}"]`)
      : null;
  }

  private renderSummary(def: TreeDefinition, pos: Position) {
    const t = this.localize.t.bind(this.localize);
    return html`<section part="summary" aria-labelledby="summary-heading">${this.heading(1, t('tree.answers'), { id: 'summary-heading' })}
<dl>${pos.answers.map((a, i) => {
      const question = this.text(def.questions[a.question].text);
      const q = def.questions[a.question].text;
      return html`<div><dt>${this.shown(q)}</dt><dd><span>${this.shown(optionOf(def, a)?.label)}</span>
<button type="button" part="change" aria-label=${t('tree.changeLabel', { question })} @click=${() => this.change(i)}>${t('tree.change')}</button></dd></div>`;
    })}</dl>
<div class="actions"><button type="button" part="restart" @click=${this.restart}>${t('tree.restart')}</button></div></section>`;
  }
}
