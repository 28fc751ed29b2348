import { define } from '../core/define.js';
import { ProcuraStudio } from '../studio/studio.js';
import { loadTreeStarters } from '../studio/tree/index.js';
import { builtInTrees } from '../delegation-tree/trees/index.js';

define('procura-studio', ProcuraStudio);
// The kit's built-in trees as the tree editor's starters (the studio may not import the tree element's folder).
void loadTreeStarters(builtInTrees);

declare global {
  interface HTMLElementTagNameMap {
    'procura-studio': ProcuraStudio;
  }
}
