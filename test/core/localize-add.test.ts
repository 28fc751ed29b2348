// One i18n path: a catalog whose French is loaded lazily (a chunk's texts, like the mandate
// review's) is added to an element's LocalizeController after it was made; the element renders
// again with those texts by itself, in French and in Dutch, and a key's language is marked when
// a translation failed to load.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { until } from '../support/env.js';
import { ProcuraElement } from '../../src/core/base-element.js';
import { define } from '../../src/core/define.js';
import { defineCatalog, type KeysOf } from '../../src/core/localize.js';
import type fr from './lazy-texts/fr.js';
import type nl from './lazy-texts/nl.js';

type LazyKey = KeysOf<typeof fr>;

/** A promise resolved from outside: the test decides when the Dutch texts arrive. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

let dutch = deferred<{ default: typeof nl }>();
let frenchLoads = 0;
const lazyCatalog = defineCatalog({
  name: 'test-lazy',
  fr: () => (frenchLoads++, import('./lazy-texts/fr.js')),
  nl: () => dutch.promise,
  en: () => import('./lazy-texts/nl.js'),
  de: () => Promise.reject(new Error('no German in this test')),
});

class TestLazyTexts extends ProcuraElement<unknown, LazyKey> {
  /** What a chunk does once it has loaded: adds its texts. */
  addTexts(): Promise<void> {
    return this.localize.add(lazyCatalog);
  }

  protected override renderContent() {
    const l = this.localize;
    if (!l.has('lazy.title')) return litHtml`<p class="waiting">${l.t('core.sending')}</p>`;
    return litHtml`<h2>${l.tl('lazy.title')}</h2>
      <p class="count">${l.tl('lazy.count', { count: 3 })}</p>
      <p class="only">${l.tl('lazy.onlyFrench')}</p>`;
  }
}
define('procura-test-lazy-texts', TestLazyTexts);

const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.trim();

describe('LocalizeController.add(): a lazy catalog added after the element was made', () => {
  beforeEach(() => {
    dutch = deferred();
  });

  it('loads the lazy French texts and renders the host again with them', async () => {
    const el = await fixture<TestLazyTexts>(html`<procura-test-lazy-texts lang="fr"></procura-test-lazy-texts>`);
    expect(text(el, '.waiting')).to.equal('Envoi en cours…');
    await el.addTexts();
    await el.updateComplete;
    expect(text(el, 'h2')).to.equal('Vos procurations');
    expect(text(el, '.count')).to.equal('3 procurations');
    expect(el.shadowRoot!.querySelector('h2 span[lang]'), 'nothing marked on a French page').to.equal(null);
  });

  it('then, on a Dutch page, loads the Dutch texts and renders them when they arrive', async () => {
    const el = await fixture<TestLazyTexts>(html`<procura-test-lazy-texts lang="nl"></procura-test-lazy-texts>`);
    const added = el.addTexts();
    // The Dutch texts have not arrived: the element waits, in Dutch.
    await until(() => text(el, '.waiting') === 'Bezig met verzenden…', 'the Dutch core texts');
    dutch.resolve(await import('./lazy-texts/nl.js'));
    await added;
    // Rendered again by the controller itself, without anyone asking the element.
    await until(() => text(el, 'h2') === 'Uw volmachten', 'the Dutch title');
    expect(text(el, '.count')).to.equal('3 volmachten');
    expect(text(el, '.only')).to.equal('Alleen in het Nederlands');
    expect(el.shadowRoot!.querySelector('.procura-root')!.getAttribute('lang')).to.equal('nl');
  });

  it('switches language afterwards with the added catalog, and marks French when a translation failed', async () => {
    dutch.resolve(await import('./lazy-texts/nl.js'));
    const el = await fixture<TestLazyTexts>(html`<procura-test-lazy-texts lang="en"></procura-test-lazy-texts>`);
    await el.addTexts();
    await el.updateComplete;
    // The English loader of this test serves the Dutch file: what it returns is what is shown.
    expect(text(el, 'h2')).to.equal('Uw volmachten');
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    // German failed to load: French is shown, marked as French for screen readers.
    expect(text(el, 'h2')).to.equal('Vos procurations');
    expect(el.shadowRoot!.querySelector('h2 span[lang="fr"]')?.textContent).to.equal('Vos procurations');
  });

  it('loads the lazy French once for every element, and adding it twice is harmless', async () => {
    const before = frenchLoads;
    const a = await fixture<TestLazyTexts>(html`<procura-test-lazy-texts lang="fr"></procura-test-lazy-texts>`);
    const b = await fixture<TestLazyTexts>(html`<procura-test-lazy-texts lang="fr"></procura-test-lazy-texts>`);
    await Promise.all([a.addTexts(), a.addTexts(), b.addTexts()]);
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(text(a, 'h2')).to.equal('Vos procurations');
    expect(text(b, 'h2')).to.equal('Vos procurations');
    expect(frenchLoads - before).to.be.at.most(1);
  });
});
