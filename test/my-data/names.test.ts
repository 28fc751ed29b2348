// What <procura-my-data> calls things: consent purposes and questionnaires by what a person
// understands, never by a bare id; and the sheet of a mandatary and of a broker's staff.
import { expect, html } from '@open-wc/testing';
import '../support/env.js';
import { configure } from '../../src/core/configure.js';
import { control, env, resetKit, until } from '../support/env.js';
import '../../src/define/my-data.js';
import type { DefinitionVersion } from '../../src/model/definition.js';
import type { MyData } from '../../src/model/rights.js';
import { api, as, mandate, resetServer } from '../access-grants/support.js';
import { facts, q, sheet, text } from './support.js';

const run = crypto.randomUUID().slice(0, 8);

const TREE = {
  id: 'broker-client-space',
  version: '3',
  title: { fr: 'Qui peut agir pour vous ?', nl: 'Wie kan voor u optreden?' },
  start: 'who',
  questions: {
    who: {
      text: { fr: 'Pour qui ?', nl: 'Voor wie?' },
      options: [
        { id: 'me', label: { fr: 'Pour moi', nl: 'Voor mij' }, next: 'mandate-self' },
        { id: 'other', label: { fr: 'Pour un autre', nl: 'Voor een ander' }, next: 'mandate-other' },
      ],
    },
  },
  outcomes: {
    'mandate-self': { text: { fr: 'Vous agissez vous-même.', nl: 'U treedt zelf op.' }, mandate: false },
    'mandate-other': {
      text: { fr: 'Un mandat écrit est nécessaire.', nl: 'Een schriftelijk mandaat is nodig.' },
      mandate: true,
    },
  },
};

const answered = (definition?: unknown) => ({
  treeId: 'broker-client-space',
  treeVersion: '3',
  outcome: 'mandate-other',
  answers: [{ question: 'who', option: 'other' }],
  ...(definition !== undefined && { definition }),
});

/** Claire (the office's admin) publishes the questionnaire; gives back the reference a decision names. */
async function publishTree() {
  await as('claire');
  const res = await api<DefinitionVersion>('/definitions', {
    method: 'POST',
    json: { kind: 'tree', id: `client-space-${run}`, definition: TREE },
  });
  expect(res.status, JSON.stringify(res.body)).to.be.oneOf([200, 201]);
  return { id: res.body.id, version: res.body.version, sha256: res.body.sha256 };
}

/** Anne's consent choices: two of the kit's presets, the share preset and the site's own `newsletter`. */
async function anneConsents(): Promise<void> {
  await as('anne');
  const at = new Date().toISOString();
  const record = {
    recordId: crypto.randomUUID(),
    subject: 'C-100231',
    indicatedBy: { role: 'subject' },
    noticeVersion: '2026-01',
    noticeSha256: 'a'.repeat(64),
    locale: 'fr',
    decisions: [
      { purpose: 'photo', basis: 'consent', state: 'given', at },
      { purpose: 'postal-phone-prospection', basis: 'opposition', state: 'objected', at },
      { purpose: 'share-banque-x-droits-de-pension', basis: 'consent', state: 'given', at },
      { purpose: 'newsletter', basis: 'consent', state: 'refused', at },
    ],
    collectedAt: at,
    source: 'test/my-data',
  };
  expect((await api('/consents', { method: 'POST', json: record })).status).to.be.oneOf([200, 201, 202]);
}

