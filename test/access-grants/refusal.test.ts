// A refused request in the grants viewer, against the reference server: the demo's broker refuses
// over HTTP with a code and a note; the client reads the code's sentence in the page's language
// and the note as the broker wrote it, in a <bdi> of its own.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { control, env, resetKit, until } from '../support/env.js';
import '../../src/define/access-grants.js';
import type { ProcuraAccessGrants } from '../../src/access-grants/access-grants.js';
import type { Grant } from '../../src/model/grant.js';
import { api, as, entry, mandate, resetServer, shadow } from './support.js';

const ready = (el: ProcuraAccessGrants) =>
  until(() => !!shadow(el).querySelector('.toolbar, .empty, [part~=error], .notice'), 'the list to load', 15_000);

async function viewer(lang: string): Promise<ProcuraAccessGrants> {
  const el = await fixture<ProcuraAccessGrants>(
    html`<procura-access-grants lang=${lang} endpoint=${env.backend!}></procura-access-grants>`,
  );
  await ready(el);
  await el.updateComplete;
  return el;
}

/** The demo's broker refuses the grant over HTTP, then `back` signs in again. */
async function refuse(id: string, body: unknown, back: string): Promise<Grant> {
  await as('claire');
  const res = await api<Grant>(`/grants/${id}/refuse`, { method: 'POST', json: body });
  if (res.status !== 200) throw new Error(`refuse answered ${res.status} ${JSON.stringify(res.body)}`);
  await as(back);
  return res.body;
}

const said = (li: HTMLElement) =>
  [...li.querySelectorAll('[part~=refusal] p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

const NOTE = 'Bram et vous avez donné la même adresse : Bram doit utiliser la sienne (مثال).';

const SENTENCES = {
  fr: [
    'Votre courtier a refusé cette demande : les deux personnes ont donné la même adresse e-mail, alors que chacune doit avoir la sienne.',
    `Le mot de votre courtier : ${NOTE}`,
  ],
  nl: [
    'Uw makelaar heeft deze aanvraag geweigerd: beide personen gaven hetzelfde e-mailadres op, terwijl elk een eigen adres nodig heeft.',
    `Het bericht van uw makelaar: ${NOTE}`,
  ],
};

describe('procura-access-grants: a refused request', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });

  for (const lang of ['fr', 'nl'] as const)
    it(`shows the broker’s reason as a sentence in ${lang} and the note as written, in its own <bdi>`, async () => {
      const id = await mandate('anne', 'bram');
      const refused = await refuse(id, { code: 'same-email', note: NOTE }, 'anne');
      expect(refused.refusal?.code).to.equal('same-email');
      const el = await viewer(lang);
      const li = entry(el, 'Bram Janssens')!;
      expect(said(li)).to.deep.equal(SENTENCES[lang]);
      expect(li.querySelector('[part~=refusal] bdi')!.textContent).to.equal(NOTE);
      expect(li.querySelector('[part~=refusal]')!.getAttribute('role')).to.equal('note');
      await expect(el).to.be.accessible();
    });

  it('a refusal made with the first form ({ reason }) reads as the general sentence and the reason as the note', async () => {
    const id = await mandate('anne', 'bram');
    await refuse(id, { reason: 'Formulaire à refaire.' }, 'anne');
    const li = entry(await viewer('fr'), 'Bram Janssens')!;
    expect(said(li)).to.deep.equal([
      'Votre courtier a refusé cette demande.',
      'Le mot de votre courtier : Formulaire à refaire.',
    ]);
  });

  it('a pending or active grant shows no refusal', async () => {
    await mandate('anne', 'bram');
    const li = entry(await viewer('fr'), 'Bram Janssens')!;
    expect(li.querySelector('[part~=refusal]')).to.equal(null);
  });
});
