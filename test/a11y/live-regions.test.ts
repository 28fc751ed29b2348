import { expect } from '@open-wc/testing';
import '../support/env.js';
import { env, resetKit, until } from '../support/env.js';
import { as, mandate, resetServer } from '../access-grants/support.js';
import {
  answer,
  clean,
  consentShown,
  element,
  frenchTree,
  grantsShown,
  mount,
  notice,
  root,
  treeShown,
  type Procura,
} from './support.js';

/** In the accessibility tree: rendered (not display:none, not hidden), whatever its text. */
function inTree(region: Element | null | undefined): boolean {
  if (!region) return false;
  for (let n: Element | null = region; n; n = n.parentElement) {
    if (getComputedStyle(n).display === 'none' || n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true')
      return false;
  }
  return true;
}

describe('live regions exist, empty, before they speak (WCAG 4.1.3)', () => {
  beforeEach(() => resetKit());

  it('<procura-consent>: the status region is in the tree before saving, then says "saved locally" in the same node', async () => {
    const el = await mount(
      element<Procura>('procura-consent', { preset: 'insurance-prospection', lang: 'fr' }, notice),
      consentShown,
    );
    const region = root(el).querySelector('p[role=status]');
    expect(clean(region?.textContent)).to.equal('');
    expect(inTree(region), 'the empty status region is rendered').to.equal(true);
    const alert = root(el).querySelector('[role=alert]');
    expect(inTree(alert), 'the empty alert region is rendered').to.equal(true);
    root(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await until(() => clean(region!.textContent) !== '', 'the status to speak');
    expect(root(el).querySelector('p[role=status]') === region, 'the same node').to.equal(true);
    expect(clean(region!.textContent)).to.equal('Aucun serveur n’est configuré : rien ne sera envoyé.');
    expect(root(el).querySelector('[role=alert]') === alert, 'the same alert node').to.equal(true);
  });

  it('<procura-delegation-tree>: the announcement region is there on the first question and speaks the outcome, then where it went', async () => {
    const el = await mount(element<Procura>('procura-delegation-tree', { lang: 'fr' }, frenchTree()), treeShown);
    const region = root(el).querySelector('[role=status][aria-live=polite]');
    expect(inTree(region)).to.equal(true);
    expect(clean(region?.textContent)).to.equal('');
    await answer(el, 'Pour moi');
    expect(root(el).querySelector('[role=status][aria-live=polite]') === region, 'the same node').to.equal(true);
    expect(clean(region!.textContent)).to.match(
      /^Résultat du questionnaire : .*Accès direct\. Aucun serveur n’est configuré/,
    );
  });

  it('<procura-access-grants>: the status and alert regions are there before a notice, and keep their node when the list loads', async () => {
    await resetServer();
    await mandate('anne', 'bram');
    await as('anne');
    const wrap = document.createElement('div');
    document.body.append(wrap);
    const el = document.createElement('procura-access-grants') as Procura;
    el.setAttribute('endpoint', env.backend!);
    wrap.append(el);
    await el.updateComplete;
    const status = root(el).querySelector('.live[role=status]');
    const alert = root(el).querySelector('.live[role=alert]');
    expect(inTree(status) && inTree(alert), 'both regions while loading').to.equal(true);
    await until(() => grantsShown(el), 'the list');
    await el.updateComplete;
    expect(root(el).querySelector('.live[role=status]') === status, 'the same status node').to.equal(true);
    expect(root(el).querySelector('.live[role=alert]') === alert, 'the same alert node').to.equal(true);
    expect(clean(status!.textContent)).to.equal('');
    wrap.remove();
  });
});
