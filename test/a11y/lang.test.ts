import { expect } from '@open-wc/testing';
import { render } from 'lit';
import '../support/env.js';
import { resetKit } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import { LocalizeController, type Catalog } from '../../src/core/localize.js';
import { as, mandate, resetServer } from '../access-grants/support.js';
import { env } from '../support/env.js';
import {
  answer,
  clean,
  consentShown,
  cookieShown,
  element,
  frenchTree,
  grantsShown,
  mount,
  notice,
  root,
  top,
  treeShown,
  type Procura,
} from './support.js';

const tree = (attrs: Record<string, string> = {}) =>
  mount(element<Procura>('procura-delegation-tree', attrs, { ...frenchTree() }), treeShown);
const all = (attrs: Record<string, string> = {}): Array<() => Promise<Procura>> =>
  [
    tree,
    () =>
      mount(element<Procura>('procura-consent', { preset: 'insurance-prospection', ...attrs }, notice), consentShown),
    () => mount(element<Procura>('procura-cookie-opposition', attrs), cookieShown),
  ].map((f) => () => f(attrs));

describe('language of parts (WCAG 3.1.2)', () => {
  let pageLang = '';
  beforeEach(async () => {
    await resetKit();
    pageLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('an English page with configure({ locale: "nl" }): each element\'s content carries lang="nl"', async () => {
    document.documentElement.lang = 'en';
    configure({ locale: 'nl' });
    for (const make of all()) {
      const el = await make();
      expect(top(el)?.getAttribute('lang'), el.localName).to.equal('nl');
      expect(clean(root(el).textContent), el.localName).to.not.equal('');
    }
  });

  for (const lang of ['fr', 'nl', 'en', 'de', 'nl-BE']) {
    it(`a ${lang} page: each element says ${lang} on what it renders`, async () => {
      document.documentElement.lang = lang;
      for (const make of all()) {
        const el = await make();
        expect(top(el)?.getAttribute('lang'), el.localName).to.equal(lang);
      }
    });
  }

  it("a page in a language the kit does not speak: the French content says fr, not the page's es", async () => {
    document.documentElement.lang = 'es';
    for (const make of all()) {
      const el = await make();
      expect(top(el)?.getAttribute('lang'), el.localName).to.equal('fr');
    }
  });

  it('the access-grants list carries its language too', async () => {
    await resetServer();
    await mandate('anne', 'bram');
    await as('anne');
    const el = await mount(
      element<Procura>('procura-access-grants', { lang: 'de', endpoint: env.backend! }),
      grantsShown,
    );
    expect(top(el)?.getAttribute('lang')).to.equal('de');
  });

  it("a tree written only in French inside an English element: its texts are marked fr, the element's own are not", async () => {
    const el = await tree({ lang: 'en' });
    expect(top(el)?.getAttribute('lang')).to.equal('en');
    const question = root(el).querySelector('legend [lang=fr]');
    expect(clean(question?.textContent)).to.equal('Pour qui demandez-vous l’accès ?');
    expect(clean(root(el).querySelector('[part~=title] [lang=fr], [part~=title][lang=fr]')?.textContent)).to.equal(
      'Accès à votre espace',
    );
    expect([...root(el).querySelectorAll('[part~=option] [lang=fr]')].map((o) => clean(o.textContent))).to.deep.equal([
      'Pour moi',
      'Pour un autre',
    ]);
    const button = root(el).querySelector('[part~=submit]')!;
    expect(clean(button.textContent)).to.equal('Continue');
    expect(button.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    await answer(el, 'Pour un autre');
    // The reason sits in an English sentence and keeps its own language.
    const reason = root(el).querySelector('[part~=reason]')!;
    expect(clean(reason.textContent)).to.equal('Why: Parce qu’il faut un mandat écrit.');
    expect(clean(reason.querySelector('[lang=fr]')?.textContent)).to.equal('Parce qu’il faut un mandat écrit.');
    expect(clean(root(el).querySelector('[part~=summary] dt [lang=fr]')?.textContent)).to.equal(
      'Pour qui demandez-vous l’accès ?',
    );
    await expect(el).to.be.accessible();
  });

  it("a tree in the element's language marks nothing", async () => {
    const el = await tree({ lang: 'fr' });
    expect(root(el).querySelectorAll('.procura-root [lang]').length).to.equal(0);
  });

  it("a key missing in a language's catalog falls back to French and says so; localize.lang tells where a text came from", async () => {
    const catalog: Catalog = {
      name: 'a11y-lang-test',
      fr: { 'x.here': 'Ici', 'x.missing': 'Seulement en français', 'x.reason': 'Pourquoi : {reason}' },
      nl: async () => ({ default: { 'x.here': 'Hier', 'x.reason': 'Waarom: {reason}' } }),
      en: async () => ({ default: {} }),
      de: async () => ({ default: {} }),
    };
    const host = {
      addController() {},
      requestUpdate() {},
      removeController() {},
      updateComplete: Promise.resolve(true),
    };
    const l = new LocalizeController(host, [catalog]);
    await l.setLocale('nl');
    expect(l.lang('x.here')).to.equal('nl');
    expect(l.lang('x.missing')).to.equal('fr');
    const out = document.createElement('div');
    render(
      [l.tl('x.here'), ' ', l.tl('x.missing'), ' ', l.tp('x.reason', { reason: l.localized({ fr: 'Parce que.' }) })],
      out,
    );
    expect(clean(out.textContent)).to.equal('Hier Seulement en français Waarom: Parce que.');
    expect(
      [...out.querySelectorAll('[lang]')].map((s) => `${s.getAttribute('lang')}:${clean(s.textContent)}`),
    ).to.deep.equal(['fr:Seulement en français', 'fr:Parce que.']);
  });

  it("a site's notice text given only in French inside a Dutch consent is marked fr", async () => {
    const el = await mount(
      element<Procura>(
        'procura-consent',
        { preset: 'insurance-prospection', lang: 'nl' },
        { ...notice, title: { fr: 'Vos choix' } },
      ),
      consentShown,
    );
    expect(clean(root(el).querySelector('legend [lang=fr]')?.textContent)).to.equal('Vos choix');
    await expect(el).to.be.accessible();
  });
});
