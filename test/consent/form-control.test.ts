// The consent element under the form-control contract every form-associated element runs. By rule 002
// nobody is made to consent: every box may stay unticked, so `required` leaves it valid (neverRequired).
import { html } from '@open-wc/testing';
import '../support/env.js';
import { formControlContract } from '../support/form-control.js';
import type { ProcuraConsent } from '../../src/consent/consent.js';
import { click, notice } from './helpers.js';

const config = { ...notice, purposes: ['electronic-prospection', 'postal-phone-prospection'] };

formControlContract({
  tag: 'procura-consent',
  name: 'consent',
  fixture: () => html`<procura-consent .config=${config}></procura-consent>`,
  neverRequired: true,
  async fill(el) {
    // A person ticks one purpose.
    await click(el as ProcuraConsent, 'electronic-prospection');
  },
});
