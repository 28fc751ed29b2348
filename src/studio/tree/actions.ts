/**
 * What the outline's buttons and fields do: each builds the next tree with ops.ts and hands it
 * to the shell with a sentence for screen readers; adding an item moves the focus to its French text.
 */
import type { TreeDefinition, TreeOutcome } from '../../model/tree.js';
import type { StudioHost } from '../host.js';
import { fromCsv, toCsv } from './csv.js';
import * as ops from './ops.js';
import { rename } from './rename.js';

/** Focus the first of `selectors` found in the editor's root once the shell has drawn the new tree. */
function focusAfter(from: EventTarget | null, ...selectors: string[]): void {
  const root = (from as Node | null)?.getRootNode() as ParentNode | undefined;
  if (!root) return;
  const tries = { n: 0 };
  const find = () => {
    const el = selectors.map((s) => root.querySelector<HTMLElement>(s)).find((x) => x);
    if (el) el.focus();
    else if (tries.n++ < 10) requestAnimationFrame(find);
  };
  requestAnimationFrame(find);
}

const frenchOf = (at: string, field: string) => `[data-at="${at}"][data-field="${field}"][data-lang="fr"]`;

export class TreeActions {
  constructor(
    private host: StudioHost,
    private t: TreeDefinition,
  ) {}

  private commit(next: TreeDefinition, key: string, vars: Record<string, string> = {}): void {
    this.host.commit(next, this.host.t(key, vars));
  }

  addQuestion(e: Event): void {
    const { tree, id } = ops.addQuestion(this.t);
    this.commit(tree, 'studioTree.did.addQuestion', { id });
    this.host.select(id);
    focusAfter(e.currentTarget, frenchOf(id, 'text'));
  }

  addOutcome(e: Event): void {
    const { tree, id } = ops.addOutcome(this.t);
    this.commit(tree, 'studioTree.did.addOutcome', { id });
    this.host.select(id);
    focusAfter(e.currentTarget, frenchOf(id, 'text'));
  }

  addOption(e: Event, q: string): void {
    const { tree, id } = ops.addOption(this.t, q);
    this.commit(tree, 'studioTree.did.addOption', { id });
    this.host.select(id);
    focusAfter(e.currentTarget, frenchOf(id, 'label'));
  }

  text(e: Event, at: string, field: ops.TextField, lang: string): void {
    const value = (e.target as HTMLInputElement).value;
    this.commit(ops.setText(this.t, at, field, lang, value), 'studioTree.did.text', { id: at });
  }

  next(e: Event, at: string): void {
    const next = (e.target as HTMLSelectElement).value;
    this.commit(ops.setNext(this.t, at, next), 'studioTree.did.next', { id: at });
  }

  field(e: Event, field: 'id' | 'version'): void {
    this.commit(ops.setField(this.t, field, (e.target as HTMLInputElement).value.trim()), 'studioTree.did.field');
  }

  start(q: string): void {
    this.commit(ops.setStart(this.t, q), 'studioTree.did.start', { id: q });
  }

  outcome(id: string, change: Partial<TreeOutcome>): void {
    this.commit(ops.setOutcome(this.t, id, change), 'studioTree.did.outcome', { id });
  }

  move(e: Event, at: string, delta: number): void {
    this.commit(ops.move(this.t, at, delta), delta < 0 ? 'studioTree.did.up' : 'studioTree.did.down', { id: at });
    // The button may now be disabled (first or last place): keep the focus on the moved item.
    const button = e.currentTarget as HTMLElement | null;
    focusAfter(
      button,
      `[data-move="${at}"][data-delta="${delta}"]:not([disabled])`,
      `[data-move="${at}"]:not([disabled])`,
    );
  }

  /** Renames an item's id; a taken or malformed id is refused in words and the field shows the old id again. */
  rename(e: Event, at: string): void {
    const input = e.target as HTMLInputElement;
    const to = input.value.trim();
    const p = ops.splitOption(at);
    const next = rename(this.t, at, to);
    if (!next) {
      input.value = p ? p.o : at;
      this.host.announce(this.host.t('studioTree.rename.invalid', { to }));
      return;
    }
    const id = p ? `${p.q}/${to}` : to;
    this.commit(next, 'studioTree.did.rename', { from: at, to: id });
    this.host.select(id);
    focusAfter(input, `[data-rename="${id}"]`);
  }

  async remove(at: string): Promise<void> {
    const links = ops.linksTo(this.t, at);
    if (
      links.length &&
      !(await this.host.confirm(this.host.t('studioTree.confirmDelete', { id: at, n: links.length })))
    )
      return;
    this.commit(ops.remove(this.t, at), 'studioTree.did.delete', { id: at });
    if (this.host.selected === at) this.host.select(undefined);
  }

  exportCsv(): void {
    const blob = new Blob([toCsv(this.t)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${this.t.id || 'arbre'}-textes.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
    this.host.announce(this.host.t('studioTree.did.exportCsv'));
  }

  async importCsv(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const { tree, unknown, read } = fromCsv(this.t, await file.text());
    input.value = '';
    const key = unknown.length ? 'studioTree.did.importCsvUnknown' : 'studioTree.did.importCsv';
    this.commit(tree, key, { n: String(read), ids: unknown.slice(0, 5).join(', ') });
  }
}
