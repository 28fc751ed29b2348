// The signature pad under the form-control contract every form-associated element runs.
import { html } from '@open-wc/testing';
import '../support/env.js';
import '../../src/define/signature-pad.js';
import { formControlContract } from '../support/form-control.js';
import type { ProcuraSignaturePad } from '../../src/signature-pad/signature-pad.js';
import { drawWithMouse } from './helpers.js';

formControlContract({
  tag: 'procura-signature-pad',
  name: 'sig',
  fixture: () => html`<procura-signature-pad signer-name="Anne Dupont"></procura-signature-pad>`,
  async fill(el) {
    await drawWithMouse(el as ProcuraSignaturePad);
  },
});
