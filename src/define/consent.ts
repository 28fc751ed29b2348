import { define } from '../core/define.js';
import { ProcuraConsent } from '../consent/consent.js';

define('procura-consent', ProcuraConsent);

declare global {
  interface HTMLElementTagNameMap {
    'procura-consent': ProcuraConsent;
  }
}
