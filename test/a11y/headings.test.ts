import { expect } from '@open-wc/testing';
import '../support/env.js';
import { env, resetKit } from '../support/env.js';
import { as, mandate, resetServer } from '../access-grants/support.js';
import {
  answer,
  cookieShown,
  element,
  frenchTree,
  grantsShown,
  mount,
  root,
  treeShown,
  type Procura,
} from './support.js';

/** The outline a screen reader lists: `h2 title` per heading, in order. */
const outline = (el: Element) =>
  [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => !h.closest('dialog')).map((h) => h.localName);

describe('heading-level fits the element into the page outline (RGAA 9.1)', () => {
  beforeEach(() => resetKit());

  it('<procura-delegation-tree>: h2 then h3 by default; heading-level="3" gives h3 then h4; a bad value keeps the default', async () => {
    const plain = await mount(element<Procura>('procura-delegation-tree', { lang: 'fr' }, frenchTree()), treeShown);
    await answer(plain, 'Pour moi');
    expect(outline(plain)).to.deep.equal(['h2', 'h3', 'h3']);
    const nested = await mount(
      element<Procura>('procura-delegation-tree', { lang: 'fr', 'heading-level': '3' }, frenchTree()),
      treeShown,
    );
    await answer(nested, 'Pour moi');
    expect(outline(nested)).to.deep.equal(['h3', 'h4', 'h4']);
    expect(root(nested).querySelector('h4#outcome-heading')).to.not.equal(null);
    const bad = await mount(
      element<Procura>('procura-delegation-tree', { lang: 'fr', 'heading-level': '9' }, frenchTree()),
      treeShown,
    );
    expect(outline(bad)).to.deep.equal(['h2']);
    await expect(nested).to.be.accessible();
  });

  it('<procura-cookie-opposition>: its title follows heading-level, and a change of the attribute', async () => {
    const el = await mount(element<Procura>('procura-cookie-opposition'), cookieShown);
    expect(outline(el)).to.deep.equal(['h2']);
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(outline(el)).to.deep.equal(['h4']);
  });

  it('<procura-access-grants>: direction, current and grant headings go down together; 6 is the floor', async () => {
    await resetServer();
    await mandate('anne', 'bram');
    await as('anne');
    const el = await mount(
      element<Procura>('procura-access-grants', { endpoint: env.backend!, direction: 'given', 'heading-level': '3' }),
      grantsShown,
    );
    expect(outline(el)).to.deep.equal(['h3', 'h4', 'h5']);
    el.setAttribute('heading-level', '5');
    await el.updateComplete;
    expect(outline(el)).to.deep.equal(['h5', 'h6', 'h6']);
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(outline(el)).to.deep.equal(['h2', 'h3', 'h4']);
    await expect(el).to.be.accessible();
  });
});
