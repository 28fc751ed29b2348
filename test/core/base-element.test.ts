import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { resetKit } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import { define } from '../../src/core/define.js';
import { TestFixture } from '../support/fixture-element.js';

const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.trim() ?? '';

describe('base element', () => {
  beforeEach(resetKit);
  afterEach(() => {
    document.documentElement.lang = 'fr';
    document.head.querySelectorAll('meta[name="procura:endpoint"]').forEach((m) => m.remove());
  });

  describe('locale', () => {
    it('takes its own lang first', async () => {
      const el = await fixture<TestFixture>(
        html`<div lang="en"><procura-test-fixture lang="nl-be"></procura-test-fixture></div>`,
      ).then((d) => d.firstElementChild as TestFixture);
      await el.updateComplete;
      expect(text(el, '.locale')).to.equal('nl-BE');
      expect(text(el, '.sent')).to.equal('Verzonden.');
    });

    it('then the closest [lang] ancestor, across a shadow root', async () => {
      const host = await fixture(html`<section lang="en"><div></div></section>`);
      const shadow = host.querySelector('div')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<procura-test-fixture></procura-test-fixture>';
      const el = shadow.querySelector('procura-test-fixture') as TestFixture;
      await el.updateComplete;
      expect(text(el, '.sent')).to.equal('Sent.');
    });

    it('then configure(), then <html lang>, then French', async () => {
      document.documentElement.lang = 'nl';
      const el = await fixture<TestFixture>(html`<procura-test-fixture></procura-test-fixture>`);
      expect(text(el, '.locale')).to.equal('nl');
      configure({ locale: 'en' });
      await el.updateComplete;
      expect(text(el, '.locale')).to.equal('en');
      configure({ locale: undefined });
      // A language the kit does not speak falls back to French (German is spoken now: Italian is not).
      document.documentElement.lang = 'it';
      await el.updateComplete;
      expect(text(el, '.locale')).to.equal('fr');
      expect(text(el, '.sent')).to.equal('C’est envoyé.');
    });

    it('follows a change of an ancestor lang at run time', async () => {
      const wrap = await fixture(html`<div lang="fr"><procura-test-fixture></procura-test-fixture></div>`);
      const el = wrap.firstElementChild as TestFixture;
      wrap.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(el, '.sent')).to.equal('Sent.');
    });

    it('lets configure({ strings }) override a text for a region only', async () => {
      configure({ strings: { 'fr-CA': { 'core.sent': 'C’est parti!' } } });
      const el = await fixture<TestFixture>(html`<procura-test-fixture lang="fr-CA"></procura-test-fixture>`);
      expect(text(el, '.sent')).to.equal('C’est parti!');
      const other = await fixture<TestFixture>(html`<procura-test-fixture lang="fr-BE"></procura-test-fixture>`);
      expect(text(other, '.sent')).to.equal('C’est envoyé.');
    });
  });

  describe('endpoint', () => {
    it('attribute, then <meta name="procura:endpoint">, then configure(), else none', async () => {
      const el = await fixture<TestFixture>(html`<procura-test-fixture></procura-test-fixture>`);
      expect(el.resolvedEndpoint).to.equal(undefined);
      configure({ endpoint: '/from-configure' });
      expect(el.resolvedEndpoint).to.equal('/from-configure');
      const meta = Object.assign(document.createElement('meta'), { name: 'procura:endpoint', content: '/from-meta' });
      document.head.append(meta);
      expect(el.resolvedEndpoint).to.equal('/from-meta');
      el.endpoint = '/from-attribute';
      expect(el.resolvedEndpoint).to.equal('/from-attribute');
    });
  });

  describe('configuration', () => {
    it('reads a child JSON script', async () => {
      const el = await fixture<TestFixture>(
        html`<procura-test-fixture><script type="application/json">{"greeting":{"fr":"Salut","en":"Hi"}}</script></procura-test-fixture>`,
      );
      expect(text(el, '.greeting')).to.equal('Salut');
    });

    it('shows the path of a bad field in the element and on the console, without throwing', async () => {
      const errors: string[] = [];
      const orig = console.error;
      console.error = (...a: unknown[]) => errors.push(a.map(String).join(' '));
      try {
        const el = await fixture<TestFixture>(html`<procura-test-fixture></procura-test-fixture>`);
        el.config = { max: 1000, greeting: { en: 'Hi' } } as unknown as TestFixture['config'];
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector('[part="error"][role="alert"]')!;
        expect(alert.textContent).to.contain('max');
        expect(alert.textContent).to.contain('must be at most 100');
        expect(alert.textContent).to.contain('greeting.fr');
        expect(errors.join('\n')).to.contain('invalid configuration at max');
        el.config = { max: 3 };
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(text(el, '.greeting')).to.equal('Bonjour');
      } finally {
        console.error = orig;
      }
    });

    it('reports JSON that does not parse', async () => {
      const orig = console.error;
      console.error = () => undefined;
      try {
        const el = await fixture<TestFixture>(
          html`<procura-test-fixture><script type="application/json">{ nope</script></procura-test-fixture>`,
        );
        expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('not valid JSON');
      } finally {
        console.error = orig;
      }
    });
  });

  it('warns instead of throwing when a tag is defined twice', () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      define('procura-test-fixture', class extends TestFixture {});
    } finally {
      console.warn = orig;
    }
    expect(warnings.join()).to.contain('already defined');
  });
});
