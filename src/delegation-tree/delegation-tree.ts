import { html, nothing, type PropertyValues } from '../core/reactive.js';
import { property, state } from '../core/props.js';
import { ProcuraElement } from '../core/base-element.js';
import type { BackendController } from '../core/backend-controller.js';
import { emit, type DecisionDetail } from '../core/events.js';
import { report } from '../core/report.js';
import { baseStyles } from '../core/theme.js';
import type { Issue } from '../model/schema.js';
import type { TreeDefinition } from '../model/tree.js';
import { treeCatalog, type TreeKey } from '../i18n/delegation-tree.js';
import { choose, replay, type Answer } from './walk.js';
import { loadTree, type LoadedTree } from './load-tree.js';
import type { FirstScreenTree } from './trees/index.js';
import { questionView, type TreeView } from './delegation-tree.view.js';
import type * as OutcomeModule from './outcome.js';
import type { TreeDrafts } from './drafts.js';
import { styles } from './delegation-tree.styles.js';

/** The `config` of `<procura-delegation-tree>`: an inline tree definition (the `tree` and `src` attributes name others). */
export type DelegationTreeConfig = TreeDefinition;

type Outcome = typeof OutcomeModule;

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
export class ProcuraDelegationTree extends ProcuraElement<DelegationTreeConfig, TreeKey> {
  static override styles = [baseStyles, styles];

  /** A built-in tree: `broker-client-space` or `staff-delegation`. */
  @property() tree?: string;
  /** URL of a tree definition (JSON). */
  @property() src?: string;

  /** The decision of the outcome shown, or undefined while no outcome is reached. */
  decision?: DecisionDetail;

  /**
   * The loaded and checked tree, with every language (read it, do not change it): a form following
   * the tree prints its texts. A built-in tree's is there soon after its first question, and always
   * before its first decision.
   */
  @state() definition?: TreeDefinition;
  // The members marked internal are the later steps' (outcome.ts), out of the element's API.
  /**
   * @internal The tree shown: `definition`, or a built-in tree's first screen in the page's
   * language until it is there.
   */
  @state() current?: TreeDefinition | FirstScreenTree;
  /** @internal */
  @state() answers: Answer[] = [];
  /** @internal The answer chosen at the current question. */
  @state() selection?: string;
  /** True while `configIssues` holds the problems of a tree from `src` or `tree`, not of the inline one. */
  private ownIssues = false;
  @state() private loadFailed = false;
  /** @internal Whether the person was asked to choose before continuing. */
  @state() mustChoose = false;
  /** @internal What the live region says of the outcome reached. */
  @state() announcement = '';
  /** @internal Whether the decision was kept in the page only (no endpoint). */
  @state() local = false;

  /** @internal The tree being loaded or shown (its id and version name its drafts). */
  loading?: TreeDefinition | FirstScreenTree;
  private loadToken = 0;
  /** @internal The selector of what takes the focus after the next render. */
  focusNext?: string;
  // Drafts (IndexedDB) load only when the page uses them; the backend controller after the first
  // paint (when the browser is idle, to deliver what an earlier page queued) or with the first decision.
  /** @internal */
  drafts?: TreeDrafts;
  private draftsReady?: Promise<TreeDrafts>;
  /** @internal */
  submission?: BackendController;
  private submissionReady?: Promise<BackendController>;
  // The later steps (the moves between questions, the outcome, the answers so far, and their
  // texts) are a chunk of their own: fetched when the browser is idle after the first question,
  // or at the first answer, which waits for it (`moving`).
  private outcome?: Outcome;
  private outcomeReady?: Promise<Outcome>;
  private moving?: Promise<void>;
  // A built-in tree's first screen has its texts in the page's language only (`treeLang`): the
  // whole tree replaces it with the outcome's chunk, before any decision names its outcome.
  /** @internal */
  whole?: () => Promise<TreeDefinition>;
  private completing?: Promise<void>;
  private treeLang = '';
  private prefetched = false;

  /** @internal The later steps' chunk, with its texts and styles. */
  later(): Promise<Outcome> {
    return (this.outcomeReady ??= import('./outcome.js').then(async (m) => {
      await this.localize.add(m.outcomeCatalog);
      m.adopt(this.renderRoot as ShadowRoot, (this.constructor as typeof ProcuraDelegationTree).elementStyles);
      this.outcome = m;
      this.requestUpdate();
      return m;
    }));
  }

  /** @internal The whole tree, when only the page language's texts are there (at most once per tree loaded). */
  complete(): Promise<void> {
    const get = this.whole;
    if (!get) return Promise.resolve();
    return (this.completing ??= get().then((t) => {
      if (get !== this.whole) return;
      this.whole = undefined;
      this.loading = this.definition = t;
      if (this.current) this.current = t;
    }));
  }

  /** Whether the tree's texts shown are not in the element's language (its `lang` changed): the whole tree is. */
  private otherLanguage(): boolean {
    return !!this.whole && this.treeLang !== this.localize.locale.slice(0, 2);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // A move waits for the later steps and the whole tree: wait for it, then for the render it causes.
    await this.moving;
    if (this.otherLanguage()) await this.complete();
    return super.getUpdateComplete();
  }

  /** @internal */
  backend(): Promise<BackendController> {
    return (this.submissionReady ??= import('../core/backend-controller.js').then(
      (m) => (this.submission = new m.BackendController(this, 'decision')),
    ));
  }

