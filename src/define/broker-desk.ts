import { define } from '../core/define.js';
import { ProcuraBrokerDesk } from '../broker-desk/broker-desk.js';

define('procura-broker-desk', ProcuraBrokerDesk);

declare global {
  interface HTMLElementTagNameMap {
    'procura-broker-desk': ProcuraBrokerDesk;
  }
}
