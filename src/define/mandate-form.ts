import { define } from '../core/define.js';
import { ProcuraMandateForm } from '../mandate-form/mandate-form.js';
import './signature-pad.js';

define('procura-mandate-form', ProcuraMandateForm);

declare global {
  interface HTMLElementTagNameMap {
    'procura-mandate-form': ProcuraMandateForm;
  }
}
