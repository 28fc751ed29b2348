// The PDF's Unicode font is a Latin subset (scripts/subset-font.js): a name in another script
// (Cyrillic here) is refused before the PDF is made, never printed as blank boxes. The form says
// which characters, in the page's language; the console says it too; the draft stays.
import { expect, html } from '@open-wc/testing';
import '../support/env.js';
import { resetKit, until } from '../support/env.js';
import { complete, field, grantorNatural, mandataryFields, mount, q, text, type Form } from './helpers.js';

const expected: Record<string, string> = {
  fr: 'Le PDF n’a pas été créé : ces caractères ne peuvent pas être imprimés : « Ж »',
  nl: 'De pdf is niet gemaakt: deze tekens kunnen niet worden afgedrukt: ‘Ж’',
  en: 'The PDF was not made: these characters cannot be printed: ‘Ж’',
  de: 'Das PDF wurde nicht erstellt: Diese Zeichen können nicht gedruckt werden: „Ж“',
};

/** What the page's console.error receives while `f` runs (the browser's own console stays as it is after). */
async function consoleErrors(f: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    seen.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
    original.apply(console, args);
  };
  try {
    await f();
  } finally {
    console.error = original;
  }
  return seen;
}

async function refused(el: Form): Promise<void> {
  expect(await el.documents()).to.deep.equal([]);
  await el.updateComplete;
}

const BACK = 'Retour';

describe('the mandate PDF of a name its font cannot print', function () {
  // Two people's parts and two drawn signatures, then the font's first load: longer than the default.
  this.timeout(60_000);
  beforeEach(resetKit);

  for (const lang of ['fr', 'nl', 'en', 'de'])
    it(`refuses the PDF of Жанна Dupont and says which characters (${lang})`, async () => {
      const el = await mount(
        html`<procura-mandate-form service="espace-client" lang=${lang} no-draft></procura-mandate-form>`,
      );
      await complete(el, grantorNatural({ 'grantor.givenName': 'Жанна' }), mandataryFields());
      const logged = await consoleErrors(() => refused(el));
      const alert = q<HTMLElement>(el, '[part~="error"].pdf-failed');
      expect(alert, text(el)).to.not.equal(null);
      expect(alert!.getAttribute('role')).to.equal('alert');
      expect(alert!.textContent).to.contain(expected[lang]);
      // Every character the font lacks is named, each once, in the order typed.
      for (const c of 'анн') expect(alert!.textContent).to.contain(c);
      expect(q(el, '[part~="document"]'), 'no PDF offered').to.equal(null);
      expect(q<HTMLButtonElement>(el, 'button[part~="submit"]')!.disabled, 'nothing to send').to.equal(true);
      expect(logged.join('\n')).to.contain('cannot be printed').and.to.contain('U+0416');
      await expect(el).to.be.accessible();
    });

  it('keeps the draft: the name is there to correct after a reload', async () => {
    let el = await mount(html`<procura-mandate-form id="cyr" service="espace-client"></procura-mandate-form>`);
    await complete(el, grantorNatural({ 'grantor.givenName': 'Жанна' }), mandataryFields());
    await refused(el);
    expect(q(el, '.pdf-failed')).to.not.equal(null);
    await (el as unknown as { flow: { drafts: { settled: Promise<void> } } }).flow.drafts.settled;
    el.remove();
    el = await mount(html`<procura-mandate-form id="cyr" service="espace-client"></procura-mandate-form>`);
    expect(text(el)).to.contain('Nous avons repris le brouillon');
    // Back, step by step (the review's own chunk first loads), to the grantor's part.
    const back = () => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === BACK);
    for (let i = 0; i < 4 && !field(el, 'grantor.givenName'); i++) {
      await until(() => !!back() || !!field(el, 'grantor.givenName'), 'a way back');
      back()?.click();
      await el.updateComplete;
    }
    expect(field(el, 'grantor.givenName')!.value).to.equal('Жанна');
  });
});
