// The form's other states (issue 12): the written access request for oneself (000, first
// row), who is signed in (GET /session), the states before the tree is answered and after
// a submission. Against the real reference server and the control server; nothing stubbed.
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../support/env.js';
import { control, env, pdfTool, received, resetKit, signIn, until } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import { outbox } from '../../src/core/outbox.js';
import '../../src/define/delegation-tree.js';
import { field, fill, mount, next, q, root, sign, text, type Form, nth } from './helpers.js';

type Tree = HTMLElement & { updateComplete: Promise<unknown> };
const heading = (el: Form) => q(el, 'h2')!.textContent!.trim();
const submit = (el: Form) => q<HTMLButtonElement>(el, 'button[part="submit"]')!;
const ready = (el: Form) => until(() => !!submit(el) && !submit(el).disabled, 'the PDF to be ready');
const sessionKnown = (el: Form) =>
  until(
    () => (el as unknown as { session: { answer?: unknown } }).session.answer !== undefined,
    'the session’s answer',
  );
type Events = Record<string, CustomEvent[]>;
function record(el: Element, ...types: string[]): Events {
  const seen: Events = {};
  for (const t of types) el.addEventListener(t, (e) => (seen[t] ??= []).push(e as CustomEvent));
  return seen;
}
/** A real click (the browser's own input), so that the page may write to the clipboard. */
async function press(button: HTMLElement): Promise<void> {
  button.scrollIntoView({ block: 'center' });
  const r = button.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}
const requester = {
  'grantor.givenName': 'Anne',
  'grantor.familyName': 'Dupont',
  'grantor.email': 'anne.dupont@example.com',
  'grantor.phone': '+32 470 12 34 56',
};

