// One language on a page (issue 19, wave 9): on a Dutch page an element whose Dutch texts are still
// loading shows only its busy wrapper, never the French fallback, at any render; French comes only
// when the Dutch chunk fails to load, and then the console says why.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../support/env.js';
import { resetKit, until } from '../support/env.js';
import { ProcuraElement } from '../../src/core/base-element.js';
import { define } from '../../src/core/define.js';
import { defineCatalog, type KeysOf } from '../../src/core/localize.js';
import '../../src/define/consent.js';
import '../../src/define/mandate-form.js';
import frCore from '../../src/i18n/fr/core.js';
import frConsent from '../../src/i18n/fr/consent.js';
import frMandate from '../../src/i18n/fr/mandate-form.js';
import type fr from './lazy-texts/fr.js';
import type nl from './lazy-texts/nl.js';

/** Pieces of French sentences (between placeholders) long enough to be nothing but French. */
const FRENCH = [frCore, frConsent, frMandate, { t: 'Vos procurations' }]
  .flatMap((d) => Object.values(d as Record<string, string>))
  .flatMap((s) => s.split(/\{\w+\}/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 12);
const french = (text: string) => FRENCH.find((f) => text.includes(f));
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

type Shot = { text: string; busy: string | null | undefined };
/** Records every render of `el`, as the person sees it right after it. */
function recorded(el: HTMLElement & { addController?: unknown }): Recorded {
  const shots: Shot[] = [];
  (el as unknown as ProcuraElement).addController({
    hostUpdated: () => {
      const top = el.shadowRoot!.querySelector('.procura-root');
      shots.push({ text: clean(el.shadowRoot!.textContent), busy: top?.getAttribute('aria-busy') });
    },
  });
  return Object.assign(el, { shots }) as Recorded;
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

let dutch = deferred<{ default: typeof nl }>();
const slowCatalog = defineCatalog({
  name: 'test-one-language',
  fr: () => import('./lazy-texts/fr.js'),
  nl: () => dutch.promise,
  en: () => import('./lazy-texts/nl.js'),
  de: () => Promise.reject(new Error('the network is cut')),
});
class TestSlowDutch extends ProcuraElement<unknown, KeysOf<typeof fr>> {
  protected override catalogs() {
    return [slowCatalog];
  }
  protected override renderContent() {
    return litHtml`<h2>${this.localize.tl('lazy.title')}</h2>`;
  }
}
define('procura-test-slow-dutch', TestSlowDutch);
type Recorded = HTMLElement & { shots: Shot[]; updateComplete: Promise<unknown> };

const notice = {
  controller: {
    name: 'Courtier Demo SRL',
    address: 'rue de l’Exemple 1, 1000 Bruxelles',
    contact: 'privacy@courtier.example',
  },
  policyUrl: 'https://courtier.example/vie-privee',
  noticeVersion: '2025-01',
  preset: 'insurance-prospection',
};

async function onDutchPage(tag: string, config?: unknown, settle = true): Promise<Recorded> {
  const wrap = await fixture<HTMLElement>(html`<div lang="nl"></div>`);
  const el = recorded(document.createElement(tag)) as Recorded & { config?: unknown };
  if (config) el.config = config;
  wrap.append(el);
  // updateComplete waits for the Dutch texts: the slow element's are held back by the test.
  if (settle) await el.updateComplete;
  else await until(() => el.shots.length > 0, 'a first render');
  return el;
}

describe('one language on a page', () => {
  beforeEach(async () => {
    await resetKit();
    dutch = deferred();
  });

  // First in the file: the Dutch chunks of these elements are not loaded yet when they render first.
  for (const [tag, config, what] of [
    ['procura-consent', notice, 'the consent (preset configuration)'],
    ['procura-mandate-form', undefined, 'the mandate form (no configuration)'],
  ] as const) {
    it(`${what}: no render on a Dutch page shows a French sentence`, async () => {
      const el = await onDutchPage(tag, config);
      await until(() => el.shots.some((s) => s.text !== '' && s.busy !== 'true'), 'the element in Dutch');
      await el.updateComplete;
      for (const shot of el.shots) expect(french(shot.text), `a render said: ${shot.text}`).to.equal(undefined);
      // Empty: no wrapper yet (the consent until its model is there), or the busy one; never an idle blank.
      for (const shot of el.shots) if (shot.text === '' && shot.busy !== undefined) expect(shot.busy).to.equal('true');
      expect(el.shadowRoot!.querySelector('.procura-root')!.getAttribute('lang')).to.equal('nl');
    });
  }

  it('while the Dutch texts load: only the busy wrapper; then the Dutch sentence', async () => {
    const el = await onDutchPage('procura-test-slow-dutch', undefined, false);
    const top = () => el.shadowRoot!.querySelector('.procura-root')!;
    expect(top().getAttribute('aria-busy')).to.equal('true');
    expect(clean(el.shadowRoot!.textContent)).to.equal('');
    dutch.resolve(await import('./lazy-texts/nl.js'));
    await until(() => clean(el.shadowRoot!.querySelector('h2')?.textContent) === 'Uw volmachten', 'the Dutch title');
    expect(top().hasAttribute('aria-busy')).to.equal(false);
    expect(el.shots.every((s) => s.text === '' || s.text === 'Uw volmachten')).to.equal(true);
  });

  it('French only when the language fails to load, marked as French, and the console says why', async () => {
    const logged: string[] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => logged.push(a.map(String).join(' '));
    try {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="de"><procura-test-slow-dutch></procura-test-slow-dutch></div>`,
      );
      const el = wrap.firstElementChild as Recorded;
      await until(() => !!el.shadowRoot!.querySelector('h2'), 'the title');
      expect(el.shadowRoot!.querySelector('h2 span[lang="fr"]')?.textContent).to.equal('Vos procurations');
      expect(logged.some((l) => l.includes('could not load the de texts of test-one-language'))).to.equal(true);
    } finally {
      console.error = error;
    }
  });
});
