import { define } from '../core/define.js';
import { ProcuraDelegationTree } from '../delegation-tree/delegation-tree.js';

define('procura-delegation-tree', ProcuraDelegationTree);

declare global {
  interface HTMLElementTagNameMap {
    'procura-delegation-tree': ProcuraDelegationTree;
  }
}

export { ProcuraDelegationTree };
