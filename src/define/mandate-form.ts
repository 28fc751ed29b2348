import { define } from '../core/define.js';
import { ProcuraMandateForm } from '../mandate-form/mandate-form.js';

// The signature pad is needed on the grantor's step, not for the first paint: a lazy chunk.
ProcuraMandateForm.loadPad ??= () => import('./mandate-form-pad.js');

define('procura-mandate-form', ProcuraMandateForm);

declare global {
  interface HTMLElementTagNameMap {
    'procura-mandate-form': ProcuraMandateForm;
  }
}
