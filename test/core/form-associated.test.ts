import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetKit } from '../support/env.js';
import type { TestFixture } from '../support/fixture-element.js';
import '../support/fixture-element.js';

describe('form association', () => {
  beforeEach(resetKit);

  it('contributes its value to FormData under its name', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><procura-test-fixture name="who" no-draft></procura-test-fixture></form>`,
    );
    const el = form.querySelector('procura-test-fixture') as TestFixture;
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Anne' });
    expect(new FormData(form).get('who')).to.equal('Anne');
  });

  it('takes part in validity, anchored on its input', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><procura-test-fixture name="who" required no-draft></procura-test-fixture><button>OK</button></form>`,
    );
    const el = form.querySelector('procura-test-fixture') as TestFixture;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Ce champ est obligatoire.');
    el.setText('x');
    expect(form.checkValidity()).to.equal(true);
  });

  it('is emptied by the form reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><procura-test-fixture name="who" no-draft></procura-test-fixture></form>`,
    );
    const el = form.querySelector('procura-test-fixture') as TestFixture;
    el.setText('Anne');
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).get('who')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('');
  });

  it('restores the state the browser gives back', async () => {
    const el = await fixture<TestFixture>(html`<procura-test-fixture name="who" no-draft></procura-test-fixture>`);
    el.formStateRestoreCallback('Bram', 'restore');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Bram');
  });

  it('follows a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset><procura-test-fixture name="who" no-draft></procura-test-fixture></fieldset></form>`,
    );
    const el = form.querySelector('procura-test-fixture') as TestFixture;
    el.setText('Anne');
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(el.disabled).to.equal(true);
    expect(el.hasAttribute('disabled')).to.equal(false);
    expect(new FormData(form).has('who')).to.equal(false);
    // Enabled again with its fieldset: no attribute left behind to keep it disabled.
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(el.disabled).to.equal(false);
    expect(new FormData(form).get('who')).to.equal('Anne');
  });

  it('keeps its own disabled attribute apart from its fieldset’s', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset><procura-test-fixture name="who" disabled no-draft></procura-test-fixture></fieldset></form>`,
    );
    const el = form.querySelector('procura-test-fixture') as TestFixture;
    expect(el.disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = true;
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(el.disabled).to.equal(true);
    el.disabled = false;
    expect(el.hasAttribute('disabled')).to.equal(false);
  });
});
