// The notice a record names by hash reaches the reference server (issue 16: consent proof): a
// consent given in the element, then the broker `claire` reads the subject's proof over HTTP.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { env, resetKit, signIn, until } from '../support/env.js';
import { api, as } from '../access-grants/support.js';
import { clean, desk, mandate, open } from '../broker-desk/support.js';
import type { DeskConsents } from '../../src/model/index.js';
import { sha256Hex } from '../../src/core/crypto.js';
import { notice, click, root, settled } from './helpers.js';

const ANNE = 'C-100231';
const config = { ...notice, purposes: ['electronic-prospection', 'photo'] };

describe('procura-consent keeps its notice text at the reference server', () => {
  beforeEach(async () => {
    await resetKit();
    if (!env.backend) throw new Error('the reference server is not running (server/main.ts)');
  });

  it('a consent given in the element: the broker’s desk shows the notice the record names, as hashed', async () => {
    await signIn('anne');
    const wrap = await fixture<HTMLDivElement>(
      html`<div><procura-consent id="notice-kept" lang="nl" subject=${ANNE} .config=${config} endpoint=${env.backend!}></procura-consent></div>`,
    );
    const el = wrap.querySelector('procura-consent')!;
    await until(() => (el as unknown as { loadState: string }).loadState !== 'loading', 'the current state to load');
    await el.updateComplete;
    await click(el, 'photo');
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect(await settled(el)).to.equal('sent');
    const hash = await el.noticeSha256();

    await as('claire');
    let proof: DeskConsents | undefined;
    await until(async () => {
      const res = await api<DeskConsents>(`/desk/consents?subject=${ANNE}`);
      proof = res.body;
      return res.status === 200 && res.body.notices.some((n) => n.sha256 === hash);
    }, 'the server to hold the notice');
    expect(proof!.records.some((r) => r.noticeSha256 === hash)).to.equal(true);
    const kept = proof!.notices.find((n) => n.sha256 === hash)!;
    // The text as hashed (absent members dropped), which hashes to the record's noticeSha256.
    expect(JSON.parse(kept.text)).to.deep.equal(JSON.parse(JSON.stringify(el.shown())));
    expect(await sha256Hex(kept.text)).to.equal(hash);
    // Only the texts shown: neither the subject nor the person is in it.
    expect(kept.text).not.to.contain(ANNE);
    expect(kept.text).not.to.contain('Anne');

    // The desk shows it under the record, in the language the person read it in.
    await mandate('anne', 'jan', { clientRef: ANNE, service: 'Avis conservé' });
    const board = await desk('claire', 'fr');
    const section = await open(board, 'Avis conservé');
    section.querySelector<HTMLButtonElement>('[part~=consents-load]')!.click();
    await until(() => !!section.querySelector('[part~=consents] li'), 'the proof');
    const item = [...section.querySelectorAll('[part~=consents] li')].find((li) =>
      li.textContent!.includes(hash.slice(0, 12)),
    )!;
    const details = item.querySelector('details[part~=notice]')!;
    expect(clean(details.querySelector('summary')!.textContent)).to.equal(
      `Le texte de l’avis que la personne a lu (avis ${notice.noticeVersion})`,
    );
    expect(details.querySelector('.notice-text')!.getAttribute('lang')).to.equal(el.shown().locale);
    for (const p of el.shown().purposes) expect(details.textContent).to.contain(p.label);
    (details as HTMLDetailsElement).open = true;
    await expect(board).to.be.accessible();
  });
});
