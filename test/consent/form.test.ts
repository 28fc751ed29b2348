import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/env.js';
import { control, env, received, resetKit, until } from '../support/env.js';
import type { ProcuraConsent } from '../../src/consent/consent.js';
import type { ConsentRecord } from '../../src/model/consent.js';
import { notice, box, click, root, settled, status } from './helpers.js';

const config = { ...notice, purposes: ['electronic-prospection', 'postal-phone-prospection'] };

async function inForm(attrs = ''): Promise<{ form: HTMLFormElement; el: ProcuraConsent }> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <label>Nom <input name="fullName" value="Anne Dupont" /></label>
    <label><input type="checkbox" name="terms" required checked /> J’accepte les conditions générales</label>
    <procura-consent name="consent" .config=${config}></procura-consent>
    <button>Demander une offre</button>
  </form>`);
  const el = form.querySelector('procura-consent')!;
  if (attrs) el.setAttribute('endpoint', attrs);
  await el.updateComplete;
  return { form, el };
}

describe('procura-consent in a form, by keyboard, and offline', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });
  afterEach(() => control('up'));

  it('puts one FormData entry per purpose, keeps the terms apart, and resets to the loaded state', async () => {
    const { form, el } = await inForm();
    let fd = new FormData(form);
    expect(fd.get('consent.electronic-prospection')).to.equal('refused');
    expect(fd.get('consent.postal-phone-prospection')).to.equal('given');
    expect(fd.get('terms')).to.equal('on');
    expect(root(el).querySelector('[part~=submit]'), 'no save button inside a form').to.equal(null);

    await click(el, 'electronic-prospection');
    await click(el, 'postal-phone-prospection');
    fd = new FormData(form);
    expect(fd.get('consent.electronic-prospection')).to.equal('given');
    expect(fd.get('consent.postal-phone-prospection')).to.equal('objected');
    expect(el.checkValidity()).to.equal(true);
    await expect(el).to.be.accessible();

    form.reset();
    await el.updateComplete;
    expect(box(el, 'electronic-prospection').checked).to.equal(false);
    expect(box(el, 'postal-phone-prospection').checked).to.equal(false);
    expect(new FormData(form).get('consent.electronic-prospection')).to.equal('refused');
  });

  it('sends the record when the form is submitted, and offers el.record()', async () => {
    const { form, el } = await inForm(env.control);
    form.addEventListener('submit', (e) => e.preventDefault()); // the page sends its own request
    await click(el, 'electronic-prospection');
    const peek = await el.record();
    expect(peek!.decisions.map((d) => d.state)).to.deep.equal(['given', 'given']);
    form.requestSubmit();
    expect(await settled(el)).to.equal('sent');
    const got = await received('/consents');
    expect(got.length).to.equal(1);
    const body = JSON.parse(got[0]!.body) as ConsentRecord;
    expect(body.decisions.map((d) => [d.purpose, d.state])).to.deep.equal([
      ['electronic-prospection', 'given'],
      ['postal-phone-prospection', 'given'],
    ]);
    expect(got[0]!.headers['idempotency-key']).to.equal(body.recordId);
    expect(status(el)).to.equal('Vos choix sont enregistrés. Merci.');
    await expect(el).to.be.accessible();
  });

  it('sends nothing while the form is invalid (the terms box is the form’s, not consent)', async () => {
    const { form, el } = await inForm(env.control);
    form.querySelector<HTMLInputElement>('input[name=terms]')!.checked = false;
    let sent = 0;
    el.addEventListener('procura-submit', () => sent++);
    await click(el, 'electronic-prospection');
    form.requestSubmit();
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).to.equal(0);
    expect((await received('/consents')).length).to.equal(0);
  });

  it('brings the boxes back on the browser’s state restore', async () => {
    const { form, el } = await inForm();
    el.formStateRestoreCallback(
      JSON.stringify({ 'electronic-prospection': true, 'postal-phone-prospection': true }),
      'restore',
    );
    await el.updateComplete;
    expect(box(el, 'electronic-prospection').checked).to.equal(true);
    expect(new FormData(form).get('consent.postal-phone-prospection')).to.equal('objected');
    const r = await el.record();
    expect(r!.decisions.map((d) => d.state)).to.deep.equal(['given', 'objected']);
  });

  it('works with the keyboard alone: Tab to a box, Space to tick, Tab to save, Enter', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><button id="before">avant</button><procura-consent .config=${config}></procura-consent></div>`,
    );
    const el = wrap.querySelector('procura-consent')!;
    await el.updateComplete;
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    // The notice comes first, with its link to the full policy.
    expect(root(el).activeElement?.getAttribute('part')).to.equal('policy');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('p0');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box(el, 'electronic-prospection').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box(el, 'postal-phone-prospection').checked).to.equal(true);
    // Untick again with Space: withdrawing is as easy as giving.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box(el, 'electronic-prospection').checked).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('submit');
    let record: ConsentRecord | undefined;
    el.addEventListener('procura-submit', (e) => (record = e.detail.payload as ConsentRecord));
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(record!.decisions.map((d) => [d.purpose, d.state])).to.deep.equal([
      ['electronic-prospection', 'refused'],
      ['postal-phone-prospection', 'objected'],
    ]);
  });

  it('keeps a record made offline and delivers it exactly once when back online', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><procura-consent id="offline-consent" .config=${config} endpoint=${env.control}></procura-consent></div>`,
    );
    const el = wrap.querySelector('procura-consent')!;
    await el.updateComplete;
    await control('down');
    let queuedId = '';
    el.addEventListener('procura-queued', (e) => (queuedId = e.detail.id));
    let delivered = 0;
    el.addEventListener('procura-submitted', () => delivered++);
    await click(el, 'electronic-prospection');
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect(await settled(el)).to.equal('queued');
    expect(status(el)).to.contain('Le serveur est injoignable');
    await expect(el).to.be.accessible();
    expect((await received('/consents')).length).to.equal(0);

    await control('up');
    window.dispatchEvent(new Event('online'));
    await until(async () => delivered === 1, 'the queued record to be delivered');
    await new Promise((r) => setTimeout(r, 300));
    const got = await received('/consents');
    expect(got.length).to.equal(1);
    expect(got[0]!.headers['idempotency-key']).to.equal(queuedId);
    const body = JSON.parse(got[0]!.body) as ConsentRecord;
    expect(body.recordId).to.equal(queuedId);
    expect(body.decisions.find((d) => d.purpose === 'electronic-prospection')!.state).to.equal('given');
    await el.updateComplete;
    expect(status(el)).to.equal('Vos choix sont enregistrés. Merci.');
  });

  it('says when the current state cannot be loaded, and then records only what the person changed', async () => {
    await control('down');
    const wrap = await fixture<HTMLDivElement>(
      html`<div><procura-consent subject="C-5" .config=${config} endpoint=${env.control}></procura-consent></div>`,
    );
    const el = wrap.querySelector('procura-consent')!;
    await until(() => !!root(el).querySelector('.notice.warn'), 'the load failure to show');
    expect(root(el).querySelector('.notice.warn')!.textContent).to.contain('n’ont pas pu être chargés');
    await expect(el).to.be.accessible();
    await click(el, 'postal-phone-prospection');
    const r = await el.record();
    expect(r!.decisions.map((d) => [d.purpose, d.state])).to.deep.equal([['postal-phone-prospection', 'objected']]);
  });
});
