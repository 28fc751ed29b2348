// <procura-mandate-form> and <procura-signature-pad> beyond axe's light defaults (issue 20, items
// 1, 3, 4): the language on what they render, axe on a dark host page, live regions present
// before they speak, and the `heading-level` attribute.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../support/env.js';
import { env, resetKit, until } from '../support/env.js';
import '../../src/define/signature-pad.js';
import { complete, mount, next, q, root, type Form } from '../mandate-form/helpers.js';

type Pad = HTMLElement & { updateComplete: Promise<unknown> };
const wrapperLang = (el: Element) => el.shadowRoot!.querySelector('.procura-root')?.getAttribute('lang');

describe('mandate form and signature pad: language of parts', () => {
  beforeEach(resetKit);

  for (const lang of ['fr', 'nl', 'en', 'de'] as const) {
    it(`marks what they render with the page's language (${lang})`, async () => {
      const wrap = await fixture(
        html`<div lang=${lang}><procura-mandate-form service="espace-client" no-draft></procura-mandate-form></div>`,
      );
      const el = wrap.querySelector('procura-mandate-form') as Form;
      await el.updateComplete;
      expect(wrapperLang(el)).to.equal(lang);
      const pad = q<Pad>(el, 'procura-signature-pad')!;
      await customElements.whenDefined('procura-signature-pad');
      await pad.updateComplete;
      expect(wrapperLang(pad)).to.equal(lang);
      // Every text node of both sits under that wrapper: nothing is left to the page's own lang.
      for (const host of [el, pad]) {
        const stray = [...host.shadowRoot!.childNodes].filter(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
        );
        expect(stray.length).to.equal(0);
      }
    });
  }

  it('says fr, not the page’s lang, when the page asks for a language the kit does not speak', async () => {
    const wrap = await fixture(html`<div lang="es"><procura-signature-pad required></procura-signature-pad></div>`);
    const pad = wrap.querySelector('procura-signature-pad') as Pad;
    await pad.updateComplete;
    expect(wrapperLang(pad)).to.equal('fr');
    expect(pad.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.contain('Votre signature');
  });
});

describe('mandate form and signature pad on a dark page', () => {
  beforeEach(resetKit);
  before(() => emulateMedia({ colorScheme: 'dark' }));
  after(() => emulateMedia({ colorScheme: 'light' }));

  it('paint their own dark surface and pass axe, empty and with errors', async () => {
    const wrap = await fixture(html`<div style="background:#121212;color:#f1f1f1;padding:1rem">
      <procura-mandate-form service="espace-client" no-draft></procura-mandate-form>
    </div>`);
    const el = wrap.querySelector('procura-mandate-form') as Form;
    await el.updateComplete;
    const bg = getComputedStyle(el).backgroundColor;
    expect(bg).not.to.equal('rgba(0, 0, 0, 0)');
    expect(bg).not.to.equal('rgb(255, 255, 255)');
    await expect(wrap).to.be.accessible();
    await next(el);
    const pad = q<Pad>(el, 'procura-signature-pad')!;
    await until(() => !!pad.shadowRoot?.querySelector('[part~="error"]'), 'the pad’s error');
    pad.shadowRoot!.querySelector<HTMLInputElement>('input[name="method"][value="typed"]')!.click();
    await pad.updateComplete;
    await expect(wrap).to.be.accessible();
  });
});

describe('mandate form: live regions present before they speak', () => {
  beforeEach(resetKit);

  it('has its review status region in place, empty, before a submission, and speaks in that same region', async function () {
    this.timeout(60_000);
    const el = await mount(
      html`<procura-mandate-form endpoint=${env.control} service="espace-client" no-draft></procura-mandate-form>`,
    );
    el.addEventListener('procura-submit', (e) => e.preventDefault());
    await complete(el);
    const submit = () => q<HTMLButtonElement>(el, 'button[part="submit"]')!;
    await until(() => !!submit() && !submit().disabled, 'the PDF to be ready', 20_000);
    const region = q(el, '.review-status')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent!.trim()).to.equal('');
    expect(region.checkVisibility()).to.equal(true);
    submit().click();
    await until(() => region.textContent!.includes('L’envoi a été annulé'), 'the cancelled notice');
    expect(q(el, '.review-status')).to.equal(region);
  });

  it('has its sign-in status region in place before the session is known', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    const regions = [...root(el).querySelectorAll('.live[role="status"]')];
    // The draft notice (the kit's shared view, its region always in place), the tree's notice, the sign-in notice.
    expect(regions.map((r) => r.className)).to.deep.equal(['live draft-notice', 'live', 'live']);
    for (const r of regions) expect(r.textContent?.trim()).to.equal('');
  });

  it('the pad’s error and status regions are there before anything is said', async () => {
    const pad = await fixture<Pad>(html`<procura-signature-pad required></procura-signature-pad>`);
    await pad.updateComplete;
    const error = pad.shadowRoot!.querySelector('#error')!;
    expect(error.getAttribute('aria-live')).to.equal('polite');
    expect(error.textContent!.trim()).to.equal('');
    expect(pad.shadowRoot!.querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
    pad.dispatchEvent(new Event('invalid'));
    await pad.updateComplete;
    expect(pad.shadowRoot!.querySelector('#error')).to.equal(error);
    expect(error.textContent).to.contain('La signature manque');
  });
});

describe('mandate form: heading-level', () => {
  beforeEach(resetKit);

  it('starts at h2 by default, and at the level asked for, the summary one below', async () => {
    const plain = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    expect(q(plain, '.step-heading')!.localName).to.equal('h2');
    const el = await mount(
      html`<procura-mandate-form heading-level="3" service="espace-client" no-draft></procura-mandate-form>`,
    );
    expect(q(el, '.step-heading')!.localName).to.equal('h3');
    expect(q(el, '.step-heading')!.textContent!.trim()).to.equal('Partie du mandant');
    expect(q(el, 'h2')).to.equal(null);
    await next(el);
    expect(q(el, '.summary-heading')!.localName).to.equal('h4');
    el.focus();
    expect(root(el).activeElement).to.equal(q(el, 'h3.step-heading'));
    await expect(el).to.be.accessible();
  });
});
