// A configuration mistake, as the visitor, the site's developer and a screen reader meet it:
// one sentence in the page's language, the technical list folded in a <details> (English,
// marked so), every issue on the console, and a typo named with the key it stands for.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { resetKit } from '../support/env.js';
import '../../src/define/consent.js';
import '../../src/define/mandate-form.js';
import '../../src/define/delegation-tree.js';
import type { ProcuraElement } from '../../src/core/base-element.js';

const notice = {
  controller: {
    name: 'Courtier Demo SRL',
    address: 'rue de l’Exemple 1, 1000 Bruxelles',
    contact: 'privacy@courtier.example',
    dpo: 'dpo@courtier.example',
  },
  policyUrl: 'https://courtier.example/vie-privee',
  noticeVersion: '2025-01',
  preset: 'insurance-prospection',
};
const SENTENCE = {
  fr: 'Cet élément n’est pas encore prêt : le site doit corriger sa configuration.',
  nl: 'Dit onderdeel is nog niet klaar: de site moet de instellingen ervan verbeteren.',
};
const SUMMARY = { fr: 'Détails pour le développeur du site', nl: 'Uitleg voor de ontwikkelaar van de site' };
/** Words that are English only (not French or Dutch): none may be outside the developer's details on a fr or nl page. */
const ENGLISH =
  /\b(the|this|not|setting|did|you|mean|missing|required|ready|needs|fix|details|for|developer|looks|typo)\b/i;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const box = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~=error][role=alert]')!;
/** The lines of the developer's list, as shown. */
const listed = (el: Element) => [...box(el).querySelectorAll('details li')].map((li) => clean(li.textContent));
/** What a visitor reads without opening anything: the error box minus the folded list. */
const visible = (el: Element) => {
  const copy = box(el).cloneNode(true) as HTMLElement;
  copy.querySelectorAll('details > :not(summary)').forEach((n) => n.remove());
  return clean(copy.textContent);
};

/** Mounts `tpl` in a page of language `lang`, catching the console and the procura-error event. */
async function mount<E extends ProcuraElement>(tpl: ReturnType<typeof html>, lang = 'fr') {
  const logged: string[] = [];
  const events: string[] = [];
  const orig = console.error;
  console.error = (...a: unknown[]) => logged.push(a.map(String).join(' '));
  try {
    const wrap = await fixture<HTMLElement>(
      html`<div lang=${lang} @procura-error=${(e: CustomEvent) => events.push(e.detail.error.message)}>${tpl}</div>`,
    );
    const el = wrap.firstElementChild as E;
    await el.updateComplete;
    // The tree checks its tree after a lazy import: wait for its verdict.
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part~=error]'); i++)
      await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    return { el, logged, events };
  } finally {
    console.error = orig;
  }
}

