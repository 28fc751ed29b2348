import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { control, env, pdfTool, received, resetKit, signIn, until } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import { outbox } from '../../src/core/outbox.js';
import '../../src/define/delegation-tree.js';
import {
  complete,
  errorOf,
  field,
  fill,
  grantorNatural,
  mandataryFields,
  mount,
  next,
  q,
  root,
  sign,
  text,
  type Form,
  nth,
} from './helpers.js';

const heading = (el: Form) => q(el, 'h2')!.textContent!.trim();
const submit = (el: Form) => q<HTMLButtonElement>(el, 'button[part="submit"]')!;
const ready = (el: Form) => until(() => !!submit(el) && !submit(el).disabled, 'the PDFs to be ready');
type Events = Record<string, CustomEvent[]>;
function record(el: Element, ...types: string[]): Events {
  const seen: Events = {};
  for (const t of types) el.addEventListener(t, (e) => (seen[t] ??= []).push(e as CustomEvent));
  return seen;
}

describe('<procura-mandate-form> steps', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });

  it('goes grantor → handover → mandatary → review, accessible at every step', async function () {
    // The first test loads every lazy chunk (pad, review, PDF engine) and runs axe five times.
    this.timeout(60_000);
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    expect(heading(el)).to.equal('Partie du mandant');
    expect(text(el)).to.contain('Étape 1 sur 4');
    await expect(el).to.be.accessible();
    await fill(el, grantorNatural());
    await sign(el, 'grantor');
    const pad = q<HTMLElement & { signerName?: string }>(el, 'procura-signature-pad')!;
    expect(pad.getAttribute('signer-name')).to.equal('Anne Dupont');
    await expect(el).to.be.accessible();
    await next(el);
    expect(heading(el)).to.equal('Passage au mandataire');
    expect(text(el)).to.contain('ne garde pas de brouillon');
    expect(root(el).activeElement?.localName).to.equal('h2');
    await expect(el).to.be.accessible();
    await next(el);
    expect(heading(el)).to.equal('Partie du mandataire');
    await next(el);
    // The pad shows its own message, worded for drawing (the method chosen).
    const padError = () =>
      q(el, 'procura-signature-pad')!.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '';
    await until(() => padError().includes('signature manque'), 'the pad’s own message');
    expect(padError()).to.contain('dessinez-la');
    expect(errorOf(el, 'mandatary.email')).to.equal('Ce champ est obligatoire.');
    await expect(el).to.be.accessible();
    await fill(el, mandataryFields());
    await sign(el, 'mandatary');
    expect(q(el, 'procura-signature-pad')!.getAttribute('signer-name')).to.equal('Bram Janssens');
    await next(el);
    expect(heading(el)).to.equal('Vérification et envoi');
    await ready(el);
    expect(q<HTMLAnchorElement>(el, 'a[part="document"]')!.href).to.match(/^blob:/);
    expect(q<HTMLAnchorElement>(el, 'a[download]')!.getAttribute('download')).to.equal('mandat-espace-client.pdf');
    expect(text(el)).to.contain('Imprimez le PDF, signez-le à la main');
    expect(text(el)).to.contain('Aucun serveur n’est configuré');
    await expect(el).to.be.accessible();
  });

  it('a signature drawn and "next" pressed at once: the step passes (the PNG is awaited, not refused)', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await fill(el, grantorNatural());
    await sign(el, 'grantor', false);
    q<HTMLButtonElement>(el, 'button[part="next"]')!.click();
    // Refused, the step would stay, with a summary that empties itself once the PNG is there.
    await until(() => heading(el) !== 'Partie du mandant', 'the next step');
    expect(heading(el)).to.equal('Passage au mandataire');
    expect(text(el)).not.to.contain('signature manque');
  });

  for (const lang of ['nl', 'en', 'fr-BE'] as const) {
    it(`speaks ${lang} in every step`, async () => {
      const el = await mount(
        html`<procura-mandate-form lang=${lang} service="espace-client" grantor-kind="legal" no-draft></procura-mandate-form>`,
      );
      const want = {
        nl: ['Deel van de volmachtgever', 'Ondernemingsnummer'],
        en: ['The grantor’s part', 'Enterprise number'],
        'fr-BE': ['Partie du mandant', 'Numéro d’entreprise (BCE)'],
      }[lang];
      expect(heading(el)).to.equal(want[0]);
      expect(text(el)).to.contain(want[1]);
      await next(el);
      expect(q(el, '.summary')!.textContent).to.contain(
        { nl: 'velden moeten', en: 'fields need', 'fr-BE': 'champs sont' }[lang],
      );
      await expect(el).to.be.accessible();
      await fill(el, {
        'grantor.legalName': 'Acme SA',
        'grantor.enterpriseNumber': '0403.170.701',
        'grantor.seat': 'Rue Royale 1, 1000 Bruxelles',
        'grantor.representative.givenName': 'Marie',
        'grantor.representative.familyName': 'Lambert',
        'grantor.representative.capacity': 'CEO',
        'grantor.email': 'marie.lambert@acme.example.com',
      });
      await sign(el, 'grantor');
      expect(q(el, 'procura-signature-pad')!.getAttribute('signer-name')).to.equal('Marie Lambert');
      await next(el);
      await next(el);
      await fill(el, mandataryFields());
      await sign(el, 'mandatary');
      await next(el);
      await ready(el);
      expect(heading(el)).to.equal(
        { nl: 'Nakijken en versturen', en: 'Check and send', 'fr-BE': 'Vérification et envoi' }[lang],
      );
      await expect(el).to.be.accessible();
      const doc = nth(await el.documents(), 0, 'document');
      expect(doc.mandate.locale).to.equal(lang);
      expect(doc.mandate.grantor.representative).to.deep.equal({
        givenName: 'Marie',
        familyName: 'Lambert',
        capacity: 'CEO',
      });
    });
  }

  it('uses the catalogs’ regional wording (fr-CA), behind configure({ strings }) and only for that region', async () => {
    const label = (el: Form, path: string) =>
      q(el, `label[for="f-${path.replace(/\W/g, '-')}"]`)!
        .textContent!.replace(/\s+/g, ' ')
        .trim();
    const ca = await mount(
      html`<procura-mandate-form lang="fr-CA" service="espace-client" no-draft></procura-mandate-form>`,
    );
    expect(label(ca, 'grantor.email')).to.equal('Courriel du mandant');
    expect(label(ca, 'grantor.phone')).to.contain('Téléphone cellulaire ou fixe');
    const fr = await mount(
      html`<procura-mandate-form lang="fr" service="espace-client" no-draft></procura-mandate-form>`,
    );
    expect(label(fr, 'grantor.email')).to.equal('Adresse e-mail du mandant');
    const be = await mount(
      html`<procura-mandate-form lang="fr-BE" service="espace-client" no-draft></procura-mandate-form>`,
    );
    expect(label(be, 'grantor.email')).to.equal('Adresse e-mail du mandant');
    configure({ strings: { fr: { 'mandate.grantor.email': 'Votre adresse' } } });
    ca.requestUpdate();
    await ca.updateComplete;
    expect(label(ca, 'grantor.email')).to.equal('Votre adresse');
    await expect(ca).to.be.accessible();
  });

  it('keeps every field and both signatures in the draft, across a reload, and removes it after submission', async () => {
    configure({ endpoint: env.control });
    let el = await mount(html`<procura-mandate-form id="m1" service="espace-client"></procura-mandate-form>`);
    await fill(el, grantorNatural({ 'scope.includeFuture': true }));
    await sign(el, 'grantor');
    await next(el);
    await next(el);
    await fill(el, { 'mandatary.givenName': 'Bram' });
    await (el as unknown as { flow: { drafts: { settled: Promise<void> } } }).flow.drafts.settled;
    el.remove();
    // "Reload": a new element with the same id.
    el = await mount(html`<procura-mandate-form id="m1" service="espace-client"></procura-mandate-form>`);
    expect(heading(el)).to.equal('Partie du mandataire');
    expect(text(el)).to.contain('Nous avons repris le brouillon');
    q<HTMLButtonElement>(el, 'button:not([part])')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('revenir plus tard sur cet appareil');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, 'button[part="next"]')!.click();
    await el.updateComplete;
    expect(field(el, 'mandatary.givenName')!.value).to.equal('Bram');
    q<HTMLButtonElement>(el, 'button:not([part])')!.click(); // back to the handover, then to the grantor
    await el.updateComplete;
    q<HTMLButtonElement>(el, 'button:not([part])')!.click();
    await el.updateComplete;
    expect(field(el, 'grantor.email')!.value).to.equal('anne.dupont@example.com');
    expect(field(el, 'scope.includeFuture')!.checked).to.equal(true);
    const pad = q<HTMLElement & { isEmpty(): boolean; strokes: unknown[] }>(el, 'procura-signature-pad')!;
    await until(() => !pad.isEmpty(), 'the grantor’s signature drawn again from the draft');
    expect(pad.strokes.length).to.be.above(0);
    await next(el);
    await next(el);
    await fill(el, mandataryFields());
    await sign(el, 'mandatary');
    await next(el);
    await ready(el);
    submit(el).click();
    await until(() => !!q(el, '[part="confirmation"]'), 'the submission');
    el.remove();
    el = await mount(html`<procura-mandate-form id="m1" service="espace-client"></procura-mandate-form>`);
    expect(heading(el)).to.equal('Partie du mandant');
    expect(field(el, 'grantor.email')!.value).to.equal('');
  });

  it('sends a multipart mandate + PDF, and delivers it exactly once when the backend comes back', async () => {
    const el = await mount(
      html`<procura-mandate-form id="m2" endpoint=${env.control} service="espace-client"></procura-mandate-form>`,
    );
    const events = record(el, 'procura-submit', 'procura-queued', 'procura-submitted');
    await complete(el);
    await ready(el);
    await control('down');
    submit(el).click();
    await until(() => !!events['procura-queued'], 'procura-queued');
    await until(() => !!q(el, '[part="confirmation"]'), 'the last step');
    expect(text(el)).to.contain('Le serveur est injoignable');
    expect(text(el)).to.contain('espace-client : en attente d’envoi.');
    await expect(el).to.be.accessible();
    await control('up');
    await outbox().flush();
    await until(() => !!events['procura-submitted'], 'procura-submitted');
    await el.updateComplete;
    expect(text(el)).to.contain('espace-client : envoyé');
    const got = await received('/mandates');
    expect(got.length).to.equal(1);
    expect(nth(got, 0, 'request').headers['idempotency-key']).to.equal(
      nth(events['procura-queued'], 0, 'procura-queued').detail.id,
    );
    expect(nth(got, 0, 'request').headers['content-type']).to.match(/^multipart\/form-data/);
    expect(nth(got, 0, 'request').body).to.contain('name="mandate"');
    expect(nth(got, 0, 'request').body).to.contain('Content-Type: application/json');
    expect(nth(got, 0, 'request').body).to.contain('name="document"; filename="mandat-espace-client.pdf"');
    expect(nth(got, 0, 'request').body).to.contain('Content-Type: application/pdf');
    expect(nth(got, 0, 'request').body).to.contain('%PDF-');
    const payload = nth(events['procura-submit'], 0, 'procura-submit').detail.payload as {
      document: { sha256: string };
      signatures: unknown[];
    };
    expect(nth(got, 0, 'request').body).to.contain(payload.document.sha256);
    expect(payload.signatures.length).to.equal(2);
    await outbox().flush();
    expect((await received('/mandates')).length).to.equal(1);
  });

  it('sends one submission per service', async () => {
    const el = await mount(
      html`<procura-mandate-form endpoint=${env.control} services="facturation dossiers" no-draft></procura-mandate-form>`,
    );
    await complete(el);
    await ready(el);
    submit(el).click();
    await until(() => !!q(el, '[part="confirmation"]'), 'both submissions');
    const got = await received('/mandates');
    expect(got.length).to.equal(2);
    expect(nth(got, 0, 'request').body).to.contain('"service":"facturation"');
    expect(nth(got, 1, 'request').body).to.contain('"service":"dossiers"');
    expect(nth(got, 0, 'request').headers['idempotency-key']).not.to.equal(
      nth(got, 1, 'request').headers['idempotency-key'],
    );
    expect(text(el)).to.contain('Vos 2 mandats sont envoyés');
  });

  it('shows the server’s field errors beside their fields, in the right step', async () => {
    await control('plan', {
      path: '/mandates',
      problem: {
        status: 422,
        title: 'Invalid mandate',
        detail: 'The mandate has errors.',
        errors: [{ pointer: '/mandatary/email', detail: 'is already the address of another user', code: 'taken' }],
      },
    });
    const el = await mount(
      html`<procura-mandate-form endpoint=${env.control} service="espace-client" no-draft></procura-mandate-form>`,
    );
    const events = record(el, 'procura-error');
    await complete(el);
    await ready(el);
    submit(el).click();
    await until(() => !!events['procura-error'], 'procura-error');
    await el.updateComplete;
    expect(heading(el)).to.equal('Partie du mandataire');
    // The server's English detail is not shown in a French page: the kit's own sentence for the field.
    const message = errorOf(el, 'mandatary.email');
    expect(message).to.match(/^[A-ZÀ-Ý].+\.$/);
    expect(message).not.to.contain('already the address');
    expect(field(el, 'mandatary.email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '.summary')!.textContent).to.contain(message);
    expect(root(el).activeElement?.getAttribute('name')).to.equal('mandatary.email');
    await expect(el).to.be.accessible();
    // Editing the field removes the server's message.
    await fill(el, { 'mandatary.email': 'bram.j@example.com' });
    expect(errorOf(el, 'mandatary.email')).to.equal('');
  });

  it('lets the page cancel the submission', async () => {
    const el = await mount(
      html`<procura-mandate-form endpoint=${env.control} service="espace-client" no-draft></procura-mandate-form>`,
    );
    el.addEventListener('procura-submit', (e) => e.preventDefault());
    await complete(el);
    await ready(el);
    submit(el).click();
    await until(() => text(el).includes('L’envoi a été annulé'), 'the cancelled notice');
    expect((await received('/mandates')).length).to.equal(0);
  });

  it('is answered 201 by the reference server for a complete mandate', async function () {
    if (!env.backend) throw new Error('the reference server is not running');
    await signIn('anne');
    const el = await mount(
      html`<procura-mandate-form endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>`,
    );
    const events = record(el, 'procura-submitted', 'procura-error');
    await complete(
      el,
      grantorNatural({ 'grantor.clientRef': 'C-100231' }),
      mandataryFields({ 'mandatary.email': `bram.${Date.now()}@example.com` }),
    );
    await ready(el);
    submit(el).click();
    await until(() => !!events['procura-submitted'] || !!events['procura-error'], 'the server’s answer');
    expect(JSON.stringify(events['procura-error']?.[0]?.detail ?? null)).to.equal('null');
    const response = nth(events['procura-submitted'], 0, 'procura-submitted').detail.response as {
      id: string;
      status: string;
      grantId: string;
    };
    expect(response.status).to.equal('pending');
    expect(response.id).to.be.a('string');
    expect(response.grantId).to.be.a('string');
    await el.updateComplete;
    // The confirmation shows a short reference made from the grant's id.
    const ref =
      `PR-${response.grantId.replace(/[^0-9a-z]/gi, '').slice(0, 4)}-${response.grantId.replace(/[^0-9a-z]/gi, '').slice(4, 8)}`.toUpperCase();
    expect(q(el, '.ref')!.textContent).to.equal(ref);
    await expect(el).to.be.accessible();
  });

  it('contributes the mandates to a native form and takes part in its validity', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><procura-mandate-form name="mandates" required service="espace-client" no-draft></procura-mandate-form></form>`,
    );
    const el = form.querySelector('procura-mandate-form') as Form;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('mandates')).to.equal(null);
    await complete(el);
    expect(form.checkValidity()).to.equal(true);
    const sent = JSON.parse(String(new FormData(form).get('mandates')));
    expect(sent[0].grantor.email).to.equal('anne.dupont@example.com');
    expect(sent[0].mandatary.familyName).to.equal('Janssens');
  });
});

type Tree = HTMLElement & { updateComplete: Promise<unknown> };

/** Answers the tree's questions in turn, as a person clicking an option then Continue. */
async function answerTree(tree: Tree, options: string[]): Promise<void> {
  for (const option of options) {
    await until(() => !!tree.shadowRoot?.querySelector(`input[value="${option}"]`), `the option ${option}`);
    (tree.shadowRoot!.querySelector(`input[value="${option}"]`) as HTMLInputElement).click();
    await tree.updateComplete;
    (tree.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await tree.updateComplete;
  }
}

describe('<procura-mandate-form for="tree">', () => {
  beforeEach(resetKit);

  it('waits for the tree, then takes its scope and grantor kind', async () => {
    const wrap = await fixture(html`<div>
      <procura-delegation-tree id="t" tree="broker-client-space" no-draft></procura-delegation-tree>
      <procura-mandate-form for="t" service="espace-client" no-draft></procura-mandate-form>
    </div>`);
    const tree = wrap.querySelector('procura-delegation-tree') as Tree;
    const el = wrap.querySelector('procura-mandate-form') as Form;
    await el.updateComplete;
    expect(text(el)).to.contain('Répondez d’abord au questionnaire');
    expect(q<HTMLButtonElement>(el, 'button[part="next"]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
    await answerTree(tree, ['legal', 'other']);
    await el.updateComplete;
    expect(text(el)).not.to.contain('Répondez d’abord');
    expect(field(el, 'grantor.legalName')).to.not.equal(null); // the outcome's form is a legal person's
    expect(text(el)).to.contain('Contrats visibles : Une liste de contrats');
    expect(field(el, 'scope.contractIds')!.required).to.equal(true);
    const doc = nth(await el.documents(), 0, 'document');
    expect(doc.mandate.decision!.answers.map((a) => a.option)).to.deep.equal(['legal', 'other']);
    // The PDF prints the questions and answers as the person read them, not their ids.
    const pdfText = (await pdfTool('pdftotext', await doc.blob.arrayBuffer())).output.replace(/\s+/g, ' ');
    expect(pdfText).to.contain('Une personne morale');
    expect(pdfText).to.contain('Qui est le preneur d’assurance');
    // Going back in the tree withdraws its decision: the form waits again.
    (tree.shadowRoot!.querySelector('button[part="back"]') as HTMLButtonElement).click();
    await tree.updateComplete;
    await el.updateComplete;
    expect(text(el)).to.contain('Répondez d’abord au questionnaire');
    expect(q<HTMLButtonElement>(el, 'button[part="next"]')!.disabled).to.equal(true);
  });

  it('is disabled, with the reason, when the tree refuses', async () => {
    const wrap = await fixture(html`<div>
      <procura-delegation-tree id="t2" tree="staff-delegation" no-draft></procura-delegation-tree>
      <procura-mandate-form for="t2" service="facturation" no-draft></procura-mandate-form>
    </div>`);
    const tree = wrap.querySelector('procura-delegation-tree') as Tree;
    const el = wrap.querySelector('procura-mandate-form') as Form;
    await answerTree(tree, ['billing', 'commercial']);
    await el.updateComplete;
    expect(text(el)).to.contain('Un mandat n’est pas possible dans votre situation.');
    expect(text(el)).to.contain('agence de facturation est commerciale');
    expect(q<HTMLButtonElement>(el, 'button[part="next"]')!.disabled).to.equal(true);
    expect(field(el, 'grantor.email')!.matches(':disabled')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