  /** After the first question is painted, when the browser is idle: what the next steps need. */
  private prefetch(): void {
    if (this.prefetched) return;
    this.prefetched = true;
    const whenIdle =
      (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? setTimeout;
    requestAnimationFrame(() =>
      whenIdle(() => {
        void this.backend();
        void this.later();
        void this.complete();
      }),
    );
  }

  private draftStore(): Promise<TreeDrafts> | undefined {
    if (!this.resolvedDraftKey) return undefined;
    return (this.draftsReady ??= import('./drafts.js').then((m) => (this.drafts = new m.TreeDrafts(this))));
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
      current: undefined,
      loading: undefined,
      decision: undefined,
      whole: undefined,
      completing: undefined,
    });
    // The inline tree (config or child script) is checked with the others, in the checker's chunk.
    const inline: unknown = this.hasInlineTree() ? this.settings : undefined;
    // Start loading the drafts while the tree loads.
    const drafts = this.draftStore();
    let loaded;
    try {
      loaded = await loadTree({ inline, src: this.src, tree: this.tree }, this.resolvedLocale);
    } catch (e) {
      if (token === this.loadToken) this.failed(e);
      return;
    }
    if (token !== this.loadToken) return;
    if (loaded.issues) return this.broken(loaded);
    this.loading = loaded.tree ?? loaded.first;
    this.whole = loaded.whole;
    this.treeLang = this.resolvedLocale.slice(0, 2);
    const saved = await (await drafts)?.restore();
    if (token !== this.loadToken) return;
    // A draft's answers go past the first question: into the whole tree, with the later steps.
    if (saved?.answers?.length) await Promise.all([this.later(), this.complete()]);
    if (token !== this.loadToken) return;
    const pos = replay(this.loading, saved?.answers ?? []);
    if (loaded.tree) this.definition = loaded.tree;
    this.current = this.definition ?? loaded.first;
    this.definitionRef = loaded.ref;
    this.answers = pos.answers;
    if (pos.outcome && this.definition) this.outcome?.reach(this, replay(this.definition, pos.answers), false);
  }

  private broken(loaded: LoadedTree & { issues: Issue[] }): void {
    // Shown by the base element's configuration-error state, like a bad inline tree.
    this.configIssues = loaded.issues;
    this.ownIssues = true;
    loaded.tell(this);
  }

  private failed(e: unknown): void {
    this.loadFailed = true;
    report(this.localName, 'could not load the tree', e);
    emit(this, 'procura-error', { kind: 'load', error: { message: String((e as Error)?.message ?? e) } });
  }

  /**
   * @internal Moves to a new path (`outcome.ts`), once the later steps' chunk and the whole tree are
   * there (a built-in tree's first screen holds its first question only).
   */
  go(answers: Answer[], selection?: string): void {
    const token = this.loadToken;
    this.moving = Promise.all([this.later(), this.complete()]).then(
      ([m]) => void (token === this.loadToken && m.go(this, answers, selection)),
      (e) => {
        // The person sees why nothing moves (the page's language), the console says what failed.
        report(this.localName, 'could not load the next step', e);
        this.loadFailed = true;
      },
    );
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    if (!this.selection) {
      this.mustChoose = true;
      this.focusNext = 'input[type=radio]';
      return;
    }
    if (this.current) this.go(choose(this.current, this.answers, this.selection));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.current) this.prefetch();
    // The radios follow `selection` after every render: they are reused from one question to
    // the next, and a binding would skip a value it believes unchanged.
    for (const r of this.renderRoot.querySelectorAll('input')) r.checked = r.value === this.selection;
    if (!this.focusNext) return;
    const next = this.renderRoot.querySelector<HTMLElement>(this.focusNext);
    // The outcome still loading: its heading takes the focus once it is shown.
    if (!next && !this.outcome) return;
    next?.focus();
    this.focusNext = undefined;
  }

  protected override renderContent() {
    // The live regions are in every state, empty until they speak (WCAG 4.1.3): a region
    // that enters the page already filled is often not read.
    // The outcome is announced, then where its decision went (kept locally, queued, refused), as
    // an addition to the same region.
    return html`${this.renderState()}
<div class="visually-hidden" role="status" aria-live="polite"><span>${this.announcement}</span> <span>${this.announcement && this.outcome?.sentText(this)}</span></div>`;
  }

  private renderState() {
    const t = (k: TreeKey | 'core.renderError') => this.localize.t(k);
    if (this.loadFailed) return html`<div part="error" role="alert">${t('core.renderError')}</div>`;
    const def = this.current;
    if (!def || this.otherLanguage()) {
      if (def) void this.complete();
      return html`<p role="status">${t('tree.loading')}</p>`;
    }
    const pos = replay(def, this.answers);
    return html`${def.title ? this.heading(0, this.localize.localized(def.title), { part: 'title' }) : nothing}
${this.drafts?.notice() ?? html`<div role="status" class="live draft-notice"></div>`}
${pos.question ? questionView(this.view(), pos) : this.outcome?.outcomeOf(this)}
${pos.answers.length ? this.outcome?.summaryOf(this, def, pos) : nothing}`;
  }

  /** @internal What the templates need from the element. */
  view(): TreeView {
    return {
      localize: this.localize,
      heading: (depth, content, attrs) => this.heading(depth, content, attrs),
      mustChoose: this.mustChoose,
      onSubmit: (e) => this.onSubmit(e),
      onSelect: (option) => {
        this.selection = option;
        this.mustChoose = false;
      },
      go: (answers, selection) => this.go(answers, selection),
    };
  }
}
