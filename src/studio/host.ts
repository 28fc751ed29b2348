/**
 * The contract between `<procura-studio>` (the shell: src/studio/studio.ts) and the editor of each
 * kind of definition (src/studio/tree/, src/studio/consent/, ...). An editor is not an element
 * (no element imports another): it is a set of render functions that read the definition and
 * hand every change back to the shell through `commit`, which keeps undo/redo, the draft and
 * the live preview in step.
 */
import type { TemplateResult } from 'lit';
import type { DefinitionKind } from '../model/definition.js';

export type StudioLang = 'fr' | 'nl' | 'en' | 'de';

/** A problem the checker found, named by the item it is about (shown beside that item). */
export interface StudioProblem {
  /** The item: a question, option or outcome id for a tree (`q1`, `q1/o2`), a purpose id, or a field name. */
  at: string;
  /** A whole sentence in the studio's language. */
  message: string;
  /** `error` blocks publishing; `warning` (a missing translation) does not. */
  severity: 'error' | 'warning';
}

export interface StudioHost {
  /** The studio's own language (its screens), not the language previewed. */
  readonly lang: StudioLang;
  /** The studio's texts; `key` is a key of the studio dictionaries (src/i18n/<lang>/studio*.ts). */
  t(key: string, vars?: Record<string, string | number>): string;
  /**
   * Replaces the definition being edited: one undo step, saved to the draft, previewed.
   * `what` is a whole sentence said to screen readers ("Question « Âge » ajoutée.").
   */
  commit(next: unknown, what: string): void;
  /** Says something politely to screen readers (the shell's live region). */
  announce(message: string): void;
  /** Asks before a destructive change; resolves true when the person confirmed (the shell's <dialog>). */
  confirm(message: string): Promise<boolean>;
  /** The id of the item selected in the editor (a tree node, a purpose), shared with the map and the preview. */
  readonly selected: string | undefined;
  select(id: string | undefined): void;
  requestUpdate(): void;
}

/** What each kind's editor gives the shell. */
export interface KindEditor<D = unknown> {
  kind: DefinitionKind;
  /** A new, empty definition of this kind (the studio's "start from scratch"). */
  blank(): D;
  /** The built-in starting points (`{ name, label, definition }`), e.g. the kit's trees and presets. */
  starters(host: StudioHost): { name: string; label: string; definition: D }[];
  /** Everything the checker says about `definition`, in the studio's language. */
  problems(host: StudioHost, definition: D): StudioProblem[];
  /** The editor itself. */
  render(host: StudioHost, definition: D): TemplateResult;
}
