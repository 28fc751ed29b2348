import { define } from '../core/define.js';
import { ProcuraMyData } from '../my-data/my-data.js';

define('procura-my-data', ProcuraMyData);

declare global {
  interface HTMLElementTagNameMap {
    'procura-my-data': ProcuraMyData;
  }
}
