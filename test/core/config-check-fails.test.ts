// The network cut after the element's first chunk: the configuration's check (config-read.ts, a
// lazy chunk) cannot be loaded. The element is not left blank or busy: it says, in the page's
// language, that something prevents it from showing, and the console says why (issue 19).
import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { resetKit, until } from '../support/env.js';
import { chunks } from '../../src/core/chunks.js';
import '../../src/define/consent.js';
import nl from '../../src/i18n/nl/core.js';
import de from '../../src/i18n/de/core.js';
import fr from '../../src/i18n/fr/core.js';

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
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('the configuration check cannot be loaded', () => {
  const load = chunks.configRead;
  let logged: string[] = [];
  const error = console.error;
  beforeEach(async () => {
    await resetKit();
    logged = [];
    console.error = (...a: unknown[]) => logged.push(a.map(String).join(' '));
    // What the page meets when the chunk's URL answers 404: the dynamic import rejects.
    chunks.configRead = () => import(/* @vite-ignore */ `${'/missing/'}config-read.js`);
  });
  afterEach(() => {
    chunks.configRead = load;
    console.error = error;
  });

  for (const [lang, texts] of [
    ['nl', nl],
    ['de', de],
    ['fr', fr],
  ] as const) {
    it(`a ${lang} page: a sentence in ${lang}, not blank, and the console says why`, async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang=${lang}><procura-consent .config=${notice}></procura-consent></div>`,
      );
      const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const alert = () => el.shadowRoot!.querySelector('[part~=error][role=alert]');
      await until(() => !!alert(), 'the error sentence');
      expect(clean(alert()!.textContent)).to.equal(clean(texts['core.renderError']));
      const top = el.shadowRoot!.querySelector('.procura-root')!;
      expect(top.getAttribute('lang')).to.equal(lang);
      expect(top.hasAttribute('aria-busy'), 'no longer busy').to.equal(false);
      expect(alert()!.querySelector('[lang]'), 'nothing fell back to another language').to.equal(null);
      expect(logged.some((l) => l.includes('[procura-consent] could not load the configuration check'))).to.equal(true);
    });
  }
});
