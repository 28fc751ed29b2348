import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, resetMouse, setViewport } from '@web/test-runner-commands';
import '../support/env.js';
import { resetKit, until } from '../support/env.js';
import '../../src/define/signature-pad.js';
import { scaleStrokes } from '../../src/signature-pad/ink.js';
import type { ProcuraSignaturePad } from '../../src/signature-pad/signature-pad.js';
import {
  bytesOf,
  canvasOf,
  chooseFile,
  drawWithMouse,
  drawWithTouch,
  inkPixels,
  inkRight,
  latin1,
  part,
  PNG_SIGNATURE,
  scanJpeg,
  text,
} from './helpers.js';
import { at } from '../support/at.js';

async function pad(attrs = '', width = 600): Promise<ProcuraSignaturePad> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  wrap.innerHTML = `<procura-signature-pad name="sig" ${attrs}></procura-signature-pad>`;
  const el = wrap.firstElementChild as ProcuraSignaturePad;
  await el.updateComplete;
  return el;
}

function events(el: Element) {
  const seen: string[] = [];
  for (const type of ['input', 'change'])
    el.addEventListener(type, (e) => seen.push(`${type}:${e.bubbles && e.composed}`));
  return seen;
}

describe('procura-signature-pad', () => {
  // The element reports failures of its asynchronous work on the console: any of them fails the test.
  const reported: string[] = [];
  const consoleError = console.error;
  beforeEach(async () => {
    reported.length = 0;
    console.error = (...a: unknown[]) => (reported.push(a.map(String).join(' ')), consoleError(...a));
    await resetKit();
  });
  afterEach(async () => {
    console.error = consoleError;
    await resetMouse();
    expect(reported.filter((r) => r.includes('[procura]'))).to.deep.equal([]);
  });

  describe('drawing', () => {
    it('takes a signature drawn with the mouse', async () => {
      const el = await pad('signer-name="Anne Dupont"');
      const seen = events(el);
      expect(el.isEmpty()).to.equal(true);
      expect(text(el, '[part~=status]')).to.equal('Pas encore de signature.');
      await drawWithMouse(el);
      await el.updateComplete;
      expect(el.strokes.length).to.equal(1);
      expect(at(el.strokes, 0).points.length).to.be.greaterThan(8);
      expect(inkPixels(canvasOf(el))).to.be.greaterThan(300);
      expect(el.isEmpty()).to.equal(false);
      expect(el.method).to.equal('drawn');
      expect(el.value?.name).to.equal('signature.png');
      expect(el.value?.type).to.equal('image/png');
      expect([...(await bytesOf(el.value!)).slice(0, 8)]).to.deep.equal(PNG_SIGNATURE);
      expect(Date.now() - Date.parse(el.signedAt!)).to.be.lessThan(10_000);
      expect(seen).to.deep.equal(['input:true', 'change:true']);
      expect(text(el, '[part~=status]')).to.match(/^Signature enregistrée le \d+ \S+ \d{4}/);
      expect(el.validity.valid).to.equal(true);
      expect(await el.sha256()).to.match(/^[0-9a-f]{64}$/);
      expect(await el.imageSha256).to.equal(await el.sha256());
    });

    it('takes a signature drawn with a finger (touch pointer events)', async () => {
      const el = await pad();
      await drawWithTouch(el);
      await el.updateComplete;
      expect(el.strokes.length).to.equal(1);
      expect(at(el.strokes, 0).points.length).to.be.greaterThan(8);
      expect(inkPixels(canvasOf(el))).to.be.greaterThan(300);
      expect(el.method).to.equal('drawn');
      expect(el.value?.size).to.be.greaterThan(0);
    });

    it('crops the PNG to the ink and keeps it within 1200×400 pixels', async () => {
      const el = await pad('', 600);
      await drawWithMouse(el);
      const png = await el.toPNG();
      const img = await createImageBitmap(png!);
      // The path spans 0.1–0.88 of 600 px (468 CSS px) and 0.3–0.75 of 200 px (90): at 2x, plus a margin.
      expect(img.width).to.be.within(930, 990);
      expect(img.height).to.be.within(170, 210);
      // A pad wider than the viewport: the same strokes, three times larger.
      const wide = await pad('', 1800);
      await wide.restore({ method: 'drawn', strokes: scaleStrokes(el.strokes, 3) });
      expect(at(wide.strokes, 0).points.at(-1)!.x).to.be.closeTo(at(el.strokes, 0).points.at(-1)!.x * 3, 0.01);
      const big = await createImageBitmap((await wide.toPNG())!);
      expect(big.width).to.be.at.most(1200);
      expect(big.height).to.be.at.most(400);
    });

    it('refuses a dot, with a message beside the pad', async () => {
      const el = await pad();
      const seen = events(el);
      await drawWithMouse(el, [[0.5, 0.5]]);
      await el.updateComplete;
      expect(el.strokes.length).to.equal(1);
      expect(el.isEmpty()).to.equal(true);
      expect(el.value).to.equal(null);
      expect(el.validity.badInput).to.equal(true);
      expect(el.validationMessage).to.contain('Votre signature est trop courte');
      expect(seen).to.deep.equal(['input:true']);
      // Not while the person may still be signing; once they pause.
      expect(part(el, 'error')).to.equal(null);
      await until(() => !!part(el, 'error'), 'the too-short message');
      expect(part(el, 'error')!.textContent).to.contain('Votre signature est trop courte');
      expect(canvasOf(el).getAttribute('aria-describedby')).to.contain('error');
    });

    it('refuses a short stray line and a straight line', async () => {
      const el = await pad();
      await drawWithMouse(el, [
        [0.4, 0.5],
        [0.45, 0.52],
        [0.5, 0.5],
      ]);
      await el.updateComplete;
      expect(el.value).to.equal(null);
      expect(el.validity.badInput).to.equal(true);
      el.clear();
      await drawWithMouse(el, [
        [0.1, 0.2],
        [0.3, 0.35],
        [0.5, 0.5],
        [0.7, 0.65],
        [0.9, 0.8],
      ]);
      await el.updateComplete;
      expect(el.value).to.equal(null);
      expect(el.validity.badInput).to.equal(true);
    });

    it('undo removes the last stroke, clear removes all', async () => {
      const el = await pad();
      await drawWithMouse(el);
      await drawWithMouse(el, [
        [0.2, 0.85],
        [0.5, 0.88],
        [0.8, 0.86],
      ]);
      await el.updateComplete;
      const first = JSON.stringify(at(el.strokes, 0).points);
      expect(el.strokes.length).to.equal(2);
      const seen = events(el);
      part(el, 'undo')!.click();
      await el.updateComplete;
      expect(el.strokes.length).to.equal(1);
      expect(JSON.stringify(at(el.strokes, 0).points)).to.equal(first);
      expect(el.value).to.not.equal(null);
      part(el, 'clear')!.click();
      await el.updateComplete;
      expect(el.strokes.length).to.equal(0);
      expect(inkPixels(canvasOf(el))).to.equal(0);
      expect(el.value).to.equal(null);
      expect(seen).to.deep.equal(['input:true', 'change:true', 'input:true', 'change:true']);
      // Not `disabled`: a button that disables itself under the focus drops it to <body>.
      expect(part(el, 'undo')!.getAttribute('aria-disabled')).to.equal('true');
    });

    it('keeps the ink when its width changes', async () => {
      const el = await pad('', 600);
      await drawWithMouse(el);
      await el.updateComplete;
      const c = canvasOf(el);
      const before = el.strokes;
      const right = inkRight(c);
      const [w1, h1] = [c.clientWidth, c.clientHeight];
      el.parentElement!.style.width = '300px';
      await until(
        () => c.width === Math.round(c.clientWidth * Math.max(devicePixelRatio, 1)) && c.clientWidth !== w1,
        'the canvas to follow its box',
      );
      await until(
        () => at(at(el.strokes, 0).points, 0).x !== at(at(before, 0).points, 0).x,
        'the strokes to be rescaled',
      );
      const s = Math.min(c.clientWidth / w1, c.clientHeight / h1);
      const after = el.strokes;
      expect(after.length).to.equal(before.length);
      at(after, 0).points.forEach((p, i) => {
        expect(p.x).to.be.closeTo(at(at(before, 0).points, i).x * s, 0.01);
        expect(p.y).to.be.closeTo(at(at(before, 0).points, i).y * s, 0.01);
      });
      expect(inkPixels(c)).to.be.greaterThan(100);
      // The ink spans the same share of the bitmap as before (the box's ratio did not change).
      expect(inkRight(c)).to.be.closeTo(right, 0.02);
      expect(el.value).to.not.equal(null);
    });

    it('redraws at the new device pixel ratio (the window moved to another screen)', async () => {
      // Chromium's emulation changes devicePixelRatio but does not fire the media query's
      // change event: keep the queries the element watches, and fire it as the browser would.
      const queries: MediaQueryList[] = [];
      const own = window.matchMedia;
      window.matchMedia = (q: string) => {
        const list = own.call(window, q);
        queries.push(list);
        return list;
      };
      const screen = { width: innerWidth, height: innerHeight };
      type Viewport = Parameters<typeof setViewport>[0];
      try {
        const el = await pad('', 500);
        await drawWithMouse(el);
        const c = canvasOf(el);
        const w = c.clientWidth;
        const right = inkRight(c);
        expect(c.width).to.equal(w);
        expect(queries.map((q) => q.media)).to.deep.equal(['(resolution: 1dppx)']);
        await setViewport({ ...screen, deviceScaleFactor: 2 } as Viewport);
        expect(devicePixelRatio).to.equal(2);
        expect(at(queries, 0).matches).to.equal(false);
        at(queries, 0).dispatchEvent(new Event('change'));
        expect(c.width).to.equal(w * 2);
        expect(c.clientWidth).to.equal(w);
        expect(inkPixels(c)).to.be.greaterThan(600);
        expect(inkRight(c)).to.be.closeTo(right, 0.01);
        expect(el.strokes.length).to.equal(1);
        expect(queries.at(-1)!.media).to.equal('(resolution: 2dppx)');
      } finally {
        window.matchMedia = own;
        await setViewport({ ...screen, deviceScaleFactor: 1 } as Viewport);
      }
    });

    it('keeps the ink and follows its box after being moved in the page', async () => {
      const el = await pad('', 600);
      await drawWithMouse(el);
      await el.updateComplete;
      const c = canvasOf(el);
      const other = document.createElement('div');
      other.style.width = '400px';
      el.parentElement!.after(other);
      other.append(el);
      await until(
        () => c.clientWidth < 450 && c.width === Math.round(c.clientWidth * Math.max(devicePixelRatio, 1)),
        'the canvas to follow its new box',
      );
      await until(() => inkPixels(c) > 100, 'the ink redrawn');
      expect(el.strokes.length).to.equal(1);
      expect(el.value).to.not.equal(null);
      other.remove();
    });

    it('draws nothing when disabled', async () => {
      const el = await pad('disabled');
      await drawWithMouse(el);
      await el.updateComplete;
      expect(el.strokes.length).to.equal(0);
      expect(inkPixels(canvasOf(el))).to.equal(0);
      expect((el.shadowRoot!.querySelector('input[type=radio]') as HTMLInputElement).matches(':disabled')).to.equal(
        true,
      );
      el.disabled = false;
      await el.updateComplete;
      await drawWithMouse(el);
      await el.updateComplete;
      expect(el.strokes.length).to.equal(1);
    });
  });

  describe('upload', () => {
    it('keeps only the ink of a scan, as a new PNG without its metadata', async () => {
      const el = await pad();
      const seen = events(el);
      const jpeg = await scanJpeg('procura-secret-50.85N');
      expect(latin1(await bytesOf(jpeg))).to.contain('procura-secret-50.85N');
      (el.shadowRoot!.querySelector('input[value=uploaded]') as HTMLInputElement).click();
      await el.updateComplete;
      chooseFile(el, new File([jpeg], 'scan.jpg', { type: 'image/jpeg' }));
      await until(() => el.value !== null, 'the processed scan');
      await el.updateComplete;
      expect(el.method).to.equal('uploaded');
      expect(el.value!.type).to.equal('image/png');
      expect(el.value!.name).to.equal('signature.png');
      const bytes = await bytesOf(el.value!);
      expect([...bytes.slice(0, 8)]).to.deep.equal(PNG_SIGNATURE);
      const s = latin1(bytes);
      expect(s).to.not.contain('procura-secret');
      expect(s).to.not.contain('Exif');
      const img = await createImageBitmap(el.value!);
      // The scribble spans 294×94 px (plus the line width), cropped with a 4 px margin.
      expect(img.width).to.be.within(295, 320);
      expect(img.height).to.be.within(95, 120);
      // The paper is transparent now: the corner pixel has no alpha.
      const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      expect(ctx.getImageData(1, 1, 1, 1).data[3]).to.equal(0);
      expect(part(el, 'preview')?.getAttribute('alt')).to.equal('Aperçu de la signature retenue');
      expect(seen.slice(-2)).to.deep.equal(['input:true', 'change:true']);
      expect(el.value!.size).to.be.lessThan(8000);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.panel:not([hidden]) [part~=clear]')!.click();
      await el.updateComplete;
      expect(el.value).to.equal(null);
      expect(part(el, 'preview')).to.equal(null);
    });

    it('refuses a file that is not an image, a broken image and an empty image', async () => {
      const el = await pad('methods="uploaded"');
      chooseFile(el, new File(['bonjour'], 'notes.txt', { type: 'text/plain' }));
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('n’est pas une image lisible');
      chooseFile(el, new File(['not really a png'], 'sig.png', { type: 'image/png' }));
      await until(() => !text(el, '[part~=status]').startsWith('Lecture'), 'the decoding');
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('n’est pas une image lisible');
      chooseFile(el, new File([await scanJpeg('x', { blank: true })], 'blank.jpg', { type: 'image/jpeg' }));
      await until(
        () => part(el, 'error')?.textContent?.includes('Aucune signature') ?? false,
        'the empty-image message',
      );
      expect(el.value).to.equal(null);
    });

    it('refuses a file over the size limit', async () => {
      const el = await pad('methods="uploaded"');
      chooseFile(el, new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.png', { type: 'image/png' }));
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('dépasse 10 Mo');
    });

    it('is offered even when only drawing is asked for', async () => {
      const el = await pad('methods="drawn"');
      const values = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((r) => r.value);
      expect(values).to.deep.equal(['drawn', 'uploaded']);
      expect(text(el, '#draw-help')).to.contain('téléverser une image');
    });

    it('can be completed with the keyboard alone', async () => {
      const el = await pad('methods="drawn uploaded"');
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value=drawn]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.getAttribute('value')).to.equal('uploaded');
      expect(el.shadowRoot!.querySelector('.panel:not([hidden]) #file')).to.not.equal(null);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('file');
      // The file chooser is the operating system's; what it hands back is a file list.
      chooseFile(el, new File([await scanJpeg('k')], 'scan.jpg', { type: 'image/jpeg' }));
      await until(() => el.value !== null, 'the processed scan');
      expect(el.method).to.equal('uploaded');
    });
  });

  describe('typed', () => {
    it('renders the typed name once the intent is confirmed, all with the keyboard', async () => {
      const el = await pad('methods="drawn uploaded typed" signer-name="Łucja Dvořák"');
      const seen = events(el);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value=drawn]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.getAttribute('value')).to.equal('typed');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('typed');
      // Filled from signer-name; the person may type another form of their name.
      expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('Łucja Dvořák');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'a' });
      await sendKeys({ up: 'Control' });
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(text(el, '[part~=typed-preview]')).to.equal('');
      await sendKeys({ type: 'Łucja Dvořák' });
      await el.updateComplete;
      expect(text(el, '[part~=typed-preview]')).to.equal('Łucja Dvořák');
      expect(el.value).to.equal(null);
      expect(el.validity.badInput).to.equal(true);
      expect(el.validationMessage).to.contain('Cochez la case');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('intent');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.method).to.equal('typed');
      expect(el.value?.type).to.equal('image/png');
      const img = await createImageBitmap(el.value!);
      expect(img.width).to.be.within(200, 1200);
      expect(img.height).to.be.within(40, 400);
      expect(el.validity.valid).to.equal(true);
      expect(seen.at(-1)).to.equal('change:true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.value).to.equal(null);
      expect(part(el, 'error')!.textContent).to.contain('Cochez la case');
    });
  });

  describe('in a form', () => {
    async function inForm(attrs = '') {
      const form = await fixture<HTMLFormElement>(html`<form style="width:600px"></form>`);
      form.innerHTML = `<procura-signature-pad name="signature" ${attrs}></procura-signature-pad><button>Envoyer</button>`;
      const el = form.querySelector('procura-signature-pad') as ProcuraSignaturePad;
      await el.updateComplete;
      return { form, el };
    }

    it('gives the PNG as a File in FormData, and reset clears it', async () => {
      const { form, el } = await inForm();
      expect(new FormData(form).get('signature')).to.equal(null);
      await drawWithMouse(el);
      await el.updateComplete;
      const file = new FormData(form).get('signature') as File;
      expect(file instanceof File).to.equal(true);
      expect(file.name).to.equal('signature.png');
      expect(file.type).to.equal('image/png');
      expect(file.size).to.be.greaterThan(0);
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('signature')).to.equal(null);
      expect(el.strokes.length).to.equal(0);
      expect(inkPixels(canvasOf(el))).to.equal(0);
      expect(el.value).to.equal(null);
    });

    it('is required: valueMissing anchored on the canvas, the message shown after a submit attempt', async () => {
      const { form, el } = await inForm('required');
      let submitted = 0;
      form.addEventListener('submit', (e) => (e.preventDefault(), submitted++));
      expect(el.validity.valueMissing).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(
        'La signature manque : dessinez-la dans le cadre, ou choisissez une autre façon de signer.',
      );
      expect(text(el, '[part~=label]')).to.contain('(obligatoire)');
      expect(part(el, 'error')).to.equal(null);
      form.requestSubmit();
      await el.updateComplete;
      expect(submitted).to.equal(0);
      expect(part(el, 'error')!.textContent).to.equal(
        'La signature manque : dessinez-la dans le cadre, ou choisissez une autre façon de signer.',
      );
      await drawWithMouse(el);
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('brings the signature back from the browser’s saved state', async () => {
      const { el } = await inForm();
      await drawWithMouse(el);
      await el.updateComplete;
      const strokes = el.strokes;
      const state = new FormData();
      state.set('method', 'drawn');
      state.set('strokes', JSON.stringify(strokes));
      state.set('at', '2025-03-14T09:30:00.000Z');
      const other = (await inForm()).el;
      other.formStateRestoreCallback(state, 'restore');
      await until(() => other.value !== null, 'the restored signature');
      expect(JSON.stringify(other.strokes)).to.equal(JSON.stringify(strokes));
      expect(inkPixels(canvasOf(other))).to.be.greaterThan(300);
      expect(other.method).to.equal('drawn');
      expect(other.signedAt).to.equal('2025-03-14T09:30:00.000Z');
      expect(text(other, '[part~=status]')).to.contain('14 mars 2025');
    });

    it('restores a draft of each method', async () => {
      const drawn = await pad();
      await drawWithMouse(drawn);
      const strokes = drawn.strokes;
      const png = await drawn.toPNG();
      const el = await pad('methods="drawn uploaded typed"');
      await el.restore({ method: 'drawn', strokes, signedAt: '2025-03-14T09:30:00.000Z' });
      expect(el.method).to.equal('drawn');
      expect(el.signedAt).to.equal('2025-03-14T09:30:00.000Z');
      expect(el.strokes.length).to.equal(1);
      await el.restore({ method: 'uploaded', png });
      expect(el.method).to.equal('uploaded');
      expect(el.value!.size).to.equal(png!.size);
      await el.restore({ method: 'typed', typedText: 'Anne Dupont' });
      expect(el.method).to.equal('typed');
      expect((el.shadowRoot!.querySelector('#typed') as HTMLInputElement).value).to.equal('Anne Dupont');
    });
  });

  describe('accessibility and languages', () => {
    it('is accessible empty, drawn, too short, disabled, typed and uploaded', async () => {
      const el = await pad('required signer-name="Anne Dupont" methods="drawn uploaded typed"');
      await expect(el).to.be.accessible();
      expect(canvasOf(el).getAttribute('aria-label')).to.equal('Zone où Anne Dupont dessine sa signature');
      expect(el.shadowRoot!.querySelector('[role=status]')).to.not.equal(null);
      await drawWithMouse(el, [[0.5, 0.5]]);
      await until(() => !!part(el, 'error'), 'the too-short message');
      await expect(el).to.be.accessible();
      el.clear();
      await drawWithMouse(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.disabled = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.disabled = false;
      await el.restore({ method: 'typed', typedText: 'Anne Dupont' });
      await expect(el).to.be.accessible();
      (el.shadowRoot!.querySelector('input[value=uploaded]') as HTMLInputElement).click();
      chooseFile(el, new File([await scanJpeg('a')], 'scan.jpg', { type: 'image/jpeg' }));
      await until(() => el.method === 'uploaded', 'the processed scan');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    for (const [lang, label, status, tooShort] of [
      ['fr', 'Signature de Jan Peeters', 'Pas encore de signature.', 'Votre signature est trop courte'],
      ['nl', 'Handtekening van Jan Peeters', 'Nog geen handtekening.', 'Uw handtekening is te kort'],
      ['en', 'Signature of Jan Peeters', 'No signature yet.', 'Your signature is too short'],
    ]) {
      it(`speaks ${lang} and is accessible in it`, async () => {
        const el = await pad(`lang="${lang}" signer-name="Jan Peeters" methods="drawn uploaded typed"`);
        expect(text(el, '[part~=label]')).to.equal(label);
        expect(text(el, '[part~=status]')).to.equal(status);
        await expect(el).to.be.accessible();
        await drawWithMouse(el, [[0.5, 0.5]]);
        await until(() => !!part(el, 'error'), 'the too-short message');
        expect(part(el, 'error')!.textContent).to.contain(tooShort);
        await expect(el).to.be.accessible();
        el.clear();
        await drawWithMouse(el);
        await el.updateComplete;
        expect(text(el, '[part~=status]')).to.not.equal(status);
        await expect(el).to.be.accessible();
      });
    }

    it('uses the label attribute as the visible label', async () => {
      const el = await pad('label="Signature du mandant"');
      expect(text(el, '[part~=label]')).to.equal('Signature du mandant');
      expect(el.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-labelledby')).to.equal('label');
    });
  });
});
