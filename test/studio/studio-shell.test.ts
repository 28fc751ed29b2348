// The studio's shell, as a broker's office manager uses it with the keyboard: undo and redo
// (Ctrl+Z, Ctrl+Shift+Z) each announced, the draft back after the page is reopened, the
// kinds, import, and axe clean.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetKit, until } from '../support/env.js';
import { $, mountStudio, said, shadow, typeInto } from './support.js';

describe('<procura-studio>: the shell', () => {
  beforeEach(resetKit);

  it('undoes and redoes by keyboard, one step per field typed, each announced', async () => {
    const el = await mountStudio();
    await typeInto(el, '#controller-name', 'Bureau Dupont');
    await typeInto(el, '#controller-address', 'Rue Haute 1, 1000 Bruxelles');
    expect($<HTMLInputElement>(el, '#controller-address').value).to.equal('Rue Haute 1, 1000 Bruxelles');

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#controller-address').value).to.equal('');
    expect($<HTMLInputElement>(el, '#controller-name').value).to.equal('Bureau Dupont');
    await until(() => said(el).startsWith('Annulé'), 'the undo said');
    expect(said(el)).to.equal('Annulé : Le champ « Adresse » a été modifié.');

    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#controller-address').value).to.equal('Rue Haute 1, 1000 Bruxelles');
    await until(() => said(el).startsWith('Rétabli'), 'the redo said');
    expect(said(el)).to.equal('Rétabli : Le champ « Adresse » a été modifié.');
  });

  it('restores the draft when the studio is opened again', async () => {
    let el = await mountStudio({ draftKey: 'reload' });
    await typeInto(el, '#controller-name', 'Bureau Martin');
    await el.drafts.settled;
    fixtureCleanup();
    el = await mountStudio({ draftKey: 'reload' });
    await until(
      () => el.definitionId !== undefined && ($<HTMLInputElement>(el, '#controller-name').value ?? '') !== '',
      'the draft',
      5000,
    );
    expect($<HTMLInputElement>(el, '#controller-name').value).to.equal('Bureau Martin');
    await until(() => said(el) !== '', 'the announcement');
    expect(said(el)).to.equal('Votre brouillon a été repris là où vous l’aviez laissé.');
  });

  it('switches the kind from the keyboard and shows the real element in the preview', async () => {
    const el = await mountStudio();
    const radio = shadow(el).querySelector<HTMLInputElement>('input[name=kind][value=cookie-opposition]')!;
    radio.focus();
    await sendKeys({ press: 'Space' });
    await until(() => el.editor?.kind === 'cookie-opposition', 'the cookie editor');
    await el.updateComplete;
    await until(() => !!shadow(el).querySelector('#preview-frame procura-cookie-opposition'), 'the preview');
    expect($(el, '#inert-script').textContent).to.contain('data-procura-category="audience"');
    expect(shadow(el).textContent).to.contain('13 mois');
  });

  it('imports a JSON file as a new start, said in Dutch on a Dutch studio', async () => {
    const el = await mountStudio({ lang: 'nl' });
    expect($(el, 'h2').textContent).to.equal('procura-studio');
    const input = $<HTMLInputElement>(el, 'input[type=file]');
    const dt = new DataTransfer();
    const cfg = {
      purposes: ['photo'],
      controller: { name: 'Kantoor Peeters', address: 'Markt 1, 9000 Gent', contact: 'privacy@peeters.example' },
      policyUrl: '/privacy',
      noticeVersion: '2',
    };
    dt.items.add(new File([JSON.stringify(cfg)], 'peeters.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => said(el) === 'Het bestand peeters.json is geïmporteerd.', 'the import said');
    expect($<HTMLInputElement>(el, '#controller-name').value).to.equal('Kantoor Peeters');
    expect($(el, '.problems').textContent).to.contain('Geen problemen');
  });

  it('opens the tree editor with the kit’s built-in trees as starters', async () => {
    const el = await mountStudio({ kind: 'tree' });
    const options = [...shadow(el).querySelectorAll('#starter option')].map((o) => o.getAttribute('value'));
    expect(options).to.include('staff-delegation');
    expect(el.editor?.kind).to.equal('tree');
  });

  it('is accessible with the consent editor, a refusal and the confirmation dialog', async () => {
    const el = await mountStudio();
    await expect(el).to.be.accessible();
    ($(el, '.editor fieldset:nth-of-type(2) button') as HTMLButtonElement).click();
    await el.updateComplete;
    await typeInto(el, '#purpose-0-label', 'Participer au concours');
    await expect(el).to.be.accessible();
    const remove = [...shadow(el).querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Retirer la finalité'),
    )!;
    remove.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, '#confirm');
    await until(() => dialog.open, 'the confirmation');
    expect(dialog.textContent).to.contain('Retirer la finalité « Participer au concours » ? Ses textes seront perdus.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => !dialog.open, 'the dialog closed');
    await until(() => said(el) === 'La finalité « Participer au concours » a été retirée.', 'the removal said');
    expect(shadow(el).querySelector('#purpose-0-label')).to.equal(null);
  });
});
