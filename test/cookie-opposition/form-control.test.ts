// The cookie opposition under the form-control contract every form-associated element runs. It always
// has a value (opposed / not-opposed) and the person's choice is kept by the page's audience gate, not by
// the form: a reset or the browser's state restore keeps it (keepsValue), and `required` leaves it valid.
import { html } from '@open-wc/testing';
import '../support/env.js';
import '../../src/define/cookie-opposition.js';
import { formControlContract } from '../support/form-control.js';
import { cleanSlate, switchOf } from './support.js';

formControlContract({
  tag: 'procura-cookie-opposition',
  name: 'audience',
  fixture: () => html`<procura-cookie-opposition></procura-cookie-opposition>`,
  keepsValue: true,
  // No choice left from the test before: not the cookie, not the page's gate.
  cleanSlate,
  async fill(el) {
    // A person flips the switch.
    switchOf(el).click();
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  },
});
