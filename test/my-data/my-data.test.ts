import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../support/env.js';
import { control, env, pdfTool, resetKit, until } from '../support/env.js';
import '../../src/define/my-data.js';
import type { MyData } from '../../src/model/rights.js';
import { api, as, mandate, resetServer } from '../access-grants/support.js';
import { CONFIG, facts, longDate, q, said, sheet, text, watchDownloads } from './support.js';

describe('procura-my-data: the summary sheet', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows anne what is held on her, grouped in plain words, with her form’s SHA-256 (axe clean)', async () => {
    await mandate('anne', 'bram', { service: 'Espace client' });
    await as('anne');
    const mine = (await api<MyData>('/me/data')).body;
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!} .config=${CONFIG}></procura-my-data>`);
    const headings = [...el.shadowRoot!.querySelectorAll('[part~=section] > h3')].map((h) => h.textContent);
    expect(headings).to.deep.equal([
      'Identité et coordonnées',
      'Consentements et leur historique',
      'Oppositions à la mesure d’audience',
      'Les accès que vous avez donnés',
      'Les accès que l’on vous a donnés',
      'Documents et leurs empreintes',
      'Questionnaires',
      'Mes demandes',
      'Faire une demande',
      'Qui traite vos données, et vos droits',
    ]);
    const identity = facts(el, '[aria-labelledby=md-identity]');
    expect(identity).to.contain('Prénom Anne');
    expect(identity).to.contain('Nom Dupont');
    expect(identity).to.contain('Adresse e-mail anne.dupont@example.com');
    expect(identity).to.contain('Date de naissance 14 mars 1968');
    expect(identity).to.contain('Numéro de client C-100231');
    expect(text(el, '[aria-labelledby=md-oppositions]')).to.contain('ne peut pas être reliée à vous');
    expect(text(el, '[aria-labelledby=md-given]')).to.contain('Bram Janssens, Espace client : en attente');
    const sha = mine.grantsGiven[0]!.document!.sha256;
    expect(text(el, '[part~=document]')).to.contain(`Empreinte SHA-256 : ${sha}`);
    expect(facts(el, '[aria-labelledby=md-controller]')).to.contain('Responsable du traitement Cabinet Lambert SRL');
    await expect(el).to.be.accessible();
  });

  it('shows a company (acme) its name, enterprise number and seat', async () => {
    await as('acme');
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    const identity = facts(el, '[aria-labelledby=md-identity]');
    expect(identity).to.contain('Dénomination ACME SA');
    expect(identity).to.contain('Numéro d’entreprise 0123.456.749');
    expect(identity).to.contain('Siège Rue de la Loi 16, 1000 Bruxelles');
    expect(identity).to.contain('Adresse e-mail marie.lambert@acme.example.com');
    await expect(el).to.be.accessible();
  });

  it('speaks Dutch on a Dutch page', async () => {
    await as('anne');
    const el = await sheet(
      html`<procura-my-data lang="nl" endpoint=${env.backend!} .config=${CONFIG}></procura-my-data>`,
    );
    await until(() => text(el).includes('Identiteit en contactgegevens'), 'the Dutch texts');
    expect(text(el, 'h2')).to.equal('Mijn gegevens');
    expect(facts(el, '[aria-labelledby=md-identity]')).to.contain('Geboortedatum 14 maart 1968');
    expect(facts(el, '[aria-labelledby=md-controller]')).to.contain('Contact privacy@lambert.example');
    expect(text(el)).not.to.contain('Identité');
    await expect(el).to.be.accessible();
  });

  it('tells a person who is not signed in to sign in', async () => {
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    expect(said(el, 'alert')).to.equal(
      'Vos données n’ont pas pu être chargées. Connectez-vous à votre espace pour voir vos données. Recharger',
    );
    expect(q(el, '[part~=section]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the backend cannot be reached, and loads on retry', async () => {
    await as('anne');
    await control('down');
    const el = await sheet(html`<procura-my-data endpoint=${env.control}></procura-my-data>`);
    expect(said(el, 'alert')).to.match(/^Vos données n’ont pas pu être chargées\. .+ Recharger$/);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px: nothing scrolls sideways', async () => {
    await mandate('anne', 'bram');
    await as('anne');
    await setViewport({ width: 320, height: 640 });
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!} .config=${CONFIG}></procura-my-data>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=section]'))
      expect(part.scrollWidth, part.getAttribute('aria-labelledby')!).to.be.at.most(part.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('downloads everything as JSON, as the backend answered it', async () => {
    await as('anne');
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    const dl = watchDownloads();
    try {
      q<HTMLButtonElement>(el, '[part~=download-json]')!.click();
      await until(() => dl.files.length === 1, 'the JSON file');
    } finally {
      dl.stop();
    }
    const file = dl.files[0]!;
    const data = JSON.parse(await file.blob.text()) as MyData;
    expect(file.name).to.equal(`procura-mes-donnees-${data.generatedAt.slice(0, 10)}.json`);
    expect(data.person.email).to.equal('anne.dupont@example.com');
    expect(data.oppositions).to.deep.equal({ linkable: false });
    await until(() => said(el, 'status') !== '', 'the notice');
    expect(said(el, 'status')).to.equal(`Le fichier ${file.name} est téléchargé.`);
  });

  it('prints a readable PDF summary where “Dvořák” prints whole', async () => {
    await as('anne');
    const mine = (await api<MyData>('/me/data')).body;
    const data: MyData = { ...mine, person: { ...mine.person, familyName: 'Dvořák', displayName: 'Anne Dvořák' } };
    const el = await sheet(html`<procura-my-data .myData=${data}></procura-my-data>`);
    const dl = watchDownloads();
    try {
      q<HTMLButtonElement>(el, '[part~=download-pdf]')!.click();
      await until(() => dl.files.length === 1, 'the PDF', 20_000);
    } finally {
      dl.stop();
    }
    expect(dl.files[0]!.name).to.equal(`procura-mes-donnees-${data.generatedAt.slice(0, 10)}.pdf`);
    const pdf = await pdfTool('pdftotext', await dl.files[0]!.blob.arrayBuffer());
    expect(pdf.ok, pdf.output).to.equal(true);
    const words = pdf.output.replace(/\s+/g, ' ');
    expect(words).to.contain('Fiche de synthèse de mes données');
    expect(words).to.contain('Nom : Dvořák');
    expect(words).to.contain(`à la date du ${longDate(data.generatedAt)}`);
    expect(words).to.contain('Adresse e-mail : anne.dupont@example.com');
  });
});
