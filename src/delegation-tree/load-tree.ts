import { builtInTrees, builtInTreesIn } from './trees/index.js';
import type { LoadedTree, TreeSource } from './tree-types.js';

export type { LoadedTree, TreeSource } from './tree-types.js';

/**
 * Reads a tree and checks it. A built-in tree is ours, checked by a test
 * (test/delegation-tree/check-tree.test.ts): it needs no checker, and its first screen fetches
 * only its texts in `lang`. Any other tree is read and checked in a chunk of its own
 * (read-tree.ts), loaded beside the tree. Rejects when the tree could not be read (network).
 */
export async function loadTree(s: TreeSource, lang: string): Promise<LoadedTree> {
  const own = s.inline === undefined && !s.src && s.tree && Object.hasOwn(builtInTrees, s.tree) ? s.tree : '';
  const whole = builtInTrees[own];
  if (whole) {
    const inLang = builtInTreesIn[own]?.[lang.slice(0, 2)];
    if (!inLang) return { tree: (await whole()).default };
    return { first: (await inLang()).default, whole: async () => (await whole()).default };
  }
  const reader = import('./read-tree.js');
  reader.catch(() => undefined);
  // A published tree (`GET /definitions/{id}`) keeps its reference: the decision carries it.
  const fetched =
    s.inline === undefined && s.src
      ? await (await import('../core/definition.js')).loadDefinition(s.src, builtInTrees)
      : undefined;
  return (await reader).readTree(s, Object.keys(builtInTrees), fetched);
}
