// "Vérifier la preuve" in the grants viewer, against the reference server: the server's evidence
// (trail, signed checkpoints, seal) and the served document's SHA-256 recomputed in this browser.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { control, env, resetKit, signIn, until } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import '../../src/define/access-grants.js';
import type { ProcuraAccessGrants } from '../../src/access-grants/access-grants.js';
import { as, broker, entry, mandate, resetServer, shadow } from './support.js';

const ready = (el: ProcuraAccessGrants) =>
  until(() => !!shadow(el).querySelector('.toolbar, .empty, [part~=error], .notice'), 'the list to load', 15_000);

async function viewer(lang = 'fr'): Promise<ProcuraAccessGrants> {
  const el = await fixture<ProcuraAccessGrants>(
    html`<procura-access-grants lang=${lang} endpoint=${env.backend!}></procura-access-grants>`,
  );
  await ready(el);
  await el.updateComplete;
  return el;
}

const lines = (li: HTMLElement) =>
  [...li.querySelectorAll('[part~=proof] li')].map((x) => x.textContent!.replace(/\s+/g, ' ').trim());

describe('procura-access-grants: checking the proof', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });

  it('says the document matches (recomputed here), the seal and the trail verify, and offers the evidence file', async () => {
    const id = await mandate('anne', 'bram');
    await broker(id, 'activate', {}, 'anne');
    const el = await viewer();
    const li = entry(el, 'Bram Janssens')!;
    const region = li.querySelector('[part~=proof]')!;
    expect(region, 'the status region is there before it speaks').to.not.equal(null);
    expect(region.getAttribute('role')).to.equal('status');
    const button = li.querySelector<HTMLButtonElement>('[part~=check-proof]')!;
    expect(button.textContent!.trim()).to.equal('Vérifier la preuve');
    button.click();
    await until(
      () =>
        lines(entry(el, 'Bram Janssens')!).length > 0 ||
        !!entry(el, 'Bram Janssens')!.querySelector('[part~=proof] .bad'),
      'the proof to be checked',
      20_000,
    );
    const said = lines(entry(el, 'Bram Janssens')!);
    expect(said[0]).to.equal(
      '✓ Le document reçu correspond à l’empreinte enregistrée : votre navigateur vient de la recalculer.',
    );
    expect(said[1]).to.match(
      /^✓ Le serveur a vérifié le sceau électronique du document \(niveau B-[BT]\), apposé le \d{1,2} \S+ \d{4}\.$/,
    );
    expect(said[2]).to.equal(
      '✓ Le serveur a vérifié l’historique de cet accès (2 événements) : il est intact et correspond au dernier point de contrôle signé.',
    );

    // The file offered is the server's evidence export, and its document hash is the one served.
    const link = entry(el, 'Bram Janssens')!.querySelector<HTMLAnchorElement>('[part~=evidence]')!;
    expect(link.getAttribute('download')).to.equal(`procura-dossier-${id}.json`);
    const file = (await (await fetch(link.href)).json()) as {
      schema: string;
      grantId: string;
      events: { type: string }[];
      checkpoints: string[];
      verification: { valid: boolean };
    };
    expect(file.schema).to.equal('procura.evidence/1');
    expect(file.grantId).to.equal(id);
    expect(file.events.map((e) => e.type)).to.deep.equal(['created', 'activated']);
    expect(file.checkpoints.length).to.be.greaterThan(0);
    expect(file.verification.valid).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks Dutch, with the count of events', async () => {
    await mandate('anne', 'bram');
    await as('anne');
    const el = await viewer('nl');
    const li = entry(el, 'Bram Janssens')!;
    li.querySelector<HTMLButtonElement>('[part~=check-proof]')!.click();
    await until(() => lines(entry(el, 'Bram Janssens')!).length > 0, 'the proof to be checked', 20_000);
    expect(lines(entry(el, 'Bram Janssens')!)[2]).to.equal(
      '✓ De server heeft de geschiedenis van deze toegang gecontroleerd (1 gebeurtenis): ze is intact en komt overeen met het laatste ondertekende controlepunt.',
    );
  });
  it('with bearer headers, opening a sealed document checks it against the signed original and opens it (no false alarm)', async () => {
    await mandate('anne', 'bram');
    const token = await signIn('anne');
    configure({ headers: () => ({ Authorization: `Bearer ${token}` }) });
    const opened: string[] = [];
    const realOpen = HTMLAnchorElement.prototype.click;
    // The element opens the checked PDF in a new tab by clicking a link it made: record where, without leaving the test page.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.target === '_blank' && this.href.startsWith('blob:')) opened.push(this.href);
      else realOpen.call(this);
    };
    try {
      const el = await viewer();
      entry(el, 'Bram Janssens')!.querySelector<HTMLAnchorElement>('a[part~=document]')!.click();
      await until(
        () => opened.length > 0 || !!shadow(el).querySelector('[part~=error]'),
        'the document to be opened or refused',
        20_000,
      );
      expect(shadow(el).querySelector('[part~=error]')?.textContent ?? '', 'no mismatch reported').to.equal('');
      expect(opened.length).to.equal(1);
    } finally {
      HTMLAnchorElement.prototype.click = realOpen;
    }
  });
});
