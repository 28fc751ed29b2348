/** Reads a tree that is not built in (inline, or fetched from `src`) and checks it: a chunk loaded only for such a tree. */
import type { DefinitionRef } from '../model/definition.js';
import { checkTree } from './check-tree.js';
import type { LoadedTree, TreeSource } from './tree-types.js';

/** `builtIn`: the names of the built-in trees (said when `tree` names none of them). */
export function readTree(
  s: TreeSource,
  builtIn: string[],
  fetched?: { definition: unknown; ref?: DefinitionRef },
): LoadedTree {
  const raw = s.inline !== undefined ? { definition: s.inline } : fetched;
  if (!raw) {
    const message = s.tree
      ? `"${s.tree}" is not a built-in tree (${builtIn.join(', ')})`
      : 'no tree: set the tree attribute, the src attribute, the config property or a child <script type="application/json">';
    return { issues: [{ path: s.tree ? 'tree' : '(root)', code: s.tree ? 'unknown' : 'missing', message }] };
  }
  const checked = checkTree(raw.definition);
  return checked.ok ? { tree: checked.tree, ref: raw.ref } : { issues: checked.issues };
}