describe('configuration mistakes', () => {
  beforeEach(resetKit);

  it('names the setting a misspelt optional key stands for, in the details, on the console and in the event', async () => {
    const { el, logged, events } = await mount(
      html`<procura-consent .config=${{ ...notice, titel: 'Vos choix' }}></procura-consent>`,
    );
    const message = '"titel" is not a setting of <procura-consent>: did you mean "title"?';
    expect(listed(el)).to.deep.equal([`titel: ${message}`]);
    expect(logged).to.deep.equal([`[procura-consent] invalid configuration at titel: ${message}`]);
    expect(events).to.deep.equal([`titel: ${message}`]);
    expect(el.shadowRoot!.querySelector('input[type=checkbox]'), 'no box with a half-read configuration').to.equal(
      null,
    );
  });

  it('reads a child JSON script too, and takes a case or a missing letter as a typo', async () => {
    const { el, logged } = await mount(
      html`<procura-mandate-form><script type="application/json">{"Title":"Mon courtier","serviceName":{"espace-client":"Espace client"}}</script></procura-mandate-form>`,
    );
    expect(listed(el)).to.deep.equal([
      'Title: "Title" is not a setting of <procura-mandate-form>: did you mean "title"?',
      'serviceName: "serviceName" is not a setting of <procura-mandate-form>: did you mean "serviceNames"?',
    ]);
    expect(logged.join('\n')).to.contain(
      '[procura-mandate-form] invalid configuration at serviceName: "serviceName" is not a setting of <procura-mandate-form>: did you mean "serviceNames"?',
    );
  });

  it('finds an unknown key inside a nested object and inside a list', async () => {
    const controller = {
      name: 'Courtier Demo SRL',
      address: 'rue de l’Exemple 1',
      contact: 'privacy@courtier.example',
      dop: 'dpo@courtier.example',
    };
    const { el, logged } = await mount(
      html`<procura-consent .config=${{ ...notice, preset: undefined, controller, purposes: [{ preset: 'photo', labl: 'Ma photo' }] }}></procura-consent>`,
    );
    // In the order of the configuration itself: `controller` comes first in `notice`.
    expect(listed(el)).to.deep.equal([
      'controller.dop: "dop" is not a setting of controller in <procura-consent>: did you mean "dpo"?',
      'purposes[0].labl: "labl" is not a setting of purposes[0] in <procura-consent>: did you mean "label"?',
    ]);
    expect(logged).to.have.length(2);
    expect(logged[0]).to.equal(
      '[procura-consent] invalid configuration at controller.dop: "dop" is not a setting of controller in <procura-consent>: did you mean "dpo"?',
    );
  });

  it('names the likely typo of a missing required setting, once', async () => {
    const { controller, ...rest } = notice;
    const { el } = await mount(html`<procura-consent .config=${{ ...rest, controler: controller }}></procura-consent>`);
    expect(listed(el)).to.deep.equal(['controller: is missing; "controler" looks like a typo of it']);
  });

  it('suggests nothing when no known key is close, and lists the known ones instead', async () => {
    const { el, logged } = await mount(html`<procura-consent .config=${{ ...notice, zzqx: true }}></procura-consent>`);
    expect(listed(el)).to.deep.equal([
      'zzqx: "zzqx" is not a setting of <procura-consent>; its settings are preset, purposes, controller, policyUrl, noticeVersion, retention, rights, title',
    ]);
    expect(logged.join('\n')).not.to.contain('did you mean');
  });

  it('names a misspelt field of an inline tree the same way', async () => {
    const tree = {
      id: 't',
      version: '1',
      start: 'q',
      questions: { q: { text: 'Qui ?', hepl: 'Aide', options: [{ id: 'a', label: 'Moi', next: 'o' }] } },
      outcomes: { o: { text: 'Fait', mandate: false } },
    };
    const { el } = await mount(html`<procura-delegation-tree .config=${tree}></procura-delegation-tree>`);
    expect(listed(el)).to.deep.equal([
      'questions.q.hepl: "hepl" is not a field of questions.q in a decision tree: did you mean "help"?',
    ]);
    expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
  });

  for (const lang of ['fr', 'nl'] as const)
    it(`shows the visitor one ${lang} sentence with no English, the list folded for the developer, and stays accessible`, async () => {
      const { el } = await mount(
        html`<procura-consent .config=${{ ...notice, titel: 'x', controller: { ...notice.controller, nmae: 'x' } }}></procura-consent>`,
        lang,
      );
      const alert = box(el);
      expect(visible(el)).to.equal(`${SENTENCE[lang]} ${SUMMARY[lang]}`);
      expect(visible(el)).not.to.match(ENGLISH);
      expect(alert.querySelectorAll(':scope > p')).to.have.length(1);
      const details = alert.querySelector('details')!;
      expect(details.open, 'folded until the developer opens it').to.equal(false);
      expect(details.lang).to.equal('en');
      expect(details.querySelector('summary')!.lang).to.equal(lang);
      expect(listed(el)).to.deep.equal([
        'controller.nmae: "nmae" is not a setting of controller in <procura-consent>: did you mean "name"?',
        'titel: "titel" is not a setting of <procura-consent>: did you mean "title"?',
      ]);
      await expect(el).to.be.accessible();
      const summary = details.querySelector('summary')!;
      expect(summary.getBoundingClientRect().height, 'the summary is a 24 px target').to.be.at.least(24);
      summary.click();
      expect(details.open).to.equal(true);
      await expect(el).to.be.accessible();
    });
});
