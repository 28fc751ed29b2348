// Names, not ids: the grants viewer and its revoke dialog show the services' and
// contracts' display names from configure(), and an access request's grant reads as the
// person's own access. English dates are day-month-year.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/env.js';
import { control, env, resetKit, until } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import '../../src/define/access-grants.js';
import type { ProcuraAccessGrants } from '../../src/access-grants/access-grants.js';
import type { Grant } from '../../src/model/grant.js';
import { as, entry, grantsIn, mandate, resetServer, shadow, text } from './support.js';
import { at } from '../support/at.js';

const ready = (el: ProcuraAccessGrants) =>
  until(() => !!shadow(el).querySelector('.toolbar, .empty, [part~=error], .notice'), 'the list to load', 15_000);
const load = async (tpl: ReturnType<typeof html>) => {
  const el = await fixture<ProcuraAccessGrants>(tpl);
  await ready(el);
  await el.updateComplete;
  return el;
};
const dialog = (el: ProcuraAccessGrants) => shadow(el).querySelector('dialog')!;
const names = () =>
  configure({
    services: {
      'espace-client': { fr: 'Espace client en ligne', nl: 'Online klantenzone', en: 'Online client space' },
    },
    contracts: { 'C-1001': { fr: 'Auto, Golf 8', nl: 'Auto, Golf 8 (nl)', en: 'Car, Golf 8' } },
  });

/** Opens the revoke dialog of an entry, returns its text, and closes it with Escape. */
async function dialogText(el: ProcuraAccessGrants, li: HTMLElement): Promise<string> {
  li.querySelector<HTMLButtonElement>('[part~=revoke]')!.click();
  await until(() => dialog(el).open, 'the dialog');
  await expect(el).to.be.accessible();
  const said = dialog(el).textContent!.replace(/\s+/g, ' ');
  await sendKeys({ press: 'Escape' });
  await until(() => !dialog(el).open, 'the dialog to close');
  return said;
}

const own = (o: Partial<Grant> = {}): Grant => ({
  id: 'g-own',
  mandateId: 'r-1',
  kind: 'access-request',
  direction: 'given',
  mandatary: { givenName: 'Anne', familyName: 'Dupont', email: 'anne.dupont@example.com' },
  service: 'espace-client',
  scope: { contracts: 'all', includeFuture: true },
  status: 'active',
  createdAt: '2026-11-30T09:00:00.000Z',
  activatedAt: '2026-12-02T09:00:00.000Z',
  ...o,
});

describe('procura-access-grants: names, not ids', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });

  it('shows the configured service and contract names in the list, the filter and the revoke dialog (fr, reference server)', async () => {
    await mandate('anne', 'bram', {
      service: 'espace-client',
      scope: { contracts: 'one', contractIds: ['C-1001'], includeFuture: false },
    });
    await as('anne');
    names();
    const el = await load(html`<procura-access-grants endpoint=${env.backend!}></procura-access-grants>`);
    const bram = entry(el, 'Bram Janssens')!;
    const t = bram.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('conjoint · Espace client en ligne');
    expect(t).to.contain('Le contrat Auto, Golf 8, sans les contrats futurs');
    expect(text(el)).not.to.contain('espace-client');
    expect(text(el)).not.to.contain('C-1001');
    const options = [...at(shadow(el).querySelectorAll('.toolbar select'), 1, 'select').querySelectorAll('option')].map(
      (o) => [o.value, o.textContent],
    );
    expect(options).to.deep.include(['espace-client', 'Espace client en ligne']);
    const said = await dialogText(el, bram);
    expect(said).to.contain(
      'Dès maintenant, Bram Janssens ne pourra plus rien faire pour vous dans « Espace client en ligne ».',
    );
    expect(said).not.to.contain('espace-client');
    await expect(el).to.be.accessible();
  });

  it('without a configured name, shows the id as before (nothing else to show)', async () => {
    const el = await load(
      html`<procura-access-grants no-draft .grants=${[own({ kind: 'mandate', service: 'dossiers', mandatary: { givenName: 'Bram', familyName: 'Janssens', email: 'b@example.com', relation: 'comptable' } })]}></procura-access-grants>`,
    );
    expect(text(el)).to.contain('comptable · dossiers');
  });

  for (const [lang, title, service, revokeLabel, confirm, does, notOwn] of [
    [
      'fr',
      'Votre propre accès',
      'Espace client en ligne',
      'Révoquer l’accès : votre propre accès à Espace client en ligne',
      'Révoquer votre propre accès à « Espace client en ligne » ?',
      'vous ne pourrez plus utiliser « Espace client en ligne »',
      'peut agir',
    ],
    [
      'nl',
      'Uw eigen toegang',
      'Online klantenzone',
      'Toegang intrekken: uw eigen toegang tot Online klantenzone',
      'Uw eigen toegang tot „Online klantenzone” intrekken?',
      'kunt u „Online klantenzone” niet meer gebruiken',
      'Dupont',
    ],
    [
      'en',
      'Your own access',
      'Online client space',
      'Revoke access: your own access to Online client space',
      'Revoke your own access to “Online client space”?',
      'you can no longer use “Online client space”',
      'Dupont',
    ],
  ] as const) {
    it(`shows an access request's grant as one's own access, named, revocable behind its own confirmation (${lang})`, async () => {
      names();
      const el = await load(
        html`<procura-access-grants lang=${lang} no-draft .grants=${[own()]}></procura-access-grants>`,
      );
      const li = at(grantsIn(el), 0, 'grant');
      expect(li.querySelector('h4')!.textContent).to.equal(title);
      const t = li.textContent!.replace(/\s+/g, ' ');
      expect(li.querySelector('.meta')!.textContent!.trim()).to.equal(service);
      expect(t).not.to.contain('Dupont'); // not "Anne Dupont can act for you"
      expect(t).not.to.contain(notOwn);
      expect(t).not.to.contain('espace-client');
      expect(li.querySelector('[part~=revoke]')!.getAttribute('aria-label')).to.equal(revokeLabel);
      const said = await dialogText(el, li);
      expect(said).to.contain(confirm);
      expect(said).to.contain(does);
      await expect(el).to.be.accessible();
    });
  }

  it('for one’s own access held (not revocable here), says whom to ask', async () => {
    const el = await load(
      html`<procura-access-grants no-draft .grants=${[own({ direction: 'held' })]}></procura-access-grants>`,
    );
    const li = at(grantsIn(el), 0, 'grant');
    expect(li.querySelector('h4')!.textContent).to.equal('Votre propre accès');
    expect(li.querySelector('[part~=revoke]')).to.equal(null);
    expect(li.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Pour mettre fin à cet accès, adressez-vous à votre courtier.',
    );
  });

  it('writes English dates day first (en)', async () => {
    const el = await load(
      html`<procura-access-grants lang="en" no-draft .grants=${[own({ validUntil: '2027-03-31' })]}></procura-access-grants>`,
    );
    const t = at(grantsIn(el), 0, 'grant').textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('30 November 2026');
    expect(t).to.contain('31 March 2027');
    expect(t).not.to.contain('November 30');
  });
});
