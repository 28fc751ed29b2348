import type { TreeDefinition } from '../../model/tree.js';

/** The built-in trees, loaded on first use so that a site bringing its own tree does not ship them. */
export const builtInTrees: Record<string, () => Promise<{ default: TreeDefinition }>> = {
  'broker-client-space': () => import('./broker-client-space.js'),
  'staff-delegation': () => import('./staff-delegation.js'),
};
