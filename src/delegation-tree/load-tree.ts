import type { Issue } from '../model/schema.js';
import type { TreeDefinition } from '../model/tree.js';
import type { DefinitionRef } from '../model/definition.js';
import { builtInTrees } from './trees/index.js';

/** Where a tree comes from: inline (config or child script), a URL, or a built-in name. */
export interface TreeSource {
  inline?: unknown;
  src?: string;
  tree?: string;
}

/** A checked tree, or what is wrong with it (shown like a bad configuration). */
export type LoadedTree =
  { tree: TreeDefinition; issues?: undefined; ref?: DefinitionRef } | { tree?: undefined; issues: Issue[] };

/** The definition as written, before any check. */
async function rawTree(s: TreeSource): Promise<{ raw: unknown; ref?: DefinitionRef } | { issues: Issue[] }> {
  if (s.inline !== undefined) return { raw: s.inline };
  if (s.src) {
    // A published tree (`GET /definitions/{id}`) keeps its reference: the decision carries it.
    const { definition, ref } = await (await import('../core/definition.js')).loadDefinition(s.src, builtInTrees);
    return { raw: definition, ref };
  }
  if (!s.tree)
    return {
      issues: [
        {
          path: '(root)',
          code: 'missing',
          message:
            'no tree: set the tree attribute, the src attribute, the config property or a child <script type="application/json">',
        },
      ],
    };
  const get = Object.hasOwn(builtInTrees, s.tree) ? builtInTrees[s.tree] : undefined;
  if (!get)
    return {
      issues: [
        {
          path: 'tree',
          code: 'unknown',
          message: `"${s.tree}" is not a built-in tree (${Object.keys(builtInTrees).join(', ')})`,
        },
      ],
    };
  return { raw: (await get()).default };
}

/**
 * Reads a tree and checks it. The checker is a chunk of its own, loaded beside the tree, so
 * that the first download stays small. Rejects when the tree could not be read (network).
 */
export async function loadTree(s: TreeSource): Promise<LoadedTree> {
  const checker = import('./check-tree.js');
  checker.catch(() => undefined);
  const raw = await rawTree(s);
  if ('issues' in raw) return raw;
  const { checkTree } = await checker;
  const checked = checkTree(raw.raw);
  return checked.ok ? { tree: checked.tree, ref: raw.ref } : { issues: checked.issues };
}