async function answerTree(tree: Tree, options: string[]): Promise<void> {
  for (const option of options) {
    await until(() => !!tree.shadowRoot?.querySelector(`input[value="${option}"]`), `the option ${option}`);
    (tree.shadowRoot!.querySelector(`input[value="${option}"]`) as HTMLInputElement).click();
    await tree.updateComplete;
    (tree.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await tree.updateComplete;
  }
}

describe('<procura-mandate-form>: the access request for oneself', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });

  it('ends the tree’s “self” path in a usable request, signed once, sent with its PDF, listed by the server as the client’s own access', async function () {
    this.timeout(60_000);
    const token = await signIn('jan');
    const wrap = await fixture(html`<div>
      <procura-delegation-tree id="ts" tree="broker-client-space" no-draft></procura-delegation-tree>
      <procura-mandate-form for="ts" endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>
    </div>`);
    const tree = wrap.querySelector('procura-delegation-tree') as Tree;
    const el = wrap.querySelector('procura-mandate-form') as Form;
    const events = record(el, 'procura-submit', 'procura-submitted', 'procura-error');
    await answerTree(tree, ['natural', 'self']);
    // The outcome's button leads to the form, which is no longer disabled.
    (tree.shadowRoot!.querySelector('button[part="next"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root(el).activeElement?.localName).to.equal('h2');
    expect(heading(el)).to.equal('Votre demande d’accès');
    expect(text(el)).to.contain('Étape 1 sur 2');
    expect(text(el)).not.to.contain('Aucun mandat n’est nécessaire');
    expect(q(el, 'fieldset:disabled')).to.equal(null);
    expect(q(el, '[name^="mandatary."]')).to.equal(null);
    expect(text(el)).to.contain('Contrats visibles : Tous les contrats');
    expect(text(el)).to.contain('y compris ceux que vous conclurez plus tard');
    expect(root(el).querySelectorAll('procura-signature-pad').length).to.equal(1);
    expect(text(el)).to.contain('Votre signature');
    await sessionKnown(el);
    expect(field(el, 'grantor.givenName')!.value).to.equal('Jan');
    await expect(el).to.be.accessible();
    await sign(el, 'grantor');
    await next(el);
    expect(heading(el)).to.equal('Vérification et envoi');
    expect(text(el)).to.contain('Étape 2 sur 2');
    await ready(el);
    expect(submit(el).textContent!.trim()).to.equal('Envoyer la demande');
    const doc = (await el.requestDocument())!;
    expect(doc.filename).to.equal('demande-acces-espace-client.pdf');
    const pdfText = (await pdfTool('pdftotext', await doc.blob.arrayBuffer())).output.replace(/\s+/g, ' ');
    expect(pdfText).to.contain('Demande d’accès');
    expect(pdfText).not.to.contain('mandataire :');
    await expect(el).to.be.accessible();

    submit(el).click();
    await until(() => !!events['procura-submitted'] || !!events['procura-error'], 'the server’s answer');
    expect(JSON.stringify(events['procura-error']?.[0]?.detail ?? null)).to.equal('null');
    expect(nth(events['procura-submit'], 0, 'procura-submit').detail.kind).to.equal('access-request');
    const sent = nth(events['procura-submit'], 0, 'procura-submit').detail.payload as {
      requester: { givenName: string; email: string };
      scope: { contracts: string; includeFuture: boolean };
      signatures: { party: string }[];
    };
    expect(sent.requester.email).to.equal('jan.peeters@example.com');
    expect(sent.scope).to.deep.equal({ contracts: 'all', includeFuture: true });
    expect(sent.signatures.map((s) => s.party)).to.deep.equal(['requester']);
    const submitted = nth(events['procura-submitted'], 0, 'procura-submitted').detail;
    expect(submitted.kind).to.equal('access-request');
    const response = submitted.response as { id: string; status: string; grantId: string };
    expect(response.status).to.equal('pending');

    // The confirmation panel: focus on its heading, a short reference, the next steps.
    await until(() => !!q(el, '[part="confirmation"]'), 'the confirmation');
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('confirmation-heading');
    expect(heading(el)).to.equal('Demande d’accès envoyée');
    const raw = response.grantId.replace(/[^0-9a-z]/gi, '').toUpperCase();
    expect(q(el, '.ref')!.textContent).to.equal(`PR-${raw.slice(0, 4)}-${raw.slice(4, 8)}`);
    expect(text(el)).to.contain('Votre courtier vérifie votre demande');
    expect(text(el)).to.contain('dans la liste de vos accès');
    await expect(el).to.be.accessible();
    const ref = q(el, '.ref')!.textContent!;
    await press(q<HTMLButtonElement>(el, 'button.copy')!);
    await until(() => !!q(el, '.copied')?.textContent?.trim(), 'the copy’s status');
    expect(q(el, '.copied')!.textContent!.trim()).to.equal('Copié');
    expect(q<HTMLButtonElement>(el, 'button.copy')!.getAttribute('aria-label')).to.equal(`Copier la référence ${ref}`);
    await expect(el).to.be.accessible();

    // The server now knows it as the client's own access, waiting for the broker.
    const res = await fetch(`${env.backend}/grants`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { grants?: { id: string; kind?: string }[] } | { id: string; kind?: string }[];
    const grants = Array.isArray(body) ? body : (body.grants ?? []);
    const mine = grants.find((g) => g.id === response.grantId);
    expect(mine, JSON.stringify(grants.map((g) => [g.id, g.kind]))).to.not.equal(undefined);
    expect(mine!.kind).to.equal('access-request');
  });

  it('says a queued request will be sent, then that it is sent once the backend answers', async function () {
    this.timeout(40_000);
    const el = await mount(
      html`<procura-mandate-form id="ar-q" kind="access-request" endpoint=${env.control} service="espace-client"></procura-mandate-form>`,
    );
    const events = record(el, 'procura-queued', 'procura-submitted');
    await fill(el, requester);
    await sign(el, 'grantor');
    await next(el);
    await ready(el);
    await control('down');
    submit(el).click();
    await until(() => !!events['procura-queued'], 'procura-queued');
    await until(() => !!q(el, '[part="confirmation"]'), 'the confirmation');
    await el.updateComplete;
    expect(heading(el)).to.equal('En attente d’envoi');
    expect(text(el)).to.contain('partira d’elle-même dès que possible');
    expect(text(el)).to.contain('Sa référence s’affichera ici');
    expect(q(el, '.ref')).to.equal(null);
    expect(root(el).activeElement?.id).to.equal('confirmation-heading');
    await expect(el).to.be.accessible();
    await control('up');
    await outbox().flush();
    await until(() => !!events['procura-submitted'], 'procura-submitted');
    await el.updateComplete;
    const got = await received('/access-requests');
    expect(got.length).to.equal(1);
    expect(nth(got, 0, 'request').body).to.contain('name="request"');
    expect(nth(got, 0, 'request').body).to.contain('name="document"');
    expect(heading(el)).to.equal('Demande d’accès envoyée');
    expect(text(el)).to.contain('espace-client : envoyé.');
    expect(text(el)).not.to.contain('partira d’elle-même');
    await expect(el).to.be.accessible();
  });
});

describe('<procura-mandate-form>: who is signed in', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });

  it('prefills a natural client’s part from the session and shows the identity read-only', async () => {
    await signIn('anne');
    const el = await mount(
      html`<procura-mandate-form endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await sessionKnown(el);
    await el.updateComplete;
    for (const [path, value] of [
      ['grantor.givenName', 'Anne'],
      ['grantor.familyName', 'Dupont'],
      ['grantor.email', 'anne.dupont@example.com'],
    ] as const) {
      expect(field(el, path)!.value, path).to.equal(value);
      expect(field(el, path)!.readOnly, path).to.equal(true);
      expect(field(el, path)!.getAttribute('aria-describedby'), path).to.contain('bound-hint');
    }
    expect(field(el, 'grantor.clientRef')!.value).to.equal('C-100231');
    expect(field(el, 'grantor.clientRef')!.readOnly).to.equal(false);
    expect(field(el, 'grantor.kind')).to.equal(null); // the account says which kind of person
    expect(text(el)).to.contain('viennent de votre compte client');
    expect(text(el)).to.contain('(repris de votre compte)');
    expect(getComputedStyle(field(el, 'grantor.givenName')!).borderStyle).to.equal('dotted');
    // Typing cannot change a bound field.
    field(el, 'grantor.givenName')!.value = 'Autre';
    field(el, 'grantor.givenName')!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(nth(el.mandates, 0, 'mandate').grantor.givenName).to.equal('Anne');
    expect(text(el)).not.to.contain('vous devez vous connecter');
    await expect(el).to.be.accessible();
  });

  it('prefills a company’s name and number read-only in an access request', async () => {
    await signIn('acme');
    const el = await mount(
      html`<procura-mandate-form kind="access-request" endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await sessionKnown(el);
    await el.updateComplete;
    expect(field(el, 'grantor.legalName')!.value).to.equal('ACME SA');
    expect(field(el, 'grantor.legalName')!.readOnly).to.equal(true);
    expect(field(el, 'grantor.enterpriseNumber')!.readOnly).to.equal(true);
    expect(field(el, 'grantor.representative.familyName')!.value).to.equal('Lambert');
    expect(field(el, 'grantor.seat')!.value).to.contain('Bruxelles');
    expect(el.accessRequest!.requester.legalName).to.equal('ACME SA');
    await expect(el).to.be.accessible();
  });

  it('says at once, before anything is typed, that sending needs a sign-in; keeps the draft; holds “Envoyer” with the same words', async () => {
    let el = await mount(
      html`<procura-mandate-form id="ar-out" kind="access-request" endpoint=${env.backend} sign-in-url="/connexion?retour=demande" service="espace-client"></procura-mandate-form>`,
    );
    const events = record(el, 'procura-submit', 'procura-error');
    await until(() => text(el).includes('vous devez vous connecter'), 'the sign-in notice');
    expect(text(el)).to.contain('Pour envoyer ce formulaire, vous devez vous connecter. Vous pouvez déjà le remplir');
    const link = q<HTMLAnchorElement>(el, '.sign-in-notice a')!;
    expect(link.textContent).to.equal('Se connecter');
    expect(link.getAttribute('href')).to.equal('/connexion?retour=demande');
    expect(field(el, 'grantor.givenName')!.value).to.equal('');
    await expect(el).to.be.accessible();
    await fill(el, requester);
    await sign(el, 'grantor');
    await next(el);
    await ready(el);
    submit(el).click();
    await until(() => !!q(el, '.sign-in-notice[role="alert"]'), 'the held submission');
    expect(q(el, '.sign-in-notice[role="alert"]')!.textContent).to.contain('vous devez vous connecter');
    expect(events['procura-submit']).to.equal(undefined);
    expect(events['procura-error']).to.equal(undefined);
    expect(heading(el)).to.equal('Vérification et envoi');
    await expect(el).to.be.accessible();
    await (el as unknown as { flow: { drafts: { settled: Promise<void> } } }).flow.drafts.settled;
    el.remove();
    // Back after signing in elsewhere (here: still signed out): the draft is there.
    el = await mount(
      html`<procura-mandate-form id="ar-out" kind="access-request" endpoint=${env.backend} service="espace-client"></procura-mandate-form>`,
    );
    expect(heading(el)).to.equal('Vérification et envoi');
    expect(el.accessRequest!.requester.email).to.equal('anne.dupont@example.com');
  });

  it('sends once the person has signed in meanwhile, with the identity the account gives', async function () {
    this.timeout(60_000);
    const el = await mount(
      html`<procura-mandate-form kind="access-request" endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>`,
    );
    const events = record(el, 'procura-submit', 'procura-submitted', 'procura-error');
    await until(() => !!q(el, '.sign-in-notice'), 'the sign-in notice');
    await fill(el, { ...requester, 'grantor.givenName': 'A.' });
    await sign(el, 'grantor');
    await next(el);
    await ready(el);
    await signIn('anne'); // in another tab, say: the next request carries the session
    submit(el).click();
    await until(() => !!events['procura-submitted'] || !!events['procura-error'], 'the server’s answer');
    expect(JSON.stringify(events['procura-error']?.[0]?.detail ?? null)).to.equal('null');
    const sent = nth(events['procura-submit'], 0, 'procura-submit').detail.payload as {
      requester: { givenName: string; email: string };
    };
    expect(sent.requester.givenName).to.equal('Anne');
    expect(q(el, '.sign-in-notice')).to.equal(null);
    await until(() => !!q(el, '[part="confirmation"]'), 'the confirmation');
  });

  it('takes the sign-in page from configure(), and says only the sentence without any', async () => {
    configure({ signInUrl: '/login' });
    const el = await mount(
      html`<procura-mandate-form kind="access-request" endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await until(() => !!q(el, '.sign-in-notice'), 'the sign-in notice');
    expect(q<HTMLAnchorElement>(el, '.sign-in-notice a')!.getAttribute('href')).to.equal('/login');
    expect(text(el)).to.contain('vous devez d’abord vous connecter');
    configure({ signInUrl: undefined });
    await el.updateComplete;
    expect(q(el, '.sign-in-notice a')).to.equal(null);
    expect(text(el)).to.contain('vous devez d’abord vous connecter');
  });

  it('says nothing about signing in when the backend is unreachable', async () => {
    await control('down');
    const el = await mount(
      html`<procura-mandate-form kind="access-request" endpoint=${env.control} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await sessionKnown(el);
    await el.updateComplete;
    expect((el as unknown as { session: { answer: unknown } }).session.answer).to.equal('unreachable');
    expect(q(el, '.sign-in-notice')).to.equal(null);
    expect(text(el)).not.to.contain('connecter');
  });
});