const lines = (el: Element, sel: string) =>
  [...el.shadowRoot!.querySelectorAll(`${sel} li li, ${sel} ul > li`)].map((li) =>
    (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('procura-my-data: names a person understands', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });
  afterEach(() => configure({ headers: {} }));

  it('names the preset purposes, and says a purpose of the site’s own is known only by its id', async () => {
    await anneConsents();
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    const said = lines(el, '[aria-labelledby=md-consents] .history');
    expect(said.some((s) => s.startsWith('Usage de votre photo ou de votre image : accepté le'))).to.equal(true);
    expect(
      said.some((s) => s.startsWith('Offres par courrier ou par l’appel d’un conseiller : opposition le')),
    ).to.equal(true);
    expect(
      said.some((s) => s.startsWith('Transmission de données à un destinataire, à votre demande : accepté')),
    ).to.equal(true);
    const own = said.find((s) => s.startsWith('newsletter : refusé le'));
    expect(own, said.join(' | ')).to.contain(
      '(« newsletter » est une finalité propre au site de votre courtier : ce résumé ne la connaît que par cet identifiant.)',
    );
    expect(text(el, '[aria-labelledby=md-consents]')).not.to.contain('postal-phone-prospection');
    await expect(el).to.be.accessible();
  });

  it('shows a questionnaire by its published title and outcome, in Dutch on a Dutch page', async () => {
    const ref = await publishTree();
    await as('anne');
    expect((await api('/decisions', { method: 'POST', json: answered(ref) })).status).to.equal(201);
    const fr = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    const want = 'Questionnaire « Qui peut agir pour vous ? » : Un mandat écrit est nécessaire. (1 réponse)';
    await fr.updateComplete;
    const part = () => text(fr, '[aria-labelledby=md-decisions]');
    await until(() => part().includes(want), 'the outcome’s text');
    expect(part()).not.to.contain('mandate-other');
    const nl = await sheet(html`<procura-my-data lang="nl" endpoint=${env.backend!}></procura-my-data>`);
    await until(
      () =>
        text(nl, '[aria-labelledby=md-decisions]').includes(
          'Vragenlijst “Wie kan voor u optreden?”: Een schriftelijk mandaat is nodig. (1 antwoord)',
        ),
      'the Dutch outcome',
    );
  });

  it('says in words that a questionnaire without a published definition is known by its ids', async () => {
    await as('anne');
    expect((await api('/decisions', { method: 'POST', json: answered() })).status).to.equal(201);
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    expect(text(el, '[aria-labelledby=md-decisions]')).to.contain(
      'Un questionnaire que le site nomme seulement « broker-client-space » (version 3) : son résultat, désigné « mandate-other », n’est pas décrit ici ; 1 réponse.',
    );
  });
});

describe('procura-my-data: a mandatary and a broker', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });

  it('shows bram, a mandatary, the access he holds and no consents of his own (axe clean)', async () => {
    await mandate('anne', 'bram', { service: 'Espace client' });
    await as('bram');
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    expect(facts(el, '[aria-labelledby=md-identity]')).to.contain('Vous êtes mandataire d’un client');
    expect(text(el, '.root > p')).to.match(
      /^Voici ce que le courtier .+ garde sur vous, en tant que mandataire de l’un de ses clients/,
    );
    expect(text(el, '[aria-labelledby=md-held]')).to.contain('Anne Dupont, Espace client : en attente');
    expect(text(el, '[aria-labelledby=md-given]')).to.contain('Aucun.');
    expect(text(el, '[aria-labelledby=md-consents]')).to.contain(
      'Aucun choix de consentement n’est enregistré à votre nom.',
    );
    expect(q(el, '[part~=form]'), 'bram may ask too').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows claire, of the broker’s staff, her own sheet as a member of the office', async () => {
    await as('claire');
    const mine = (await api<MyData>('/me/data')).body;
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
    expect(q(el, '[part~=error]'), text(el)).to.equal(null);
    expect(facts(el, '[aria-labelledby=md-identity]')).to.contain('Vous êtes membre du cabinet');
    expect(facts(el, '[aria-labelledby=md-identity]')).to.contain('Adresse e-mail claire.martin@broker.example.com');
    expect(text(el)).to.contain(
      `Voici ce que le cabinet ${mine.office.name}, pour lequel vous travaillez, garde sur vous`,
    );
    await expect(el).to.be.accessible();
  });
});
