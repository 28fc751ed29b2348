import type { Issue } from '../model/schema.js';
import type { TreeDefinition } from '../model/tree.js';
import type { DefinitionRef } from '../model/definition.js';

/**
 * Types shared by the tree's loader (load-tree.ts), its lazy reader (read-tree.ts) and the generated
 * first-screen files (trees/<tree>.<lang>.ts), kept apart so that none of them imports another back.
 */

/**
 * A built-in tree as a first screen needs it: its first question (`start`), its texts in one
 * language; no outcome (the next questions and the outcomes are later steps', which come with
 * the whole tree).
 */
export type FirstScreenTree = Omit<TreeDefinition, 'outcomes'> & { outcomes: Record<string, never> };

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
  | {
      tree?: undefined;
      issues: Issue[];
      /** Tells the problems on the console and in `procura-error` (the element shows them). */
      tell(el: HTMLElement): void;
      first?: undefined;
      whole?: undefined;
    };
