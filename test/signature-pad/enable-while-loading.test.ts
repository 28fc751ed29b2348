import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import '../support/env.js';
import { resetKit, until } from '../support/env.js';
import '../../src/define/signature-pad.js';
import type { ProcuraSignaturePad } from '../../src/signature-pad/signature-pad.js';
import { drawWithMouse } from './helpers.js';

// In a file of its own: the page has not loaded the drawing code yet when the test begins.
/**
 * A pad inside a disabled fieldset (the mandate form waiting for the tree's decision) is enabled
 * again while its drawing code still loads: the drawing must take the state the pad has once it
 * is ready, not the one it had when loading began (a journey under load drew on a pad left off).
 */
describe('procura-signature-pad enabled while its drawing code loads', () => {
  beforeEach(resetKit);
  afterEach(() => resetMouse());

  it('takes a signature when its fieldset is enabled before the drawing is set up', async () => {
    const set = await fixture<HTMLFieldSetElement>(html`<fieldset disabled style="width:600px"></fieldset>`);
    set.innerHTML = '<procura-signature-pad name="sig"></procura-signature-pad>';
    const el = set.firstElementChild as ProcuraSignaturePad;
    // The first render with texts starts loading the drawing code, the fieldset is enabled meanwhile.
    await until(() => !!el.shadowRoot?.querySelector('canvas'), 'the canvas');
    set.disabled = false;
    await el.updateComplete;
    await until(() => !el.shadowRoot!.querySelector('.surface')!.hasAttribute('aria-busy'), 'the surface ready');
    expect(el.disabled).to.equal(false);
    await drawWithMouse(el);
    await until(() => !el.isEmpty(), 'the signature drawn once enabled');
  });
});
