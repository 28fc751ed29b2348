import { type PropertyValues } from '../core/reactive.js';
import { property, state } from '../core/props.js';
import { ProcuraElement } from '../core/base-element.js';
import { baseStyles } from '../core/theme.js';
import { studioCatalog, type StudioKey } from '../i18n/studio.js';
import { DEFINITION_KINDS, type DefinitionKind } from '../model/definition.js';
import type { KindEditor, StudioHost, StudioLang, StudioProblem } from './host.js';
import { History } from './history.js';
import { StudioDrafts } from './drafts.js';
import { loadEditor } from './editors.js';
import { Publisher } from './publish.js';
import { shellView } from './shell.js';
import { Preview } from './preview.js';
import { styles } from './studio.styles.js';
import type { StudioState } from './state.js';

const LANGS: readonly StudioLang[] = ['fr', 'nl', 'en', 'de'];
const isKind = (k: string | null | undefined): k is DefinitionKind => DEFINITION_KINDS.includes(k as DefinitionKind);

/**
 * The studio: a broker's office prepares a definition of one of the kit's elements (a
 * delegation questionnaire, a consent form, the cookie opposition, the mandate form)
 * without writing code, sees the real element live, publishes it to the backend as an
 * immutable version, and copies the snippet that puts it on its site. Every action works
 * from the keyboard (Ctrl+Z, Ctrl+Shift+Z) and is announced; the draft is kept in the browser.
 *
 * @summary Prepare, preview, publish and embed a definition of a procura element.
 *
 * @csspart kinds - The choice of what to prepare.
 * @csspart toolbar - Undo, redo, import, export.
 * @csspart editor - The editor of the chosen kind.
 * @csspart problems - What must be corrected before publishing.
 * @csspart preview - The live preview of the real element.
 * @csspart publish - Publishing and the versions published.
 * @csspart embed - The snippets for the site.
 * @csspart error - A publishing error.
 * @csspart submit - The button that publishes.
 * @event procura-published - The backend published the definition: `{ version, created }` (created false: the same content was already the newest version).
 * @event procura-error - Publishing failed (`kind: 'publish'`), with the message shown.
 *
 * @cssproperty --procura-studio-max-width - Maximum width of the studio (80rem).
 */
export class ProcuraStudio extends ProcuraElement<unknown, StudioKey> implements StudioState {
  static override styles = [baseStyles, styles];

  /** What is being prepared: `tree`, `consent` (default), `cookie-opposition` or `mandate-form`. */
  @property() kind: DefinitionKind = 'consent';
  /** The definition's short name (its id across versions). */
  @property({ attribute: 'definition-id' }) definitionId = '';
  /** The address of the kit's drop-in script, written into the CMS snippet (default: the kit on unpkg). */
  @property({ attribute: 'script-src' }) scriptSrc?: string;

  @state() editor?: KindEditor;
  @state() previewLang: StudioLang = 'fr';
  @state() previewWidth: 'phone' | 'desktop' = 'desktop';
  @state() said = '';
  @state() selected?: string;
  @state() asking?: { message: string; answer: (ok: boolean) => void };

  history = new History<unknown>({ value: {}, what: '' });
  readonly drafts = new StudioDrafts(this);
  readonly publisher = new Publisher(this, this);
  readonly preview = new Preview(this);
  readonly host: StudioHost = this.makeHost();
  private loadedKind?: DefinitionKind;
  private started = false;

  protected override catalogs() {
    return [studioCatalog];
  }

  /** The studio's own language (its screens): fr, nl, en or de. */
  get studioLang(): StudioLang {
    const l = this.localize.locale.slice(0, 2) as StudioLang;
    return LANGS.includes(l) ? l : 'fr';
  }

  /** A studio text (the editors reach it through their host's `t`). */
  text(key: StudioKey, vars?: Record<string, string | number>): string {
    return this.localize.t(key, vars);
  }

  get definition(): unknown {
    return this.history.value;
  }

  get problems(): StudioProblem[] {
    return this.editor && this.loadedKind === this.kind ? this.editor.problems(this.host, this.definition) : [];
  }

  private makeHost(): StudioHost {
    const lang = () => this.studioLang;
    const selected = () => this.selected;
    return {
      get lang() {
        return lang();
      },
      t: (key, vars) => this.localize.t(key as StudioKey, vars),
      commit: (next, what) => this.commit(next, what),
      announce: (message) => this.announce(message),
      confirm: (message) => this.confirm(message),
      get selected() {
        return selected();
      },
      select: (id) => {
        this.selected = id;
      },
      requestUpdate: () => this.requestUpdate(),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.started) {
      this.started = true;
      void this.start();
    } else if (changed.has('kind') && this.kind !== this.loadedKind) void this.switchKind(this.kind);
  }

  /** The draft first (the person comes back to where they were), else a blank definition of `kind`. */
  private async start(): Promise<void> {
    const draft = await this.drafts.restore();
    if (draft && isKind(draft.kind)) {
      this.definitionId = draft.id;
      await this.switchKind(draft.kind, draft.definition);
      this.announce(this.localize.t('studio.draft.restored'));
    } else await this.switchKind(isKind(this.kind) ? this.kind : 'consent');
  }

  async switchKind(kind: DefinitionKind, definition?: unknown): Promise<void> {
    this.kind = kind;
    this.loadedKind = kind;
    const { editor, catalog } = await loadEditor(kind);
    if (catalog) await this.localize.add(catalog);
    if (this.loadedKind !== kind) return;
    this.editor = editor;
    this.history.reset(definition ?? editor.blank(), '');
    this.selected = undefined;
    this.changed();
    void this.publisher.loadVersions();
  }

  /** Starts over from a definition (a starter, an imported file): not an undo step. */
  startFrom(definition: unknown, what: string): void {
    this.history.reset(definition, what);
    this.changed();
    this.announce(what);
  }

  commit(next: unknown, what: string): void {
    this.history.push(next, what);
    this.changed();
    this.announce(what);
  }

  undo(): void {
    const what = this.history.undo();
    if (what !== undefined) this.changed();
    this.announce(
      what === undefined ? this.localize.t('studio.nothingToUndo') : this.localize.t('studio.undone', { what }),
    );
  }

  redo(): void {
    const what = this.history.redo();
    if (what !== undefined) this.changed();
    this.announce(
      what === undefined ? this.localize.t('studio.nothingToRedo') : this.localize.t('studio.redone', { what }),
    );
  }

  /** After every change: the draft, the preview, the screen. */
  changed(): void {
    void this.drafts.save({ kind: this.kind, id: this.definitionId, definition: this.definition });
    this.publisher.changed();
    this.requestUpdate();
  }

  announce(message: string): void {
    // The same sentence twice is still said: the region is emptied first.
    this.said = '';
    void this.updateComplete.then(() => (this.said = message));
  }

  confirm(message: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.asking = { message, answer: resolve };
    });
  }

  /** The person's answer in the confirmation dialog. */
  answer(ok: boolean): void {
    const asking = this.asking;
    this.asking = undefined;
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm')?.close();
    asking?.answer(ok);
  }

  private onKey = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) this.undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') this.redo();
    else return;
    e.preventDefault();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.preview.sync();
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('#confirm');
    if (this.asking && dialog && !dialog.open) dialog.showModal();
  }

  protected override renderContent() {
    return shellView(this);
  }
}
