/** Reads a tree that is not built in (inline, or fetched from `src`) and checks it: a chunk loaded only for such a tree. */
import type { DefinitionRef } from '../model/definition.js';
import type { Issue } from '../model/schema.js';
import { emit } from '../core/events.js';
import { report } from '../core/report.js';
import { checkTree } from './check-tree.js';
import type { LoadedTree, TreeSource } from './tree-types.js';

/** What is wrong with a tree, and how the element tells it: on the console and in `procura-error`. */
function broken(issues: Issue[]): LoadedTree {
  return {
    issues,
    tell(el) {
      for (const i of issues) report(el.localName, `invalid tree at ${i.path}: ${i.message}`);
      emit(el, 'procura-error', {
        kind: 'config',
        error: { message: issues.map((i) => `${i.path}: ${i.message}`).join('\n') },
      });
    },
  };
}

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
    return broken([{ path: s.tree ? 'tree' : '(root)', code: s.tree ? 'unknown' : 'missing', message }]);
  }
  const checked = checkTree(raw.definition);
  return checked.ok ? { tree: checked.tree, ref: raw.ref } : broken(checked.issues);
}
