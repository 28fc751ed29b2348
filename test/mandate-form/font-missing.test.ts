// The PDF's Unicode font served from a base path that answers 404 (a CDN missing the
// kit's assets/): the mandate of "Bożena Dvořák" is refused, never printed with the ř
// and the ż approximated; the form says so in the page's language, and the site hears a
// procura-error. The 404 is a real answer of the control server, over HTTP.
import { expect, html } from '@open-wc/testing';
import '../support/env.js';
import { control, env, received, resetKit } from '../support/env.js';
import { setBasePath } from '../../src/core/base-path.js';
import type { ErrorDetail } from '../../src/core/events.js';
import { complete, grantorNatural, mandataryFields, mount, text, q } from './helpers.js';

const CDN = '/cdn/procura/0.2.0';
const FONT = `${CDN}/assets/DejaVuSans.ttf`;

describe('the mandate PDF when its font cannot be loaded', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await control('plan', { path: FONT, problem: { status: 404, title: 'Not Found' } });
  });

  const expected: Record<string, string> = {
    fr: 'Le PDF n’a pas été créé : la police qui écrit toutes les lettres des noms n’a pas pu être chargée',
    nl: 'De pdf is niet gemaakt: het lettertype dat alle letters van de namen schrijft, kon niet worden geladen',
    en: 'The PDF was not made: the font that writes every letter of the names could not be loaded',
    de: 'Das PDF wurde nicht erstellt: Die Schrift, die alle Buchstaben der Namen schreibt, konnte nicht geladen werden',
  };
  for (const lang of ['fr', 'nl', 'en', 'de'])
    it(`refuses the PDF of Bożena Dvořák, says why (${lang}) and emits procura-error`, async () => {
      setBasePath(`${env.control}${CDN}/`);
      const el = await mount(
        html`<procura-mandate-form service="espace-client" lang=${lang} no-draft></procura-mandate-form>`,
      );
      const errors: ErrorDetail[] = [];
      el.addEventListener('procura-error', (e) => errors.push(e.detail));
      await complete(
        el,
        grantorNatural({ 'grantor.givenName': 'Bożena', 'grantor.familyName': 'Dvořák' }),
        mandataryFields(),
      );

      expect(await el.documents()).to.deep.equal([]);
      await el.updateComplete;
      // The font was asked where the base path says, and the server answered 404.
      expect((await received(FONT)).map((r) => r.method)).to.include('GET');
      const alert = q<HTMLElement>(el, '[part~="error"].pdf-failed')!;
      expect(alert, text(el)).to.not.equal(null);
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain(expected[lang]);
      expect(q(el, '[part~="document"]'), 'no PDF offered').to.equal(null);
      expect(q<HTMLButtonElement>(el, 'button[part~="submit"]')!.disabled, 'nothing to send').to.equal(true);
      expect(errors.map((d) => d.kind)).to.include('mandate');
      const error = errors.find((d) => d.kind === 'mandate')!;
      expect(error.error.message).to.contain(`${env.control}${FONT}`).and.to.contain('404');
      await expect(el).to.be.accessible();
    });

  it('refuses a font answered by something that is not a font (a page served in place of the file)', async () => {
    await control('reset'); // the control server now answers 200 with JSON
    setBasePath(`${env.control}${CDN}`);
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await complete(
      el,
      grantorNatural({ 'grantor.givenName': 'Bożena', 'grantor.familyName': 'Dvořák' }),
      mandataryFields(),
    );
    expect(await el.documents()).to.deep.equal([]);
    await el.updateComplete;
    expect(q(el, '.pdf-failed')?.textContent).to.contain(expected.fr);
    expect((await received(FONT)).length).to.be.greaterThan(0);
  });

  it('makes the PDF of a name that needs no Unicode font, even with the font missing', async () => {
    setBasePath(`${env.control}${CDN}/`);
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await complete(
      el,
      grantorNatural({ 'grantor.givenName': 'Hélène', 'grantor.familyName': 'Dupont' }),
      mandataryFields(),
    );
    const docs = await el.documents();
    expect(docs.length).to.equal(1);
    expect(await received(FONT)).to.deep.equal([]);
  });
});
