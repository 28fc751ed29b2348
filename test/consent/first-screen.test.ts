// The first screen's texts, templates and styles load with the configuration's rules, before the
// first render (src/consent/first-screen.ts): an element in another language, added once they are
// there for a French one, still waits for its own texts rather than showing French.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { resetKit } from '../support/env.js';
import type { ProcuraConsent } from '../../src/consent/consent.js';
import { LocalizeController } from '../../src/core/localize.js';
import { coreCatalog } from '../../src/i18n/core.js';
import { mount, notice, root, visibleText } from './helpers.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

describe('procura-consent: its first screen loaded lazily', () => {
  beforeEach(resetKit);

  it('a German element added after a French one shows no French while its texts load, then German', async () => {
    const first = await mount({ ...notice, preset: 'insurance-prospection' });
    expect(visibleText(first)).to.contain('Vos choix sur l’utilisation de vos données');
    // The kit's own German texts are already there (another element of the page speaks German):
    // only the consent's own are still to load.
    const host = { addController() {}, removeController() {}, requestUpdate() {} };
    await new LocalizeController(host as never, [coreCatalog]).setLocale('de');

    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('procura-consent') as ProcuraConsent;
    el.setAttribute('lang', 'de');
    el.config = { ...notice, preset: 'insurance-prospection' };
    wrap.append(el);
    // Every render, as it lands (a frame may come after the texts).
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(visibleText(el)));
    watch.observe(root(el), { childList: true, subtree: true, characterData: true });
    for (let i = 0; i < 200 && !root(el).querySelector('input[type=checkbox]'); i++) await frame();
    watch.disconnect();
    await el.updateComplete;
    expect(seen.filter((t) => /Vos choix|Enregistrer mes choix|Qui utilise vos données/.test(t))).to.deep.equal([]);
    expect(visibleText(el)).to.contain('Ihre Wahl zur Nutzung Ihrer Daten');
    expect(visibleText(el)).not.to.contain('Vos choix');
  });

  it('draws with its own styles: boxes of 24 px at least, the notice set apart', async () => {
    const el = await mount({ ...notice, preset: 'insurance-prospection' });
    const box = root(el).querySelector('input[type=checkbox]')!;
    expect(box.getBoundingClientRect().width).to.be.at.least(24);
    const noticeBlock = root(el).querySelector('[part~=notice]')!;
    expect(getComputedStyle(noticeBlock).paddingTop).to.equal('12px');
  });
});
