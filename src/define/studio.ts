import { define } from '../core/define.js';
import { ProcuraStudio } from '../studio/studio.js';
import { provideTreeLoaders } from '../studio/editors.js';
import { builtInTrees } from '../delegation-tree/trees/index.js';

define('procura-studio', ProcuraStudio);
// The kit's built-in trees as the tree editor's starters (loaded with it; the studio may not import the tree element's folder).
provideTreeLoaders(builtInTrees);

declare global {
  interface HTMLElementTagNameMap {
    'procura-studio': ProcuraStudio;
  }
}
