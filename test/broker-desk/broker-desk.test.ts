// <procura-broker-desk> against the reference server: the demo's broker `claire` (admin) and
// `lucas` (reviewer) check requests the demo's clients submitted over HTTP. Nothing is stubbed.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetKit, until } from '../support/env.js';
import { problems, viewport, wideViewport } from '../reflow/support.js';
import type { Grant } from '../../src/model/grant.js';
import {
  act,
  api,
  as,
  clean,
  deepActive,
  desk,
  mandate,
  open,
  q,
  resetServer,
  row,
  rows,
  said,
  tabs,
} from './support.js';

type Refused = Grant & { refusal?: { code: string; note?: string } };

async function grantOnServer(id: string): Promise<Refused> {
  await as('claire');
  const res = await api<Refused>(`/grants/${id}`);
  return res.body;
}

describe('procura-broker-desk', () => {
  let anne = '';
  let jan = '';
  beforeEach(async () => {
    await resetKit();
    await resetServer();
    anne = await mandate('anne', 'bram');
    jan = await mandate('jan', 'anne', { service: 'Sinistres' });
  });
  after(wideViewport);

  it('shows the counts per status as filters, the pending requests, and finds one by name', async () => {
    const el = await desk();
    expect(tabs(el)).to.deep.equal(['À vérifier (2)', 'Actives (0)', 'Refusées (0)', 'Révoquées (0)', 'Expirées (0)']);
    expect(rows(el)).to.have.length(2);
    expect(clean(q(el, '.count')?.textContent)).to.equal('2 demandes affichées.');
    const ref = anne.slice(0, 8).toUpperCase();
    expect(clean(row(el, 'Bram Janssens')!.querySelector('[part~=open]')!.textContent)).to.equal(ref);
    const search = q<HTMLInputElement>(el, '[part~=search]')!;
    search.focus();
    await sendKeys({ type: 'peeters' });
    await until(() => rows(el).length === 1, 'the search to narrow the list');
    expect(row(el, 'Jan Peeters'), 'found by the client’s name, case-insensitive').to.not.equal(undefined);
    expect(tabs(el)[0]).to.equal('À vérifier (1)');
    await expect(el).to.be.accessible();
  });

  it('opens a request: its data, the PDF in the page, the SHA-256 recomputed here and identical, the proof verified', async () => {
    const el = await desk();
    const section = await open(el, 'Bram Janssens');
    expect(deepActive(), 'the focus moves to the opened request').to.equal(section);
    expect(clean(q(el, '[part~=hash]')?.textContent)).to.equal(
      'Empreinte SHA-256 recalculée dans ce navigateur : identique à celle enregistrée.',
    );
    const frame = q<HTMLIFrameElement>(el, 'iframe[part~=document]')!;
    expect(frame.src).to.match(/^blob:/);
    expect(q<HTMLAnchorElement>(el, '[part~=download]')!.href).to.equal(frame.src);
    const bytes = new Uint8Array(await (await fetch(frame.src)).arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).to.equal('%PDF-');
    const verification = [...section.querySelectorAll('[part~=verification] li')].map((li) => clean(li.textContent));
    expect(verification[0]).to.equal('✓ La chaîne des événements est intacte.');
    expect(clean(section.querySelector('dl')?.textContent)).to.contain('Bram Janssens');
    await expect(el).to.be.accessible();
  });

  it('activates only once the checklist is ticked; the grant is active on the server; the focus goes to the next request', async () => {
    const el = await desk();
    await open(el, 'Bram Janssens');
    const activate = q<HTMLButtonElement>(el, '[part~=action][part~=activate]')!;
    expect(activate.disabled, 'identity not ticked yet').to.equal(true);
    q<HTMLInputElement>(el, 'input[name=identity]')!.click();
    await el.updateComplete;
    expect(activate.disabled).to.equal(false);
    await act(el, 'activate');
    await until(() => said(el, 'status').includes('est activée'), 'the activation to be confirmed');
    expect((await grantOnServer(anne)).status).to.equal('active');
    expect(tabs(el).slice(0, 2)).to.deep.equal(['À vérifier (1)', 'Actives (1)']);
    const focused = deepActive() as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('open');
    expect(clean(focused.textContent)).to.equal(jan.slice(0, 8).toUpperCase());
  });

  it('refuses with a reason code and a note: the server’s grant carries them', async () => {
    const el = await desk();
    await open(el, 'Jan Peeters');
    await act(el, 'refuse', (d) => {
      d.querySelector<HTMLSelectElement>('select[name=code]')!.value = 'identity';
      d.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value = 'Pièce d’identité illisible.';
    });
    await until(() => said(el, 'status').includes('est refusée'), 'the refusal to be confirmed');
    const g = await grantOnServer(jan);
    expect(g.status).to.equal('refused');
    expect(g.refusal?.code).to.equal('identity');
    expect(g.refusal?.note).to.equal('Pièce d’identité illisible.');
  });

  it('puts the request back as it was when the server refuses the action, and says why', async () => {
    const el = await desk();
    await open(el, 'Bram Janssens');
    await as('claire'); // meanwhile, another broker activates it
    expect((await api(`/grants/${anne}/activate`, { method: 'POST', json: {} })).status).to.equal(200);
    await act(el, 'refuse', (d) => (d.querySelector<HTMLSelectElement>('select[name=code]')!.value = 'incomplete'));
    await until(() => said(el, 'alert').includes('n’a pas été refusée'), 'the failure to be said');
    expect(said(el, 'alert')).to.contain('elle est remise comme avant');
    expect(clean(row(el, 'Bram Janssens')!.querySelector('.badge')!.textContent)).to.equal('À vérifier');
    expect(tabs(el)[0]).to.equal('À vérifier (2)');
    expect((await grantOnServer(anne)).status).to.equal('active');
  });

  it('narrows the access with a note: the server keeps the narrower scope', async () => {
    const id = await mandate('anne', 'jan', {
      service: 'Factures',
      scope: { contracts: 'listed', contractIds: ['C-1001', 'C-1002'], includeFuture: false },
    });
    const el = await desk();
    await open(el, 'Factures');
    await act(el, 'scope', (d) => {
      d.querySelector<HTMLInputElement>('input[name=contracts][value=one]')!.checked = true;
      d.querySelector<HTMLInputElement>('input[name=ids]')!.value = 'C-1002';
      d.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value = 'Seul le contrat auto est concerné.';
    });
    await until(() => said(el, 'status').includes('est restreint'), 'the narrowing to be confirmed');
    const g = await grantOnServer(id);
    expect(g.scope).to.deep.include({ contracts: 'one', contractIds: ['C-1002'] });
    expect(g.status).to.equal('pending');
  });

  it('signed out, or signed in as a client, says so (axe clean)', async () => {
    const out = await desk('');
    expect(said(out, 'alert')).to.contain(
      'Les demandes n’ont pas pu être chargées. Connectez-vous avec un compte du cabinet pour voir les demandes.',
    );
    await expect(out).to.be.accessible();
    const client = await desk('anne');
    expect(said(client, 'alert')).to.contain('Ce compte n’a pas le droit de faire cela.');
  });

  it('works with the keyboard alone: open, cancel a dialog with Escape, the focus back on the action', async () => {
    const el = await desk();
    row(el, 'Bram Janssens')!.querySelector<HTMLButtonElement>('[part~=open]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!q(el, '[part~=hash]'), 'the document to be checked', 20_000);
    expect(deepActive()).to.equal(q(el, '[part~=request]'));
    q<HTMLButtonElement>(el, '[part~=action][part~=refuse]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!q<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog to open');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !q<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog to close');
    await el.updateComplete;
    expect(deepActive()).to.equal(q(el, '[part~=action][part~=refuse]'));
    expect((await grantOnServer(anne)).status, 'nothing sent').to.equal('pending');
  });

  it('reflows at 320 px, inbox and opened request, with 24 px targets', async () => {
    const el = await desk();
    await viewport(320);
    expect(problems(el)).to.deep.equal([]);
    await open(el, 'Bram Janssens');
    expect(problems(el)).to.deep.equal([]);
  });

  it('speaks Dutch', async () => {
    const el = await desk('claire', 'nl');
    expect(tabs(el)[0]).to.equal('Te controleren (2)');
    expect(clean(q(el, '.count')?.textContent)).to.equal('2 aanvragen getoond.');
    await open(el, 'Bram Janssens');
    expect(clean(q(el, '[part~=hash]')?.textContent)).to.equal(
      'SHA-256-vingerafdruk opnieuw berekend in deze browser: identiek aan de geregistreerde.',
    );
    await expect(el).to.be.accessible();
  });

  it('tells a reviewer that only an admin exports the audit', async () => {
    const el = await desk('lucas');
    q<HTMLButtonElement>(el, '[part~=audit-download]')!.click();
    await until(() => said(el, 'alert') !== '', 'the refusal to be said');
    expect(said(el, 'alert')).to.equal(
      'Seul un administrateur du cabinet peut exporter l’audit. Demandez-le à un administrateur.',
    );
  });

  it('lets an admin download the audit of the period', async () => {
    const el = await desk('claire');
    q<HTMLButtonElement>(el, '[part~=audit-download]')!.click();
    await until(() => said(el, 'status') !== '' || said(el, 'alert') !== '', 'the export to finish');
    expect(said(el, 'status')).to.equal('L’export est téléchargé.');
  });

  it('shows the client’s consent proof', async () => {
    await mandate('anne', 'jan', { clientRef: 'C-100231', service: 'Épargne' });
    await as('anne');
    const at = new Date().toISOString();
    const record = {
      recordId: crypto.randomUUID(),
      subject: 'C-100231',
      indicatedBy: { role: 'subject' },
      noticeVersion: '2026-01',
      noticeSha256: 'a'.repeat(64),
      locale: 'fr',
      decisions: [{ purpose: 'newsletter', basis: 'consent', state: 'given', at }],
      collectedAt: at,
      source: 'test/broker-desk',
    };
    expect((await api('/consents', { method: 'POST', json: record })).status).to.be.oneOf([200, 201, 202]);
    // A questionnaire Anne answered signed in: part of the proof the desk shows.
    const decision = {
      treeId: 'broker-client-space',
      treeVersion: '3',
      outcome: 'mandate-other',
      answers: [
        { question: 'who', option: 'natural' },
        { question: 'for', option: 'other' },
      ],
    };
    expect((await api('/decisions', { method: 'POST', json: decision })).status).to.equal(201);
    const el = await desk();
    const section = await open(el, 'Épargne');
    const load = section.querySelector<HTMLButtonElement>('[part~=consents-load]');
    expect(load, 'the client has a client number').to.not.equal(null);
    load!.click();
    await until(() => !!section.querySelector('[part~=consents] [role=status] p, [part~=consents] li'), 'the proof');
    expect(clean(section.querySelector('[part~=consents] li')?.textContent)).to.match(
      /^Enregistré le .+ \(avis 2026-01, empreinte aaaaaaaaaaaa…\) : newsletter : accepté Reçu signé par le serveur\. Le texte de l’avis n’a pas été conservé\.$/,
    );
    expect(clean(section.querySelector('[part~=decisions] li')?.textContent)).to.match(
      /^Questionnaire « broker-client-space » \(version 3\) rempli le .+ : résultat « mandate-other », 2 réponses\.$/,
    );
  });
});
