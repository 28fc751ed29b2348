import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../support/env.js';
import { env, resetKit } from '../support/env.js';
import { at } from '../support/at.js';
import { as, mandate, resetServer } from '../access-grants/support.js';
import { clearCookies } from '../cookie-opposition/support.js';
import { resetAudienceGate } from '../../src/audience-gate/gate.js';
import {
  answer,
  consentShown,
  cookieShown,
  element,
  frenchTree,
  grantsShown,
  mount,
  notice,
  root,
  treeShown,
  type Procura,
} from './support.js';

/** The contrast of two computed `rgb()` colours (WCAG relative luminance). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const rgb = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return (
      0.2126 * at(rgb, 0, 'red of ' + c) + 0.7152 * at(rgb, 1, 'green of ' + c) + 0.0722 * at(rgb, 2, 'blue of ' + c)
    );
  };
  const [la, lb] = [lum(a), lum(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

describe('on a dark page (prefers-color-scheme: dark), axe finds nothing (WCAG 1.4.3)', () => {
  const before = { style: '', lang: '' };
  beforeEach(async () => {
    await resetKit();
    await emulateMedia({ colorScheme: 'dark' });
    before.style = document.body.getAttribute('style') ?? '';
    before.lang = document.documentElement.lang;
    document.documentElement.lang = 'fr';
    document.body.setAttribute('style', 'background:#111;color:#eee;color-scheme:dark');
  });
  afterEach(async () => {
    clearCookies();
    localStorage.clear();
    resetAudienceGate();
    document.body.setAttribute('style', before.style);
    document.documentElement.lang = before.lang;
    await emulateMedia({ colorScheme: 'light' });
  });

  /** The element paints its own dark surface, and its text reads on it. */
  function darkSurface(el: Element): void {
    const s = getComputedStyle(el);
    expect(s.backgroundColor, `${el.localName} background`).to.not.match(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(contrast(s.backgroundColor, 'rgb(17, 17, 17)'), `${el.localName} surface vs page`).to.be.below(1.5);
    expect(contrast(s.color, s.backgroundColor), `${el.localName} text`).to.be.above(7);
  }

  it('<procura-delegation-tree>: a question, then an outcome and a refusal', async () => {
    const el = await mount(element<Procura>('procura-delegation-tree', { tree: 'broker-client-space' }), treeShown);
    darkSurface(el);
    await expect(el).to.be.accessible();
    const fr = await mount(element<Procura>('procura-delegation-tree', {}, frenchTree()), treeShown);
    await answer(fr, 'Pour un autre');
    expect(root(fr).querySelector('[part~=outcome]')).to.not.equal(null);
    await expect(fr).to.be.accessible();
  });

  it('<procura-consent>: the notice and boxes, then saved locally and an error', async () => {
    const el = await mount(
      element<Procura>('procura-consent', { preset: 'insurance-prospection' }, notice),
      consentShown,
    );
    darkSurface(el);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const bad = await mount(
      element<Procura>('procura-consent', { preset: 'insurance-prospection', 'indicated-by': 'nobody' }, notice),
      (e) => !!root(e).querySelector('[part~=error]'),
    );
    await expect(bad).to.be.accessible();
  });

  it('<procura-cookie-opposition>: full and compact, before and after opposing', async () => {
    const el = await mount(element<Procura>('procura-cookie-opposition'), cookieShown);
    darkSurface(el);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[role=switch]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const compact = await mount(
      element<Procura>('procura-cookie-opposition', { compact: '', 'policy-url': '/vie-privee' }),
      cookieShown,
    );
    await expect(compact).to.be.accessible();
  });

  it('<procura-access-grants>: a list with a pending and an active grant, and the empty list', async () => {
    await resetServer();
    await mandate('anne', 'bram');
    await as('anne');
    const el = await mount(element<Procura>('procura-access-grants', { endpoint: env.backend! }), grantsShown);
    darkSurface(el);
    await expect(el).to.be.accessible();
    await as('bram');
    const held = await mount(
      element<Procura>('procura-access-grants', { endpoint: env.backend!, direction: 'given' }),
      grantsShown,
    );
    await expect(held).to.be.accessible();
  });

  it('a site that sets --procura-color-surface and --procura-color-text keeps them in dark mode', async () => {
    const el = await mount(element<Procura>('procura-cookie-opposition'), cookieShown);
    el.style.setProperty('--procura-color-surface', '#002244');
    el.style.setProperty('--procura-color-text', '#ffffee');
    const s = getComputedStyle(el);
    expect(s.backgroundColor).to.equal('rgb(0, 34, 68)');
    expect(s.color).to.equal('rgb(255, 255, 238)');
  });
});
