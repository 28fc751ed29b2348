import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import '../support/env.js';
import { resetKit, until } from '../support/env.js';
import '../../src/define/signature-pad.js';
import type { ProcuraSignaturePad } from '../../src/signature-pad/signature-pad.js';
import { canvasOf, drawWithMouse } from './helpers.js';

/**
 * The pad's content can be drawn again from scratch after its first render: a change of language
 * shows only the busy wrapper while the new texts load, then a new canvas. The drawing must follow
 * the canvas a person sees (a journey at 375 px once drew on a pad bound to a canvas no longer there).
 */
describe('procura-signature-pad drawn again', () => {
  beforeEach(resetKit);
  afterEach(() => resetMouse());

  it('takes a signature on the canvas shown after a change of language, and keeps what was drawn before', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px" lang="fr"></div>`);
    wrap.innerHTML = '<procura-signature-pad name="sig"></procura-signature-pad>';
    const el = wrap.firstElementChild as ProcuraSignaturePad;
    await el.updateComplete;
    await until(() => !!el.shadowRoot?.querySelector('canvas') && canvasOf(el).width > 0, 'the French canvas');
    const first = canvasOf(el);
    await drawWithMouse(el);
    await until(() => !el.isEmpty(), 'the signature drawn in French');

    wrap.lang = 'nl';
    await until(() => !!el.shadowRoot?.querySelector('canvas') && canvasOf(el) !== first, 'a new canvas in Dutch');
    await el.updateComplete;
    expect(el.isEmpty(), 'the strokes drawn before are kept').to.equal(false);

    // The surface says when it takes strokes (busy, with a wait cursor, until the drawing is on this canvas).
    await until(() => !el.shadowRoot!.querySelector('.surface')!.hasAttribute('aria-busy'), 'the Dutch surface ready');
    el.clear();
    await el.updateComplete;
    expect(el.isEmpty()).to.equal(true);
    await drawWithMouse(el);
    await until(() => !el.isEmpty(), 'the signature drawn on the Dutch canvas');
    await until(() => el.value instanceof File, 'a PNG of the signature as the form value');
  });
});
