// The mandate form on a phone (and at 400 % zoom): every step, with its signature pads,
// fits the width, and the review's values are read on whole lines, not a letter per line.
import { expect, html } from '@open-wc/testing';
import { env, resetKit, signIn, until } from '../support/env.js';
import {
  complete,
  fill,
  grantorNatural,
  mandataryFields,
  mount,
  next,
  q,
  root,
  sign,
  type Form,
} from '../mandate-form/helpers.js';
import { problems, viewport, wideViewport, WIDTHS } from './support.js';

const heading = (el: Form) => q(el, 'h2')!.textContent!.trim();

describe('<procura-mandate-form> at phone widths', () => {
  beforeEach(() => resetKit());
  after(() => wideViewport());

  for (const width of WIDTHS) {
    it(`fits ${width} px in every step, signatures drawn, with targets of 24 px or more`, async () => {
      await viewport(width);
      const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
      await customElements.whenDefined('procura-signature-pad');
      const pad = () => q<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'procura-signature-pad')!;
      await pad().updateComplete;
      expect(problems(el), 'grantor, empty').to.deep.equal([]);
      await next(el);
      expect(q(el, '.summary'), 'the error summary').to.not.equal(null);
      expect(problems(el), 'grantor, with errors').to.deep.equal([]);
      await fill(
        el,
        grantorNatural({
          'grantor.email': 'anne-catherine.vandenbroucke-de-meulemeester@courtier-exemple.example.com',
        }),
      );
      await sign(el, 'grantor');
      expect(problems(el), 'grantor, signed').to.deep.equal([]);
      await next(el);
      expect(heading(el)).to.equal('Passage au mandataire');
      expect(problems(el), 'handover').to.deep.equal([]);
      await next(el);
      expect(heading(el)).to.equal('Partie du mandataire');
      await pad().updateComplete;
      expect(problems(el), 'mandatary, empty').to.deep.equal([]);
      await fill(
        el,
        mandataryFields({
          'mandatary.email': 'bram.janssens-vanderstraeten.comptabilite@fiduciaire-exemple-belgique.example.com',
        }),
      );
      await sign(el, 'mandatary');
      expect(problems(el), 'mandatary, signed').to.deep.equal([]);
      await next(el);
      expect(heading(el)).to.equal('Vérification et envoi');
      await until(() => !!q(el, 'a[part="document"]'), 'the PDFs to be ready', 20_000);
      await el.updateComplete;
      expect(problems(el), 'review').to.deep.equal([]);
      // Narrow: each term above its value, the value on the whole width.
      const dl = q<HTMLElement>(el, 'dl')!;
      const full = dl.getBoundingClientRect().width;
      const narrowValues = [...root(el).querySelectorAll('dd')]
        .filter((dd) => dd.getBoundingClientRect().width < full * 0.9)
        .map((dd) => dd.textContent!.trim());
      expect(narrowValues, 'values squeezed beside their terms').to.deep.equal([]);
    });
  }

  it('fits 320 px once sent to the reference server: the confirmation and its reference', async () => {
    await viewport(320);
    await signIn('anne');
    const el = await mount(
      html`<procura-mandate-form endpoint=${env.backend!} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await complete(el, grantorNatural(), mandataryFields({ 'mandatary.email': `bram.${Date.now()}@example.com` }));
    const submit = () => q<HTMLButtonElement>(el, 'button[part="submit"]');
    await until(() => !!submit() && !submit()!.disabled, 'the PDFs to be ready', 20_000);
    expect(problems(el), 'review, signed in').to.deep.equal([]);
    submit()!.click();
    await until(() => !!q(el, '[part="confirmation"]'), 'the confirmation', 20_000);
    await el.updateComplete;
    expect(problems(el), 'sent').to.deep.equal([]);
  });
});
