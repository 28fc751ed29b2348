import { define } from '../core/define.js';
import { ProcuraAccessGrants } from '../access-grants/access-grants.js';

define('procura-access-grants', ProcuraAccessGrants);

declare global {
  interface HTMLElementTagNameMap {
    'procura-access-grants': ProcuraAccessGrants;
  }
}
