// The grants viewer on a phone (and at 400 % zoom), with grants from the reference server:
// the cards, their long names, e-mails and hashes, the revoke dialog and the notice after
// it fit the width; the copy button and every other target are 24 px or more.
import { expect, fixture, html } from '@open-wc/testing';
import { control, env, resetKit, until } from '../support/env.js';
import '../../src/define/access-grants.js';
import type { ProcuraAccessGrants } from '../../src/access-grants/access-grants.js';
import { as, broker, entry, inFuture, mandate, resetServer, shadow } from '../access-grants/support.js';
import { problems, viewport, wideViewport, WIDTHS } from './support.js';

const dialog = (el: ProcuraAccessGrants) => shadow(el).querySelector('dialog')!;

describe('<procura-access-grants> at phone widths', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });
  after(() => wideViewport());

  for (const width of WIDTHS) {
    it(`fits ${width} px: the list, the revoke dialog and the notice after it`, async () => {
      await viewport(width);
      await mandate('jan', 'anne', {
        relation: 'belle-sœur et administratrice provisoire',
        scope: { contracts: 'all', includeFuture: true },
      });
      const active = await mandate('anne', 'jan', {
        scope: { contracts: 'listed', contractIds: ['C-1001-HABITATION-2024', 'C-2002-AUTOMOBILE-2025'] },
      });
      await broker(active, 'activate', {}, 'anne');
      await mandate('anne', 'bram', { validUntil: inFuture(365) });
      await as('anne');
      const el = await fixture<ProcuraAccessGrants>(
        html`<procura-access-grants endpoint=${env.backend!}></procura-access-grants>`,
      );
      await until(() => !!shadow(el).querySelector('.toolbar'), 'the list', 15_000);
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part~=grant]').length).to.equal(3);
      expect(shadow(el).querySelector('.copy'), 'a copy button').to.not.equal(null);
      expect(problems(el), 'the list').to.deep.equal([]);
      entry(el, 'Bram Janssens')!.querySelector<HTMLButtonElement>('[part~=revoke]')!.click();
      await until(() => dialog(el).open, 'the dialog');
      expect(problems(el), 'the revoke dialog').to.deep.equal([]);
      shadow(el).querySelector<HTMLButtonElement>('dialog button[value=revoke]')!.click();
      await until(() => !dialog(el).open && !!shadow(el).querySelector('.notice, [part~=status]'), 'the revocation');
      await el.updateComplete;
      expect(problems(el), 'after revoking').to.deep.equal([]);
    });
  }
});
