import { expect } from '@open-wc/testing';
import '../support/env.js';
import { resetKit } from '../support/env.js';
import { parse } from '../../src/model/schema.js';
import { consentRecord } from '../../src/model/consent.js';
import { canonicalJson, sha256Hex } from '../../src/core/crypto.js';
import type { ProcuraConsent } from '../../src/consent/consent.js';
import { mount, notice, click, saveAndCapture, status, box, root, visibleText } from './helpers.js';

const purposes = (label = 'Recevoir la lettre d’information') => [
  {
    id: 'newsletter',
    basis: 'consent',
    version: '3',
    label: { fr: label, nl: 'De nieuwsbrief ontvangen', en: 'Receive the newsletter' },
    description: 'Une fois par mois.',
  },
  'postal-phone-prospection',
];

async function hashOf(config: unknown, attrs: Record<string, string> = {}): Promise<string> {
  const el = await mount(config, attrs);
  await click(el, 'newsletter');
  const r = await el.record();
  return r!.noticeSha256;
}

describe('procura-consent: the record and its proof', () => {
  beforeEach(resetKit);

  it('makes a valid consent record of the model, with the origin only as source', async () => {
    const el = await mount(
      { ...notice, purposes: purposes() },
      { id: 'quote-consent', subject: 'C-100231', 'indicated-by': 'mandatary:M-77' },
    );
    await click(el, 'newsletter');
    const r = (await el.record())!;
    const checked = parse(consentRecord, r);
    expect(checked.ok, JSON.stringify(checked)).to.equal(true);
    expect(r.source).to.equal(`${location.origin}#quote-consent`);
    expect(r.subject).to.equal('C-100231');
    expect(r.indicatedBy).to.deep.equal({ role: 'mandatary', reference: 'M-77' });
    expect(r.noticeVersion).to.equal('2025-01');
    expect(r.locale).to.equal('fr');
    // First decision for this person: every purpose is recorded, the untouched ones too.
    expect(r.decisions.map((d) => [d.purpose, d.basis, d.state, d.purposeVersion])).to.deep.equal([
      ['newsletter', 'consent', 'given', '3'],
      ['postal-phone-prospection', 'opposition', 'given', '1'],
    ]);
  });

  it('hashes exactly the texts shown: the canonical JSON of the notice and the purposes as rendered', async () => {
    const el = await mount({ ...notice, purposes: purposes() });
    const shown = el.shown();
    const text = visibleText(el);
    expect(text).to.contain(shown.notice.rights);
    expect(text).to.contain(shown.purposes[1]!.label);
    expect(await el.noticeSha256()).to.equal(await sha256Hex(canonicalJson(shown)));
  });

  it('gives the same hash for the same texts, and another only when a text or the locale changes', async () => {
    const same1 = await hashOf({ ...notice, purposes: purposes() });
    const same2 = await hashOf({ ...notice, purposes: purposes() }, { subject: 'C-1', id: 'other' });
    expect(same1).to.match(/^[0-9a-f]{64}$/);
    expect(same2).to.equal(same1);
    expect(await hashOf({ ...notice, noticeVersion: '2025-02', purposes: purposes() })).to.equal(same1);
    const labelChanged = await hashOf({ ...notice, purposes: purposes('Recevoir notre lettre d’information') });
    expect(labelChanged).to.not.equal(same1);
    const contactChanged = await hashOf({
      ...notice,
      controller: { ...notice.controller, contact: 'vie-privee@courtier.example' },
      purposes: purposes(),
    });
    expect(contactChanged).to.not.equal(same1);
    const english = await hashOf({ ...notice, purposes: purposes() }, { lang: 'en' });
    expect(english).to.not.equal(same1);
    expect(await hashOf({ ...notice, purposes: purposes() }, { lang: 'en' })).to.equal(english);
  });

  it('records a withdrawal when a given consent is unticked, and an objection and its lifting', async () => {
    const el = await mount({ ...notice, purposes: purposes() }, { subject: 'C-9' });
    await click(el, 'newsletter');
    const first = (await saveAndCapture(el))!;
    expect(status(el)).to.equal('Aucun serveur n’est configuré : rien ne sera envoyé.');
    expect(first.decisions.map((d) => d.state)).to.deep.equal(['given', 'given']);
    expect(root(el).querySelector('[data-purpose=newsletter] .state')?.textContent).to.match(/^Accord donné le /);

    // Withdrawing is one click on the same box, then the same save.
    await click(el, 'newsletter');
    await click(el, 'postal-phone-prospection');
    const second = (await saveAndCapture(el))!;
    expect(second.decisions.map((d) => [d.purpose, d.state])).to.deep.equal([
      ['newsletter', 'withdrawn'],
      ['postal-phone-prospection', 'objected'],
    ]);
    expect(root(el).querySelector('[data-purpose=newsletter] .state')?.textContent).to.match(/^Accord retiré le /);
    expect(root(el).querySelector('[data-purpose=postal-phone-prospection] .state')?.textContent).to.match(
      /^Opposition enregistrée le /,
    );

    await click(el, 'postal-phone-prospection');
    const third = (await saveAndCapture(el))!;
    expect(third.decisions.map((d) => [d.purpose, d.basis, d.state])).to.deep.equal([
      ['postal-phone-prospection', 'opposition', 'given'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('records nothing and says so when nothing changed', async () => {
    const el = await mount({ ...notice, purposes: purposes() });
    await saveAndCapture(el);
    const again = await saveAndCapture(el);
    expect(again).to.equal(undefined);
    expect(status(el)).to.equal('Vous n’avez rien changé : il n’y a rien à enregistrer.');
    // Ticking then unticking is no change either.
    await click(el, 'newsletter');
    await click(el, 'newsletter');
    expect(await el.record()).to.equal(undefined);
  });

  it('lets the page cancel a record through procura-submit', async () => {
    const el: ProcuraConsent = await mount({ ...notice, purposes: purposes() });
    el.addEventListener('procura-submit', (e) => e.preventDefault(), { once: true });
    await click(el, 'newsletter');
    await saveAndCapture(el);
    expect(status(el)).to.equal('L’envoi a été annulé par la page.');
    expect(box(el, 'newsletter').checked).to.equal(true);
    // Not recorded: the next save still carries the decision.
    const r = await saveAndCapture(el);
    expect(r!.decisions.find((d) => d.purpose === 'newsletter')!.state).to.equal('given');
  });
});
