import { define } from '../core/define.js';
import { ProcuraCookieOpposition } from '../cookie-opposition/cookie-opposition.js';

define('procura-cookie-opposition', ProcuraCookieOpposition);

declare global {
  interface HTMLElementTagNameMap {
    'procura-cookie-opposition': ProcuraCookieOpposition;
  }
}
