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

  it('is accessible with the consent editor, a refusal and the confirmation dialog', async () => {
    const el = await mountStudio();
    await expect(el).to.be.accessible();
    ($(el, '.editor fieldset:nth-of-type(2) button') as HTMLButtonElement).click();
    await el.updateComplete;
    await typeInto(el, '#purpose-0-label', 'Participer au concours');
    await expect(el).to.be.accessible();
  });
});
