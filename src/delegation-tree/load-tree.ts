import type { Issue } from '../model/schema.js';
import type { TreeDefinition } from '../model/tree.js';
import type { DefinitionRef } from '../model/definition.js';
import { builtInTrees, builtInTreesIn, type FirstScreenTree } from './trees/index.js';

/** Where a tree comes from: inline (config or child script), a URL, or a built-in name. */
export interface TreeSource {
  inline?: unknown;
  src?: string;
  tree?: string;
}

/**
 * A checked tree, or what is wrong with it (shown like a bad configuration). A built-in tree may
 * come as its first screen in the page's language (`first`): `whole` then gives the whole tree.
 */
export type LoadedTree =
  | { tree: TreeDefinition; issues?: undefined; ref?: DefinitionRef; first?: undefined; whole?: undefined }
  | {
      first: FirstScreenTree;
      whole: () => Promise<TreeDefinition>;
      tree?: undefined;
      issues?: undefined;
      ref?: undefined;
    }
  | { tree?: undefined; issues: Issue[]; first?: undefined; whole?: undefined };

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
