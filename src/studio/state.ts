/** What the studio's templates (shell.ts, panels.ts) read of the element: written once, so they need not import it. */
import type { DefinitionKind } from '../model/definition.js';
import type { StudioKey } from '../i18n/studio.js';
import type { History } from './history.js';
import type { KindEditor, StudioHost, StudioLang, StudioProblem } from './host.js';
import type { Publisher } from './publish.js';
import type { Preview } from './preview.js';

export interface StudioState {
  kind: DefinitionKind;
  definitionId: string;
  readonly definition: unknown;
  readonly editor?: KindEditor;
  readonly host: StudioHost;
  readonly history: History<unknown>;
  readonly problems: StudioProblem[];
  readonly publisher: Publisher;
  readonly preview: Preview;
  readonly said: string;
  readonly asking?: { message: string; answer: (ok: boolean) => void };
  readonly scriptSrc?: string;
  previewLang: StudioLang;
  previewWidth: 'phone' | 'desktop';
  renderRoot: HTMLElement | DocumentFragment;
  text(key: StudioKey, vars?: Record<string, string | number>): string;
  switchKind(kind: DefinitionKind, definition?: unknown): Promise<void>;
  startFrom(definition: unknown, what: string): void;
  changed(): void;
  undo(): void;
  redo(): void;
  announce(message: string): void;
  answer(ok: boolean): void;
  requestUpdate(): void;
}
