import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { env, resetKit, signIn, until } from '../support/env.js';
import type { ProcuraConsent } from '../../src/consent/consent.js';
import { notice, box, click, root, settled, status } from './helpers.js';

// Anne's client reference at the reference server (server/users.ts).
const ANNE = 'C-100231';
const config = { ...notice, purposes: ['electronic-prospection', 'photo', 'postal-phone-prospection'] };

async function mountFor(subject: string, lang = 'fr'): Promise<ProcuraConsent> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div><procura-consent id="anne-consent" lang=${lang} subject=${subject} .config=${config} endpoint=${env.backend!}></procura-consent></div>`,
  );
  const el = wrap.querySelector('procura-consent')!;
  await el.updateComplete;
  await until(() => (el as unknown as { loadState: string }).loadState !== 'loading', 'the current state to load');
  await el.updateComplete;
  return el;
}

describe('procura-consent against the reference server', () => {
  beforeEach(async () => {
    await resetKit();
    if (!env.backend) throw new Error('the reference server is not running (server/main.ts)');
    await signIn('anne');
  });

  it('records Anne’s choices and loads them back, withdrawal included', async () => {
    let el = await mountFor(ANNE);
    expect(root(el).querySelector('.notice.warn'), 'the state loaded').to.equal(null);
    // Whatever earlier runs left, start from a known point: tick both consents, object to post.
    for (const id of ['electronic-prospection', 'photo', 'postal-phone-prospection'])
      if (!box(el, id).checked) await click(el, id);
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect(await settled(el)).to.equal('sent');

    el = await mountFor(ANNE);
    expect(box(el, 'electronic-prospection').checked).to.equal(true);
    expect(box(el, 'photo').checked).to.equal(true);
    expect(box(el, 'postal-phone-prospection').checked).to.equal(true);
    expect(root(el).querySelector('[data-purpose=photo] .state')!.textContent).to.match(/^Accord donné le /);
    expect(root(el).querySelector('[data-purpose=postal-phone-prospection] .state')!.textContent).to.match(
      /^Opposition enregistrée le /,
    );
    await expect(el).to.be.accessible();

    // Withdraw the photo, lift the objection: one click each, then save.
    await click(el, 'photo');
    await click(el, 'postal-phone-prospection');
    let posted: string[][] = [];
    el.addEventListener(
      'procura-submit',
      (e) =>
        (posted = (e.detail.payload as { decisions: { purpose: string; state: string }[] }).decisions.map((d) => [
          d.purpose,
          d.state,
        ])),
    );
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect(await settled(el)).to.equal('sent');
    expect(posted).to.deep.equal([
      ['photo', 'withdrawn'],
      ['postal-phone-prospection', 'given'],
    ]);
    expect(status(el)).to.equal('Vos choix sont enregistrés. Merci.');

    el = await mountFor(ANNE, 'en');
    expect(box(el, 'electronic-prospection').checked).to.equal(true);
    expect(box(el, 'photo').checked).to.equal(false);
    expect(box(el, 'postal-phone-prospection').checked).to.equal(false);
    expect(root(el).querySelector('[data-purpose=photo] .state')!.textContent).to.match(/^Consent withdrawn on /);
    expect(root(el).querySelector('[data-purpose=postal-phone-prospection] .state')!.textContent).to.match(
      /^No objection since /,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the server’s refusal when a client records for someone else', async () => {
    const el = await mountFor('C-100478');
    expect(root(el).querySelector('.notice.warn'), 'reading another client is refused').to.not.equal(null);
    await click(el, 'photo');
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect(await settled(el)).to.equal('failed');
    expect(root(el).querySelector('[part~=error][role=alert]')!.textContent).to.contain('L’envoi n’a pas abouti');
    await expect(el).to.be.accessible();
  });
});
