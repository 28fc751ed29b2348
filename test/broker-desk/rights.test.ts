// <procura-broker-desk view="rights"> against the reference server: the demo's clients ask over HTTP
// (POST /requests); `claire` (admin) and `lucas` (reviewer) answer from the desk. Nothing is stubbed.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetKit, until } from '../support/env.js';
import { problems, viewport, wideViewport } from '../reflow/support.js';
import { clock } from '../../src/broker-desk/rights-texts.js';
import { renderRightsRow, type RightsListView } from '../../src/broker-desk/rights-view.js';
import type { DeskRightsItem } from '../../src/model/rights.js';
import type { ProcuraBrokerDesk } from '../../src/broker-desk/broker-desk.js';
import { clean, deepActive, q, said } from './support.js';
import { ask, deskView, onServer, openRights, rightsRow, viewTabs } from './rights-support.js';

const calendarDays = (to: string) => {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(new Date(to)) - day(new Date())) / 86_400_000);
};

async function send(el: ProcuraBrokerDesk): Promise<void> {
  q<HTMLButtonElement>(el, '[part~=rights-send]')!.click();
  await el.updateComplete;
}

describe('procura-broker-desk: the rights queue', () => {
  beforeEach(resetKit);
  after(wideViewport);

  it('lists the open requests oldest due first with the clock in words; the reviewer has no staff tab', async () => {
    const first = await ask('jan', { kind: 'access' });
    const second = await ask('anne', { kind: 'objection', note: 'Plus de prospection, merci.' });
    const el = await deskView('lucas', 'rights');
    expect(viewTabs(el)).to.deep.equal(['Mandats et accès', 'Droits des personnes']);
    const row = rightsRow(el, first.reference)!;
    const days = calendarDays(first.dueAt);
    expect(days).to.be.within(27, 31);
    expect(clean(row.querySelector('[part~=rights-clock]')?.textContent)).to.equal(`À répondre dans ${days} jours`);
    expect(clean(row.textContent)).to.contain('Jan Peeters').and.contain('Accès (copie des données)');
    const refs = [...el.shadowRoot!.querySelectorAll('[part~=rights-row] code')].map((c) => c.textContent);
    expect(refs.indexOf(first.reference), 'oldest due first').to.be.lessThan(refs.indexOf(second.reference));
    expect(clean(q(el, '[part~=rights-filter]')?.textContent)).to.match(/^À traiter \(\d+\)$/);
    await expect(el).to.be.accessible();
  });

  it('a rectification: the person’s data beside it, the value asked prefilled and editable, applied on the server', async () => {
    const r = await ask('jan', { kind: 'rectification', field: 'phone', value: '+32 470 00 00 00' });
    const el = await deskView('claire', 'rights');
    const section = await openRights(el, r.reference);
    expect(deepActive(), 'the focus moves to the opened request').to.equal(section);
    expect(clean(q(el, '[part~=rights-data]')?.textContent)).to.contain('jan.peeters@example.com');
    expect(clean(section.querySelector('[part~=rights-asked]')?.textContent)).to.contain('+32 470 00 00 00');
    const field = section.querySelector<HTMLSelectElement>('[part~=rights-change] select')!;
    const value = section.querySelector<HTMLInputElement>('[part~=rights-change] input')!;
    expect(field.value).to.equal('phone');
    expect(value.value).to.equal('+32 470 00 00 00');
    await expect(el).to.be.accessible();
    value.focus();
    value.select();
    await sendKeys({ type: '+32 470 99 99 99' });
    await send(el);
    await until(() => !!q(el, '[part~=rights-answer]'), 'the answer to show');
    const stored = await onServer(r.id);
    expect(stored.request.status).to.equal('done');
    expect(stored.request.answer?.changes).to.deep.equal([{ field: 'phone', after: '+32 470 99 99 99' }]);
    expect(stored.data.person.phone).to.equal('+32 470 99 99 99');
    expect(clean(q(el, '[part~=rights-answer]')?.textContent)).to.contain(
      'Téléphone : « » devient « +32 470 99 99 99 »',
    );
    expect(said(el, 'status')).to.equal(`La réponse à la demande ${r.reference} est envoyée.`);
  });

  it('an erasure asks first in a dialog naming what goes (Escape: nothing sent); refused with a code the person reads', async () => {
    const r = await ask('anne', { kind: 'erasure' });
    const el = await deskView('claire', 'rights');
    await openRights(el, r.reference);
    await send(el);
    const dialog = q<HTMLDialogElement>(el, 'dialog')!;
    await until(() => dialog.open, 'the erasure to ask for a confirmation');
    expect(clean(dialog.querySelector('h2')?.textContent)).to.equal('Effacer les données de Anne Dupont ?');
    expect(clean(dialog.querySelector('[part~=rights-erase-list]')?.textContent)).to.contain(
      'Son identité et ses coordonnées (anne.dupont@example.com)',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'Escape to close the dialog');
    expect((await onServer(r.id)).request.status, 'nothing was erased').to.equal('received');
    q<HTMLInputElement>(el, 'input[name=outcome][value=refused]')!.click();
    await el.updateComplete;
    const form = q<HTMLFormElement>(el, '[part~=rights-answer-form]')!;
    expect(form.checkValidity(), 'a refusal needs a code').to.equal(false);
    form.querySelector<HTMLSelectElement>('select[name=code]')!.value = 'legal-hold-accounting';
    form.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value = 'Factures de 2025 conservées 7 ans.';
    await send(el);
    await until(() => !!q(el, '[part~=rights-answer]'), 'the refusal to show');
    const stored = (await onServer(r.id)).request;
    expect(stored.status).to.equal('refused');
    expect(stored.answer).to.include({ code: 'legal-hold-accounting', note: 'Factures de 2025 conservées 7 ans.' });
    expect(clean(q(el, '[part~=rights-answer]')?.textContent)).to.contain(
      'Une pièce comptable doit être conservée (obligation légale).',
    );
  });

  it('a reviewer extends the deadline once, with a reason; the new date is said', async () => {
    const r = await ask('jan', { kind: 'restriction', note: 'Le temps de vérifier mon adresse.' });
    const el = await deskView('lucas', 'rights');
    await openRights(el, r.reference);
    const reason = q<HTMLTextAreaElement>(el, '[part~=rights-extend-form] textarea')!;
    reason.focus();
    await sendKeys({ type: 'Plusieurs contrats à examiner.' });
    q<HTMLButtonElement>(el, '[part~=rights-extend]')!.click();
    await until(() => said(el, 'status').includes('prolongé'), 'the extension to be confirmed');
    const stored = (await onServer(r.id)).request;
    expect(stored.status).to.equal('extended');
    expect(stored.extension?.reason).to.equal('Plusieurs contrats à examiner.');
    const date = new Date(stored.dueAt).toLocaleDateString('fr-BE', { dateStyle: 'long' });
    expect(said(el, 'status')).to.equal(`Le délai de la demande ${r.reference} est prolongé jusqu’au ${date}.`);
    expect(clean(q(el, '[part~=rights-request]')?.textContent)).to.contain(
      'Le délai a déjà été prolongé une fois : il ne peut plus l’être.',
    );
    expect(q(el, '[part~=rights-extend]'), 'no second extension').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the views are a tab list walked with the arrows; Dutch words for the clock', async () => {
    await ask('jan', { kind: 'access' });
    const el = await deskView('claire', 'requests', 'nl');
    await until(() => viewTabs(el).length === 3, 'the admin’s staff tab');
    expect(viewTabs(el)).to.deep.equal(['Mandaten en toegang', 'Rechten van personen', 'Personeelsaccounts']);
    q<HTMLElement>(el, '#desk-tab-requests')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => !!q(el, '[part~=rights-row]'), 'the rights view to open');
    expect(el.view).to.equal('rights');
    expect(deepActive()?.id).to.equal('desk-tab-rights');
    expect(clean(q(el, '[part~=rights-clock]')?.textContent)).to.match(/^Te beantwoorden binnen \d+ dagen$/);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.view).to.equal('staff');
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px with 24 px targets: the queue, an opened request and the staff panel', async () => {
    const r = await ask('jan', { kind: 'rectification', field: 'phone', value: '+32 470 11 11 11' });
    await viewport(320);
    const el = await deskView('claire', 'rights');
    expect(problems(el)).to.deep.equal([]);
    await openRights(el, r.reference);
    expect(problems(el)).to.deep.equal([]);
    const staff = await deskView('claire', 'staff');
    expect(problems(staff)).to.deep.equal([]);
    await wideViewport();
  });

  it('overdue is said in words and marked by a sign, not by colour only', async () => {
    const now = new Date(2027, 0, 20, 10);
    const item = {
      id: 'x',
      reference: 'ABCD1234',
      kind: 'erasure',
      status: 'received',
      receivedAt: new Date(2026, 11, 15).toISOString(),
      dueAt: new Date(2027, 0, 15, 12).toISOString(),
      receiptUrl: '',
      person: { id: 'anne', displayName: 'Anne Dupont' },
    } as DeskRightsItem;
    const el = await deskView('lucas', 'rights');
    const l = (el as unknown as { localize: RightsListView['l'] }).localize;
    expect(clock(l, item, now)).to.equal('En retard de 5 jours');
    expect(clock(l, { ...item, dueAt: new Date(2027, 0, 20, 23).toISOString() }, now)).to.equal(
      'À répondre aujourd’hui',
    );
    expect(clock(l, { ...item, dueAt: new Date(2027, 0, 21, 1).toISOString() }, now)).to.equal(
      'À répondre dans 1 jour',
    );
    const on = { filter() {}, search() {}, open() {}, reload() {} };
    const v: RightsListView = { l, filter: 'open', q: '', phase: 'ready', now, on };
    const li = await fixture(html`<ul>${renderRightsRow(v, item)}</ul>`);
    const row = li.querySelector('li')!;
    expect(row.classList.contains('overdue')).to.equal(true);
    expect(clean(row.querySelector('[part~=rights-clock]')?.textContent)).to.equal('⚠ En retard de 5 jours');
  });
});
