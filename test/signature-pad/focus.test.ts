// The pad takes the focus where the person can sign, and owns its error: on the control it is
// about (aria-invalid, aria-describedby to a message inside its own shadow root), worded for the
// method chosen, in each language; and no button it disables drops the focus to <body>.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/env.js';
import { resetKit, until } from '../support/env.js';
import '../../src/define/signature-pad.js';
import type { ProcuraSignaturePad } from '../../src/signature-pad/signature-pad.js';
import { drawWithMouse, part } from './helpers.js';
import { pick } from '../support/at.js';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function mount(lang = 'fr', signer = 'Anne Dupont'): Promise<ProcuraSignaturePad> {
  const el = await fixture<ProcuraSignaturePad>(
    html`<procura-signature-pad lang=${lang} methods="drawn uploaded typed" required signer-name=${signer}></procura-signature-pad>`,
  );
  await el.updateComplete;
  return el;
}

async function choose(el: ProcuraSignaturePad, method: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="method"][value="${method}"]`)!.click();
  await el.updateComplete;
}

/** The error the control's aria-describedby points to, read in the pad's own shadow root. */
function describedError(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((i) => root.getElementById(i))
    .filter((n) => n?.matches('[part~="error"]'))
    .map((n) => n!.textContent!.trim())
    .join(' ');
}

const WORDING: Record<string, Record<'drawn' | 'uploaded' | 'typed', string>> = {
  fr: { drawn: 'dessinez-la dans le cadre', uploaded: 'choisissez l’image', typed: 'tapez votre nom' },
  nl: { drawn: 'teken ze in het kader', uploaded: 'kies de afbeelding', typed: 'typ uw naam' },
  en: { drawn: 'draw it in the box', uploaded: 'choose the picture', typed: 'type your name' },
  de: { drawn: 'Zeichnen Sie sie in das Feld', uploaded: 'Wählen Sie das Bild', typed: 'Tippen Sie Ihren Namen' },
};

describe('<procura-signature-pad> focus and its own error', () => {
  beforeEach(resetKit);

  it('focus() goes to the chosen method’s control: the canvas, the file input, the typed name', async () => {
    const el = await mount('fr', '');
    el.focus();
    expect(deepActive()?.localName).to.equal('canvas');
    await choose(el, 'uploaded');
    el.focus();
    expect(deepActive()?.id).to.equal('file');
    await choose(el, 'typed');
    el.focus();
    expect(deepActive()?.id).to.equal('typed');
  });

  it('focus() goes to the checkbox when the typed name waits for it', async () => {
    const el = await mount();
    await choose(el, 'typed');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#typed')!.value).to.equal('Anne Dupont');
    el.dispatchEvent(new Event('invalid'));
    await el.updateComplete;
    el.focus();
    const active = deepActive()!;
    expect(active.id).to.equal('intent');
    expect(active.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(active)).to.contain('Cochez la case');
  });

  for (const lang of ['fr', 'nl', 'en', 'de'] as const) {
    it(`words a missing signature for the method chosen, on that method’s control (${lang})`, async () => {
      const el = await mount(lang);
      el.dispatchEvent(new Event('invalid')); // what a submit attempt does
      await el.updateComplete;
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      expect(canvas.getAttribute('aria-invalid')).to.equal('true');
      expect(describedError(canvas)).to.contain(pick(WORDING, lang).drawn);
      await expect(el).to.be.accessible();

      await choose(el, 'uploaded');
      const file = el.shadowRoot!.querySelector('#file')!;
      expect(file.getAttribute('aria-invalid')).to.equal('true');
      expect(describedError(file)).to.contain(pick(WORDING, lang).uploaded);
      expect(canvas.hasAttribute('aria-invalid')).to.equal(false);
      await expect(el).to.be.accessible();

      // The typed method starts from the signer's name: empty it to see the "missing" wording.
      await choose(el, 'typed');
      const typed = el.shadowRoot!.querySelector<HTMLInputElement>('#typed')!;
      typed.focus();
      typed.select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(typed.getAttribute('aria-invalid')).to.equal('true');
      expect(describedError(typed)).to.contain(pick(WORDING, lang).typed);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the focus on "Effacer" after clearing, instead of dropping it to <body>', async () => {
    const el = await mount();
    await drawWithMouse(el);
    await el.updateComplete;
    const clear = part(el, 'clear')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.strokes.length === 0, 'the signature to be cleared');
    await el.updateComplete;
    expect(deepActive()).to.equal(clear);
    expect(clear.getAttribute('aria-disabled')).to.equal('true');
    // Pressed again with nothing to clear: nothing happens, and the focus stays.
    let inputs = 0;
    el.addEventListener('input', () => inputs++);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(inputs).to.equal(0);
    expect(deepActive()).to.equal(clear);
  });
});
