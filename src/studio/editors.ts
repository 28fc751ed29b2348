/**
 * The editor of each kind, loaded when the kind is chosen (the studio's first screen stays
 * small): the tree editor is S2's (src/studio/tree), the others are here.
 */
import type { DefinitionKind } from '../model/definition.js';
import type { KindEditor } from './host.js';
import { jsonEditor } from './json-editor.js';

const loaders: Record<DefinitionKind, () => Promise<KindEditor>> = {
  tree: async () => jsonEditor('tree'),
  consent: async () => (await import('./consent/index.js')).consentEditor as KindEditor,
  'cookie-opposition': async () => (await import('./cookie/index.js')).cookieEditor as KindEditor,
  'mandate-form': async () => (await import('./mandate/index.js')).mandateEditor as KindEditor,
};

export function loadEditor(kind: DefinitionKind): Promise<KindEditor> {
  return loaders[kind]();
}

/** The element a definition of each kind configures (its `config`), shown in the preview and the snippets. */
export const TAGS: Record<DefinitionKind, string> = {
  tree: 'procura-delegation-tree',
  consent: 'procura-consent',
  'cookie-opposition': 'procura-cookie-opposition',
  'mandate-form': 'procura-mandate-form',
};
