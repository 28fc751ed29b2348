// The tree, consent and cookie opposition on a phone (and at 400 % zoom): each state fits
// the width with no sideways scrolling, and every target is 24 px or more.
import { expect, fixture, html } from '@open-wc/testing';
import { control, env, resetKit, until } from '../support/env.js';
import '../../src/define/delegation-tree.js';
import '../../src/define/cookie-opposition.js';
import type { ProcuraDelegationTree } from '../../src/delegation-tree/delegation-tree.js';
import type { ProcuraCookieOpposition } from '../../src/cookie-opposition/cookie-opposition.js';
import { mount as mountConsent, notice, click, settled, boxes } from '../consent/helpers.js';
import { cleanSlate, switchOf } from '../cookie-opposition/support.js';
import { problems, viewport, wideViewport, WIDTHS } from './support.js';
import { at } from '../support/at.js';

const sr = (el: Element) => el.shadowRoot!;

describe('the elements at phone widths', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });
  afterEach(() => control('up'));
  after(() => wideViewport());

  for (const width of WIDTHS) {
    describe(`${width} px`, () => {
      beforeEach(() => viewport(width));

      it('the delegation tree: each question, the choice asked for, the outcome and the answers', async () => {
        const el = await fixture<ProcuraDelegationTree>(
          html`<procura-delegation-tree tree="broker-client-space" no-draft></procura-delegation-tree>`,
        );
        await until(() => !!sr(el).querySelector('legend'), 'the first question');
        expect(problems(el), 'first question').to.deep.equal([]);
        sr(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
        await el.updateComplete;
        expect(sr(el).querySelector('#choose'), 'asked to choose').to.not.equal(null);
        expect(problems(el), 'asked to choose').to.deep.equal([]);
        for (let i = 0; sr(el).querySelector('legend') && i < 10; i++) {
          const options = sr(el).querySelectorAll<HTMLInputElement>('input[type=radio]');
          at(options, -1, 'option').click();
          sr(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
          await el.updateComplete;
          expect(problems(el), `after answer ${i + 1}`).to.deep.equal([]);
        }
        expect(sr(el).querySelector('[part~=outcome]'), 'an outcome').to.not.equal(null);
        expect(sr(el).querySelectorAll('[part~=summary] dd').length).to.be.above(0);
        expect(problems(el), 'outcome').to.deep.equal([]);
      });

      it('consent: the notice and its boxes, ticked, sent, and queued when the server is away', async () => {
        const long = {
          ...notice,
          controller: {
            ...notice.controller,
            contact: 'protection-des-donnees-personnelles@courtier-assurances-exemple.example',
          },
        };
        const el = await mountConsent(long, { preset: 'insurance-prospection', endpoint: env.control });
        expect(boxes(el).length).to.be.above(1);
        expect(problems(el), 'unticked').to.deep.equal([]);
        await click(el, 'electronic-prospection');
        expect(problems(el), 'ticked').to.deep.equal([]);
        sr(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
        expect(await settled(el)).to.equal('sent');
        expect(problems(el), 'sent').to.deep.equal([]);
        await control('down');
        await click(el, 'postal-phone-prospection');
        sr(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
        expect(await settled(el)).to.equal('queued');
        expect(problems(el), 'queued').to.deep.equal([]);
      });

      it('cookie opposition: full and compact, before and after opposing', async () => {
        await cleanSlate();
        const wrap = await fixture(html`<div>
          <procura-cookie-opposition policy-url="/vie-privee-et-cookies.html"></procura-cookie-opposition>
          <footer><procura-cookie-opposition compact policy-url="/vie-privee-et-cookies.html"></procura-cookie-opposition></footer>
        </div>`);
        const both = wrap.querySelectorAll<ProcuraCookieOpposition>('procura-cookie-opposition');
        const [full, compact] = [at(both, 0, 'full opposition'), at(both, 1, 'compact opposition')];
        await full.updateComplete;
        await compact.updateComplete;
        expect(problems(full), 'full').to.deep.equal([]);
        expect(problems(compact), 'compact').to.deep.equal([]);
        switchOf(full).click();
        await until(() => switchOf(full).getAttribute('aria-checked') === 'true', 'the switch to turn on');
        await full.updateComplete;
        await compact.updateComplete;
        expect(problems(full), 'full, opposed').to.deep.equal([]);
        expect(problems(compact), 'compact, opposed').to.deep.equal([]);
        await cleanSlate();
      });
    });
  }
});
