// <procura-broker-desk view="staff"> against the reference server: `claire` (admin) sees the staff
// accounts and disables `lucas` (reviewer), whose open session answers 401 at once. Nothing is stubbed.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { env, resetKit, signIn, until } from '../support/env.js';
import { api, as, clean, deepActive, q, said } from './support.js';
import { account, deskView, staffOnServer, viewTabs } from './rights-support.js';

/** The value beside a label in an account's card. */
const dd = (card: HTMLElement, label: string) =>
  clean(
    [...card.querySelectorAll('dt')].find((dt) => clean(dt.textContent) === label)?.nextElementSibling?.textContent,
  );

/** lucas enabled again whatever a test did: the reset of the demo leaves the accounts as they are. */
async function enableLucas(): Promise<void> {
  if ((await staffOnServer()).find((a) => a.id === 'lucas')?.disabledAt)
    await api('/desk/staff/lucas/enable', { method: 'POST', json: {} });
}

describe('procura-broker-desk: the staff panel', () => {
  beforeEach(resetKit);
  afterEach(enableLucas);

  it('shows each account’s role, last activity (relative and the date) and open sessions; never offers to disable oneself', async () => {
    await as('lucas');
    expect((await api('/desk/requests?status=pending')).status, 'lucas at work').to.equal(200);
    const el = await deskView('claire', 'staff');
    expect(viewTabs(el)).to.deep.equal(['Mandats et accès', 'Droits des personnes', 'Comptes du personnel']);
    const server = (await staffOnServer()).find((a) => a.id === 'lucas')!;
    expect(server.lastSeenAt, 'his request is his last activity').to.be.a('string');
    const lucas = account(el, 'Lucas Dubois')!;
    expect(dd(lucas, 'Rôle')).to.equal('Vérificateur');
    expect(dd(lucas, 'Adresse e-mail')).to.equal('lucas.dubois@broker.example.com');
    expect(dd(lucas, 'État')).to.equal('Actif');
    expect(dd(lucas, 'Sessions ouvertes')).to.equal(String(server.openSessions));
    const date = new Date(server.lastSeenAt!).toLocaleString('fr-BE', { dateStyle: 'long', timeStyle: 'short' });
    expect(dd(lucas, 'Dernière activité')).to.match(/^(il y a \d+ minutes?|cette minute-ci) \(le .+\)$/);
    expect(dd(lucas, 'Dernière activité')).to.contain(`(le ${date})`);
    const claire = account(el, 'Claire Martin')!;
    expect(claire.querySelector('[part~=staff-action]'), 'no button to disable oneself').to.equal(null);
    expect(clean(claire.textContent)).to.contain('C’est votre compte : un autre administrateur peut le désactiver.');
    await expect(el).to.be.accessible();
  });

  it('disables lucas behind a dialog with a reason: his open session answers 401 at once; enabled again, he signs in', async () => {
    const token = await signIn('lucas');
    const el = await deskView('claire', 'staff');
    const button = account(el, 'Lucas Dubois')!.querySelector<HTMLButtonElement>(
      '[part~=staff-action][part~=disable]',
    )!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = q<HTMLDialogElement>(el, 'dialog')!;
    await until(() => dialog.open, 'the dialog to open');
    expect(clean(dialog.querySelector('h2')?.textContent)).to.equal('Désactiver le compte de Lucas Dubois ?');
    await expect(el).to.be.accessible();
    dialog.querySelector('textarea')!.value = 'A quitté le cabinet le 30 novembre.';
    dialog.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await until(() => said(el, 'status').includes('désactivé'), 'the disabling to be confirmed');
    expect(said(el, 'status')).to.equal('Le compte de Lucas Dubois est désactivé ; ses sessions sont fermées.');
    expect(clean(account(el, 'Lucas Dubois')?.textContent)).to.match(/Désactivé le \d+ \S+ \d{4}/);
    const res = await fetch(`${env.backend}/desk/requests?status=pending`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status, 'the open session of a disabled person is nobody').to.equal(401);
    expect((await staffOnServer()).find((a) => a.id === 'lucas')).to.include({ openSessions: 0 });
    const enable = account(el, 'Lucas Dubois')!.querySelector<HTMLButtonElement>('[part~=staff-action][part~=enable]')!;
    expect(deepActive(), 'the focus stays on the account’s button').to.equal(enable);
    enable.click();
    await until(() => dialog.open, 'the dialog to open');
    dialog.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await until(() => said(el, 'status').includes('réactivé'), 'the enabling to be confirmed');
    await as('lucas');
    expect((await api('/desk/requests?status=pending')).status, 'lucas signs in again').to.equal(200);
  });

  it('a reviewer has no staff tab, and the staff view tells them it is for admins', async () => {
    const el = await deskView('lucas', 'staff');
    expect(clean(q(el, '[role=tabpanel] .notice')?.textContent)).to.equal(
      'Seuls les administrateurs du cabinet voient les comptes du personnel.',
    );
    expect(q(el, '[part~=staff-account]')).to.equal(null);
    await el.updateComplete;
    expect(viewTabs(el)).to.deep.equal(['Mandats et accès', 'Droits des personnes', 'Comptes du personnel']);
    q<HTMLButtonElement>(el, '#desk-tab-rights')!.click();
    await el.updateComplete;
    expect(viewTabs(el), 'once elsewhere, the staff tab is gone').to.deep.equal([
      'Mandats et accès',
      'Droits des personnes',
    ]);
    await expect(el).to.be.accessible();
  });
});
