import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/env.js';
import { control, env, received, resetKit, until } from '../support/env.js';
import '../../src/define/my-data.js';
import type { ProcuraMyData } from '../../src/my-data/my-data.js';
import type { MyData, RightsReceipts, RightsRequest } from '../../src/model/rights.js';
import { api, as, resetServer } from '../access-grants/support.js';
import { answer, ask, clean, longDate, q, requestItem, root, sheet, text, watchDownloads } from './support.js';

const formStatus = (el: ProcuraMyData) => clean(q(el, 'form [role=status]')?.textContent);
const fieldError = (el: ProcuraMyData, name: string) => clean(q(el, `#err-${name}`)?.textContent);
const submit = (el: ProcuraMyData) => q<HTMLButtonElement>(el, '[part~=submit]')!.click();
const choose = async (el: ProcuraMyData, kind: string) => {
  q<HTMLInputElement>(el, `input[name=kind][value=${kind}]`)!.click();
  await el.updateComplete;
};
const mine = async (user: string) => {
  await as(user);
  return (await api<{ items: RightsRequest[] }>('/requests')).body.items;
};

describe('procura-my-data: requests', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });
  afterEach(() => control('up'));

  it('asks for a correction with the keyboard only; the backend keeps it; the list says the due date', async () => {
    await as('anne');
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    let sent: RightsRequest | undefined;
    el.addEventListener('procura-request-sent', (e) => (sent = e.detail.request));
    q<HTMLInputElement>(el, 'input[name=kind]')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // access → rectification
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('md-field');
    await sendKeys({ type: 'a' }); // "Adresse e-mail"
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'anne.d@example.com' });
    await sendKeys({ press: 'Tab' }); // the proof file
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Mon adresse a changé.' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await until(() => !!sent, 'procura-request-sent');
    const stored = (await mine('anne')).find((r) => r.id === sent!.id)!;
    expect([stored.kind, stored.field, stored.value, stored.note]).to.deep.equal([
      'rectification',
      'email',
      'anne.d@example.com',
      'Mon adresse a changé.',
    ]);
    await el.updateComplete;
    expect(formStatus(el)).to.equal(
      `Votre demande est reçue, sous la référence ${stored.reference}. Elle figure dans la liste ci-dessous.`,
    );
    const item = clean(requestItem(el, stored.id)?.textContent);
    expect(item).to.contain(`Demande de correction, référence ${stored.reference}`);
    expect(item).to.contain(`En cours : réponse au plus tard le ${longDate(stored.dueAt)}.`);
    expect(item).to.contain('Correction demandée : Adresse e-mail devient « anne.d@example.com ».');
    await expect(el).to.be.accessible();
  });

  it('says what is missing beside each field, focuses it, and sends nothing', async () => {
    const before = (await mine('anne')).length;
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    submit(el);
    await el.updateComplete;
    expect(fieldError(el, 'kind')).to.equal('Choisissez ce que vous demandez.');
    expect(root(el).activeElement?.getAttribute('name')).to.equal('kind');
    await choose(el, 'rectification');
    const file = q<HTMLInputElement>(el, '#md-file')!;
    const big = new DataTransfer();
    big.items.add(new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' }));
    file.files = big.files;
    file.dispatchEvent(new Event('change'));
    submit(el);
    await el.updateComplete;
    expect(fieldError(el, 'field')).to.equal('Choisissez la donnée à corriger.');
    expect(fieldError(el, 'value')).to.equal('Écrivez la nouvelle valeur.');
    expect(fieldError(el, 'file')).to.equal('Le justificatif dépasse 2 Mo : choisissez un fichier plus petit.');
    expect(q(el, '#md-value')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement?.id).to.equal('md-field');
    await expect(el).to.be.accessible();
    expect((await mine('anne')).length).to.equal(before);
  });

  it('waits in the outbox while the backend is down, and arrives once', async () => {
    await as('anne');
    const data = (await api<MyData>('/me/data')).body;
    const el = await sheet(
      html`<procura-my-data id="offline" endpoint=${env.control} .myData=${data}></procura-my-data>`,
    );
    await control('down');
    let queued = '';
    el.addEventListener('procura-queued', (e) => (queued = e.detail.id));
    await choose(el, 'erasure');
    submit(el);
    await until(() => !!queued, 'the request to be queued');
    await el.updateComplete;
    expect(formStatus(el)).to.equal(
      'Le serveur ne répond pas pour le moment : votre demande est gardée dans ce navigateur et partira d’elle-même, une seule fois.',
    );
    await expect(el).to.be.accessible();
    await control('up');
    window.dispatchEvent(new Event('online'));
    await until(async () => (await received('/requests')).length === 1, 'the request to arrive');
    await new Promise((r) => setTimeout(r, 300));
    const got = await received('/requests');
    expect(got.length).to.equal(1);
    expect(got[0]!.headers['idempotency-key']).to.equal(queued);
    expect(JSON.parse(got[0]!.body)).to.deep.equal({ kind: 'erasure' });
  });

  it('shows the broker’s answers (a refusal’s reason, the note, the changes) and downloads the receipts', async () => {
    const erasure = await ask('bram', { kind: 'erasure' });
    const fix = await ask('bram', { kind: 'rectification', field: 'phone', value: '+32 470 99 88 77' });
    await answer(erasure.id, { outcome: 'refused', code: 'legal-hold-accounting', note: 'Factures 2025 : 7 ans.' });
    await answer(fix.id, { outcome: 'done' });
    await as('bram');
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    const refused = clean(requestItem(el, erasure.id)?.textContent);
    expect(refused).to.contain('Refusée.');
    expect(refused).to.match(/Votre courtier a refusé cette demande, le .+\./);
    expect(refused).to.contain(
      'Une partie de vos données doit être gardée tant que la loi impose de conserver les pièces comptables.',
    );
    expect(clean(requestItem(el, erasure.id)!.querySelector('.answer bdi')?.textContent)).to.equal(
      'Factures 2025 : 7 ans.',
    );
    const done = clean(requestItem(el, fix.id)?.textContent);
    expect(done).to.contain('Votre courtier a fait ce que vous demandiez');
    expect(done).to.contain('Téléphone : « +32 470 99 88 77 ».');
    expect(text(el, '[aria-labelledby=md-identity]')).to.contain('+32 470 99 88 77');
    await expect(el).to.be.accessible();
    const dl = watchDownloads();
    try {
      requestItem(el, erasure.id)!.querySelector<HTMLButtonElement>('[part~=receipt]')!.click();
      await until(() => dl.files.length === 1, 'the receipts');
    } finally {
      dl.stop();
    }
    expect(dl.files[0]!.name).to.equal(`procura-recu-${erasure.reference}.json`);
    const receipts = JSON.parse(await dl.files[0]!.blob.text()) as RightsReceipts;
    for (const jws of [receipts.request, receipts.answer!]) {
      const [head, body, sig] = jws.split('.');
      expect(JSON.parse(atob(head!)).typ).to.equal('procura-rights-receipt+jws');
      expect([body, sig].every((p) => !!p && p.length > 10)).to.equal(true);
    }
  });
});
