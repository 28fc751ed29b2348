// The mandate form under the form-control contract every form-associated element runs: FormData under
// its name, required and its anchor, reset, the browser's state restore, a disabled fieldset.
import { html } from '@open-wc/testing';
import '../support/env.js';
import { formControlContract } from '../support/form-control.js';
import { complete, type Form } from './helpers.js';

describe('<procura-mandate-form> in a native form', function () {
  // Filling it is two people's parts and two drawn signatures: longer than the contract's default.
  this.timeout(90_000);
  formControlContract({
    tag: 'procura-mandate-form',
    name: 'mandates',
    fixture: () => html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`,
    async fill(el) {
      // Both parties' parts and signatures, as two people would, up to the review.
      await complete(el as Form);
    },
  });
});
