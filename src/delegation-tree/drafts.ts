/**
 * The tree's drafts, a chunk loaded only when the page keeps them (a draft key): the path of
 * answers saved under the tree's id and version, and the notice that says what became of it.
 */
import { DraftController } from '../core/draft-store.js';
import { draftNotice } from '../core/views.js';
import type { Answer } from './walk.js';
import type { ReactiveControllerHost } from '../core/reactive.js';
import type { TreeView } from './delegation-tree.view.js';

/** What the drafts use of `<procura-delegation-tree>` (named here: the element imports this chunk). */
interface DraftsHost extends ReactiveControllerHost, HTMLElement {
  loading?: { id: string; version?: string };
  readonly resolvedDraftKey: string | undefined;
  view(): TreeView;
}

export class TreeDrafts extends DraftController<{ answers: Answer[] }> {
  constructor(private tree: DraftsHost) {
    super(tree, {
      key: () => (tree.loading && tree.resolvedDraftKey ? `${tree.resolvedDraftKey}:${tree.loading.id}` : undefined),
      version: () => tree.loading?.version ?? '',
      enabled: () => !!tree.loading,
    });
  }

  /** The notice about the draft, in its live region (always rendered while the tree is shown). */
  notice() {
    return draftNotice(this.tree.view().localize, this.status);
  }
}