describe('<procura-mandate-form>: before the tree is answered', () => {
  beforeEach(resetKit);

  it('says why and offers a way to the questionnaire; its fields look disabled', async () => {
    const wrap = await fixture(html`<div>
      <procura-delegation-tree id="tw" tree="broker-client-space" no-draft></procura-delegation-tree>
      <procura-mandate-form for="tw" service="espace-client" no-draft></procura-mandate-form>
    </div>`);
    const tree = wrap.querySelector('procura-delegation-tree') as Tree;
    const el = wrap.querySelector('procura-mandate-form') as Form;
    await el.updateComplete;
    await tree.updateComplete;
    expect(text(el)).to.contain('Répondez d’abord au questionnaire');
    const input = field(el, 'grantor.givenName')!;
    expect(input.matches(':disabled')).to.equal(true);
    const look = getComputedStyle(input);
    expect(look.backgroundColor).to.not.equal('rgb(255, 255, 255)');
    expect(look.borderStyle).to.equal('dashed');
    expect(look.cursor).to.equal('not-allowed');
    await expect(el).to.be.accessible();
    const go = q<HTMLButtonElement>(el, 'button.to-tree')!;
    expect(go.textContent!.trim()).to.equal('Aller au questionnaire');
    go.click();
    expect(document.activeElement).to.equal(tree);
    expect(tree.shadowRoot!.activeElement?.matches('[part~="legend"]')).to.equal(true);
    // Once answered with the "self" outcome, the form is usable, as an access request.
    await answerTree(tree, ['natural', 'self']);
    await el.updateComplete;
    expect(q(el, 'button.to-tree')).to.equal(null);
    expect(field(el, 'grantor.givenName')!.matches(':disabled')).to.equal(false);
    expect(heading(el)).to.equal('Votre demande d’accès');
  });

  it('speaks Dutch as an access request, signed out: heading, notice, link, service name', async () => {
    configure({ services: { 'espace-client': { fr: 'Espace client', nl: 'Klantenzone' } }, signInUrl: '/aanmelden' });
    const el = await mount(
      html`<procura-mandate-form lang="nl" kind="access-request" endpoint=${env.backend} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await until(() => !!q(el, '.sign-in-notice'), 'the sign-in notice');
    expect(heading(el)).to.equal('Uw toegangsaanvraag');
    expect(text(el)).to.contain('Stap 1 van 2');
    expect(text(el)).to.contain('moet u zich eerst aanmelden');
    expect(q(el, '.sign-in-notice a')!.textContent).to.equal('Aanmelden');
    expect(text(el)).to.contain('Klantenzone');
    expect(text(el)).to.contain('Uw handtekening');
    await expect(el).to.be.accessible();
  });

  it('shows services by their display names from configure()', async () => {
    configure({ services: { 'espace-client': { fr: 'Espace client', nl: 'Klantenzone' } } });
    const el = await mount(
      html`<procura-mandate-form kind="access-request" service="espace-client" no-draft></procura-mandate-form>`,
    );
    expect(text(el)).to.contain('Service en ligne : Espace client');
    expect(text(el)).not.to.contain('espace-client');
  });
});
