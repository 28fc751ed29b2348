/**
 * The editor of each kind, loaded when the kind is chosen (the studio's first screen stays
 * small): the tree editor is S2's (src/studio/tree), the others are here.
 */
import type { DefinitionKind } from '../model/definition.js';
import type { KindEditor } from './host.js';
import type { Catalog } from '../core/localize.js';
import type { loadTreeStarters } from './tree/index.js';

/** An editor, and the catalog of its own texts when it has one (the tree editor's `studioTree.*`). */
export interface LoadedEditor {
  editor: KindEditor;
  catalog?: Catalog;
}

type TreeLoaders = Parameters<typeof loadTreeStarters>[0];
let treeStarters: TreeLoaders = {};

/** The kit's built-in trees (their lazy loaders), given by src/define/studio.ts: the studio may not import the tree element. */
export function provideTreeLoaders(loaders: TreeLoaders): void {
  treeStarters = loaders;
}

const loaders: Record<DefinitionKind, () => Promise<LoadedEditor>> = {
  tree: async () => {
    const [{ treeEditor, loadTreeStarters }, { studioTreeCatalog }] = await Promise.all([
      import('./tree/index.js'),
      import('../i18n/studio-tree.js'),
    ]);
    await loadTreeStarters(treeStarters);
    return { editor: treeEditor as KindEditor, catalog: studioTreeCatalog as Catalog };
  },
  consent: async () => ({ editor: (await import('./consent/index.js')).consentEditor as KindEditor }),
  'cookie-opposition': async () => ({ editor: (await import('./cookie/index.js')).cookieEditor as KindEditor }),
  'mandate-form': async () => ({ editor: (await import('./mandate/index.js')).mandateEditor as KindEditor }),
};

export function loadEditor(kind: DefinitionKind): Promise<LoadedEditor> {
  return loaders[kind]();
}

/** The element a definition of each kind configures (its `config`), shown in the preview and the snippets. */
export const TAGS: Record<DefinitionKind, string> = {
  tree: 'procura-delegation-tree',
  consent: 'procura-consent',
  'cookie-opposition': 'procura-cookie-opposition',
  'mandate-form': 'procura-mandate-form',
};
