// Focus is never left on <body>: a refused "Envoyer le mandat" moves it to the message (the
// reference server refuses for real), and the error summary's link to a signature lands in the pad.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/env.js';
import { env, resetKit, signIn, until } from '../support/env.js';
import { complete, grantorNatural, mandataryFields, mount, next, q, root, type Form } from './helpers.js';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const submit = (el: Form) => q<HTMLButtonElement>(el, 'button[part="submit"]')!;
const ready = (el: Form) => until(() => !!submit(el) && !submit(el).disabled, 'the PDFs to be ready', 20_000);

/** Presses "Envoyer le mandat" with the keyboard, and waits for the backend's answer. */
async function send(el: Form): Promise<void> {
  let answered = false;
  const done = () => (answered = true);
  el.addEventListener('procura-error', done, { once: true });
  el.addEventListener('procura-submitted', done, { once: true });
  submit(el).focus();
  await sendKeys({ press: 'Enter' });
  await until(() => answered, 'the server’s answer');
  await until(
    () => !(el as unknown as { review?: { documents: { busy: boolean } } }).review?.documents.busy,
    'the end of the submission',
  );
  await el.updateComplete;
}

describe('<procura-mandate-form> focus after a failure', () => {
  beforeEach(resetKit);

  it('moves the focus to the message when the reference server refuses the mandate (403: a mandatary cannot submit one)', async function () {
    this.timeout(60_000);
    if (!env.backend) throw new Error('the reference server is not running');
    await signIn('bram');
    const el = await mount(
      html`<procura-mandate-form endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await complete(el, grantorNatural(), mandataryFields({ 'mandatary.email': `bram.${Date.now()}@example.com` }));
    await ready(el);
    await send(el);
    const active = deepActive()!;
    expect(active.localName).not.to.equal('body');
    expect(active.getAttribute('role'), active.outerHTML.slice(0, 200)).to.equal('alert');
    expect(active.getAttribute('part')).to.contain('error');
    expect(active.textContent).to.match(/\S/);
    // The button was busy, not disabled: it is still there, in the tab order, and usable again.
    expect(submit(el).disabled).to.equal(false);
    expect(submit(el).hasAttribute('aria-disabled')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('moves the focus to the field and its message when the reference server answers 409 (the same mandatary and service twice)', async function () {
    this.timeout(90_000);
    if (!env.backend) throw new Error('the reference server is not running');
    await signIn('anne');
    const mandatary = mandataryFields({ 'mandatary.email': `bram.${Date.now()}@example.com` });
    const first = await mount(
      html`<procura-mandate-form endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await complete(first, grantorNatural(), mandatary);
    await ready(first);
    await send(first);
    expect(q(first, '[part="confirmation"]')).not.to.equal(null);

    const el = await mount(
      html`<procura-mandate-form endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await complete(el, grantorNatural(), mandatary);
    await ready(el);
    await send(el);
    const active = deepActive()!;
    expect(active.localName).not.to.equal('body');
    expect(active.getAttribute('name')).to.equal('mandatary.email');
    // The field is described by the refusal's message, which the summary repeats.
    expect(active.getAttribute('aria-describedby')).to.contain('e-f-mandatary-email');
    const message = root(el).getElementById('e-f-mandatary-email')!.textContent!.trim();
    expect(message).to.match(/^[A-ZÀ-Ý].+\.$/);
    expect(q(el, '.summary')!.textContent).to.contain(message);
  });
});

describe('<procura-mandate-form> error summary link to a signature', () => {
  beforeEach(resetKit);

  it('focuses the pad’s control, which carries the pad’s own message, worded for the method chosen', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await next(el);
    const pad = q<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'procura-signature-pad')!;
    await until(() => !!pad.shadowRoot?.querySelector('[part~="error"]'), 'the pad’s own error');
    const link = () =>
      [...root(el).querySelectorAll<HTMLAnchorElement>('.summary a')].find(
        (a) => a.getAttribute('href') === '#f-signatures-grantor',
      )!;
    expect(link().textContent).to.contain('Signature du mandant : La signature manque : dessinez-la');
    // No copy of the message outside the pad: the pad's controls are described by the one inside.
    expect(q(el, '#e-f-signatures-grantor')).to.equal(null);

    link().click();
    let active = deepActive()!;
    expect(active.localName).to.equal('canvas');
    expect(active.getRootNode()).to.equal(pad.shadowRoot);
    expect(active.getAttribute('aria-invalid')).to.equal('true');
    const said = (c: Element) =>
      (c.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((i) => pad.shadowRoot!.getElementById(i)?.textContent ?? '')
        .join(' ');
    expect(said(active)).to.contain('dessinez-la dans le cadre');

    // The person chooses to type their name: the summary and the pad say so, and the link goes there.
    pad.shadowRoot!.querySelector<HTMLInputElement>('input[name="method"][value="uploaded"]')!.click();
    await pad.updateComplete;
    await el.updateComplete;
    expect(link().textContent).to.contain('choisissez l’image');
    link().click();
    active = deepActive()!;
    expect(active.id).to.equal('file');
    expect(active.getAttribute('aria-invalid')).to.equal('true');
    expect(said(active)).to.contain('choisissez l’image');
    await expect(el).to.be.accessible();
  });
});
