// <procura-my-data> on a phone, once the person has grants (given, held, with a signed document):
// long names, e-mails, references and the 64-hex SHA-256 wrap inside the element, so the
// client space does not scroll sideways at 320 or 375 px; every target stays 24 px or more.
// And the receipt buttons: in every language the accessible name starts with the visible text.
import { expect, html } from '@open-wc/testing';
import { control, env, resetKit } from '../support/env.js';
import '../../src/define/my-data.js';
import { api, as, broker, mandate, resetServer } from '../access-grants/support.js';
import type { MyData } from '../../src/model/rights.js';
import { problems, viewport, wideViewport, WIDTHS } from '../reflow/support.js';
import { answer, ask, clean, CONFIG, root, sheet } from './support.js';

describe('<procura-my-data> at phone widths', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });
  after(() => wideViewport());

  for (const width of WIDTHS)
    for (const lang of ['fr', 'nl', 'en', 'de'])
      it(`fits ${width} px in ${lang} with grants given and held, their documents and a request`, async () => {
        await viewport(width);
        await mandate('jan', 'anne', {
          relation: 'belle-sœur et administratrice provisoire',
          scope: { contracts: 'all', includeFuture: true },
        });
        const active = await mandate('anne', 'jan', {
          scope: { contracts: 'listed', contractIds: ['C-1001-HABITATION-2024', 'C-2002-AUTOMOBILE-2025'] },
        });
        await broker(active, 'activate', {}, 'anne');
        await ask('anne', { kind: 'access' });
        await as('anne');
        const el = await sheet(
          html`<procura-my-data lang=${lang} endpoint=${env.backend!} .config=${CONFIG}></procura-my-data>`,
        );
        expect(root(el).querySelectorAll('[part~=document]').length, 'a signed document').to.be.greaterThan(0);
        expect(problems(el), 'the sheet').to.deep.equal([]);
        for (const kind of ['rectification', 'erasure']) {
          root(el).querySelector<HTMLInputElement>(`input[name=kind][value=${kind}]`)!.click();
          await el.updateComplete;
          expect(problems(el), `the form, asking for ${kind}`).to.deep.equal([]);
        }
      });
});

const HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const LONG = 'anne-sophie.vandenbroucke-de-wilde.administratrice@cabinet-lambert-et-associes.example';

/** The sheet the server gave, stretched: long e-mails, names, a note without spaces, two 64-hex hashes. */
function stretched(d: MyData): MyData {
  const doc = { href: '/api/grants/g/document', sha256: HEX, sealedSha256: HEX };
  const grant = (g: MyData['grantsGiven'][number]) => ({
    ...g,
    document: doc,
    grantor: { ...g.grantor, displayName: LONG },
    ...(g.mandatary ? { mandatary: { ...g.mandatary, displayName: LONG } } : {}),
  });
  return {
    ...d,
    office: { ...d.office, name: `Cabinet-${LONG}` },
    person: { ...d.person, email: LONG, displayName: LONG },
    grantsGiven: d.grantsGiven.map(grant),
    grantsHeld: d.grantsHeld.map(grant),
    requests: d.requests.map((r) => ({ ...r, reference: `REF-${HEX}`, note: LONG })),
  };
}

describe('<procura-my-data> at phone widths, with the longest words', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });
  after(() => wideViewport());

  for (const width of WIDTHS)
    it(`fits ${width} px: e-mails, references and 64-hex SHA-256 wrap`, async () => {
      await viewport(width);
      const id = await mandate('anne', 'jan', { scope: { contracts: 'all', includeFuture: true } });
      await broker(id, 'activate', {}, 'anne');
      await ask('anne', { kind: 'access' });
      await as('anne');
      const data = stretched((await api<MyData>('/me/data')).body);
      const el = await sheet(html`<procura-my-data .myData=${data} .config=${CONFIG}></procura-my-data>`);
      expect(root(el).querySelectorAll('[part~=document]').length, 'the documents').to.be.greaterThan(0);
      expect(problems(el)).to.deep.equal([]);
    });
});

describe('<procura-my-data> receipt buttons', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });

  for (const lang of ['fr', 'nl', 'en', 'de'])
    it(`in ${lang}, each receipt button's accessible name starts with its visible text`, async () => {
      const done = await ask('anne', { kind: 'access' });
      const refused = await ask('anne', { kind: 'erasure' });
      await ask('anne', { kind: 'objection' });
      await answer(done.id, { outcome: 'done' });
      await answer(refused.id, { outcome: 'refused', code: 'legal-hold-accounting' });
      await as('anne');
      const el = await sheet(html`<procura-my-data lang=${lang} endpoint=${env.backend!}></procura-my-data>`);
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('button[part~=receipt]')];
      expect(buttons.length).to.equal(3);
      for (const b of buttons) {
        const visible = clean(b.textContent);
        const name = b.getAttribute('aria-label') ?? '';
        expect(visible.length).to.be.greaterThan(0);
        expect(name.startsWith(visible), `"${name}" starts with "${visible}"`).to.equal(true);
      }
    });
});
