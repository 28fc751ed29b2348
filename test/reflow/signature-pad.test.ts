// The signature pad alone on a phone: each method fits the width, and the drawing keeps
// its ink when the column it sits in narrows (a rotation, a zoom, a sidebar opening).
import { expect, fixture, html } from '@open-wc/testing';
import { resetKit, until } from '../support/env.js';
import '../../src/define/signature-pad.js';
import type { ProcuraSignaturePad } from '../../src/signature-pad/signature-pad.js';
import { canvasOf, chooseFile, drawWithMouse, inkPixels, inkRight, scanJpeg } from '../signature-pad/helpers.js';
import { problems, viewport, wideViewport, WIDTHS } from './support.js';

const choose = async (el: ProcuraSignaturePad, m: string) => {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name=method][value=${m}]`)!.click();
  await el.updateComplete;
};
const fitted = (c: HTMLCanvasElement) => c.width === Math.round(c.clientWidth * Math.max(devicePixelRatio, 1));

describe('<procura-signature-pad> at phone widths', () => {
  beforeEach(() => resetKit());
  after(() => wideViewport());

  for (const width of WIDTHS) {
    it(`fits ${width} px with each method, empty and signed`, async () => {
      await viewport(width);
      const el = await fixture<ProcuraSignaturePad>(
        html`<procura-signature-pad methods="drawn uploaded typed" signer-name="Anne-Catherine Vandenbroucke-de Meulemeester" required></procura-signature-pad>`,
      );
      await el.updateComplete;
      expect(problems(el), 'drawn, empty').to.deep.equal([]);
      expect(canvasOf(el).getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      await drawWithMouse(el);
      await el.updateComplete;
      expect(el.isEmpty()).to.equal(false);
      expect(problems(el), 'drawn, signed').to.deep.equal([]);
      await choose(el, 'uploaded');
      expect(problems(el), 'uploaded, empty').to.deep.equal([]);
      chooseFile(el, new File([await scanJpeg('reflow')], 'scan.jpg', { type: 'image/jpeg' }));
      await until(() => !!el.shadowRoot!.querySelector('[part~=preview]'), 'the preview');
      await el.updateComplete;
      expect(problems(el), 'uploaded, with its preview').to.deep.equal([]);
      await choose(el, 'typed');
      el.shadowRoot!.querySelector<HTMLInputElement>('#intent')!.click();
      await el.updateComplete;
      expect(el.isEmpty()).to.equal(false);
      expect(problems(el), 'typed, with a long name').to.deep.equal([]);
    });
  }

  it('at 400 % zoom (1280 px seen as 320 px, four device pixels each): fits, and keeps its ink drawn at 100 %', async () => {
    await viewport(1280);
    const el = await fixture<ProcuraSignaturePad>(html`<procura-signature-pad></procura-signature-pad>`);
    await el.updateComplete;
    const c = canvasOf(el);
    await until(() => fitted(c), 'the canvas to fit');
    await drawWithMouse(el);
    await el.updateComplete;
    const count = el.strokes.length;
    await viewport(320, 4);
    await until(
      () => c.clientWidth < 320 && c.width === Math.round(c.clientWidth * 4),
      'the bitmap at four device pixels per CSS px',
    );
    await new Promise((r) => requestAnimationFrame(r));
    expect(problems(el), 'zoomed').to.deep.equal([]);
    expect(el.strokes.length).to.equal(count);
    expect(el.isEmpty()).to.equal(false);
    expect(inkPixels(c), 'ink drawn again at the new ratio').to.be.above(0);
  });

  it('keeps its strokes when its container narrows from 600 to 280 px', async () => {
    await viewport(1280);
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:600px"><procura-signature-pad></procura-signature-pad></div>`,
    );
    const el = wrap.querySelector('procura-signature-pad')!;
    await el.updateComplete;
    const c = canvasOf(el);
    await until(() => c.clientWidth > 500 && fitted(c), 'the canvas to fit 600 px');
    await drawWithMouse(el);
    await el.updateComplete;
    const strokes = el.strokes;
    const wide = { ink: inkPixels(c), right: inkRight(c), w: c.clientWidth };
    expect(wide.ink).to.be.above(0);
    wrap.style.width = '280px';
    await until(() => c.clientWidth < 300 && fitted(c), 'the canvas to follow its narrower box');
    await new Promise((r) => requestAnimationFrame(r));
    expect(c.getBoundingClientRect().right, 'the canvas stays inside its column').to.be.at.most(
      wrap.getBoundingClientRect().right,
    );
    expect(el.strokes.length, 'the same strokes').to.equal(strokes.length);
    expect(el.isEmpty()).to.equal(false);
    expect(inkPixels(c), 'ink is drawn again').to.be.above(0);
    // Redrawn to the new size: the ink ends about where it ended, as a share of the width.
    expect(inkRight(c)).to.be.within(wide.right * 0.7, Math.min(1, wide.right * 1.1));
    expect(Math.max(...el.strokes.flatMap((g) => g.points.map((p) => p.x)))).to.be.at.most(c.clientWidth);
  });
});
