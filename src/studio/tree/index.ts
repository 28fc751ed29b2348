/**
 * The studio's editor for decision trees (kind `tree`): an outline of questions, answers and
 * outcomes with their texts in four languages, the kit's own checker on every change, a map and
 * the table of every path. The shell (src/studio/studio.ts) registers `treeEditor`.
 *
 * The built-in trees live in the tree element's folder, which the studio may not import: the
 * page that defines the studio hands them over with `provideTreeStarters` (src/define/studio.ts
 * may import src/delegation-tree/trees/index.js and pass the loaded trees).
 */
import { html } from '../../core/reactive.js';
import { pick } from '../../model/localized.js';
import type { TreeDefinition } from '../../model/tree.js';
import type { KindEditor, StudioHost } from '../host.js';
import { renderMap } from './map.js';
import { blankTree } from './ops.js';
import { treeProblems } from './problems.js';
import { treeEditorCss } from './styles.js';
import { outline } from './view.js';

const builtIn = new Map<string, TreeDefinition>();

/** Gives the editor the kit's built-in trees as starters (`{ 'broker-client-space': tree, … }`). */
export function provideTreeStarters(trees: Record<string, TreeDefinition>): void {
  for (const [name, tree] of Object.entries(trees)) builtIn.set(name, structuredClone(tree));
}

/** Loads the built-in trees from their lazy loaders (`builtInTrees` of the tree element) and provides them. */
export async function loadTreeStarters(
  loaders: Record<string, () => Promise<{ default: TreeDefinition }>>,
): Promise<void> {
  const entries = await Promise.all(
    Object.entries(loaders).map(async ([n, get]) => [n, (await get()).default] as const),
  );
  provideTreeStarters(Object.fromEntries(entries));
}

export const treeEditor: KindEditor<TreeDefinition> = {
  kind: 'tree',
  blank: blankTree,
  starters(host: StudioHost) {
    return [
      { name: 'blank', label: host.t('studioTree.starter.blank'), definition: blankTree() },
      ...[...builtIn].map(([name, tree]) => ({
        name,
        label: pick(tree.title, host.lang) || name,
        definition: structuredClone(tree),
      })),
    ];
  },
  problems: treeProblems,
  render(host: StudioHost, definition: TreeDefinition) {
    const problems = treeProblems(host, definition);
    return html`<style>
        ${treeEditorCss}
      </style>
      <div class="tree-editor">${outline(host, definition, problems)} ${renderMap(host, definition)}</div>`;
  },
};
