// Two people, one browser profile: Anne signs out, Jan signs in. Nothing of Anne's
// (her draft, her cached list of access, her waiting submissions) reaches Jan, with the
// reference server answering and with the backend unreachable; clearPersonalData()
// leaves nothing of hers in IndexedDB.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { control, env, resetKit, signIn, until } from '../support/env.js';
import { DB_NAME } from '../../src/core/idb.js';
import { currentPerson, personKeyOf, ANONYMOUS } from '../../src/core/person.js';
import { clearPersonalData } from '../../src/classes.js';
import * as kit from '../../src/index.js';
import '../../src/define/access-grants.js';
import type { ProcuraAccessGrants } from '../../src/access-grants/access-grants.js';
import type { TestFixture } from '../support/fixture-element.js';
import '../support/fixture-element.js';
import { at } from '../support/at.js';
import { entry, mandate, shadow, text } from '../access-grants/support.js';

const ANNE_DRAFT = 'Anne Dupont, anne.dupont@example.com, née le 14/03/1968';

/** Every record of the kit's database, read with IndexedDB itself. */
type Stored = Array<Record<string, unknown>>;
const STORES = ['drafts', 'outbox', 'cache'] as const;
async function everything(): Promise<Record<(typeof STORES)[number], Stored>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const q = indexedDB.open(DB_NAME);
    q.onsuccess = () => resolve(q.result);
    q.onerror = () => reject(q.error);
  });
  const out = { drafts: [] as Stored, outbox: [] as Stored, cache: [] as Stored };
  for (const name of STORES) {
    out[name] = await new Promise((resolve, reject) => {
      const q = db.transaction(name).objectStore(name).getAll();
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
  }
  db.close();
  return out;
}

async function draftElement(endpoint: string): Promise<TestFixture> {
  const el = await fixture<TestFixture>(
    html`<procura-test-fixture id="mandate" endpoint=${endpoint}></procura-test-fixture>`,
  );
  await el.updateComplete;
  return el;
}

async function grants(endpoint: string): Promise<ProcuraAccessGrants> {
  const el = await fixture<ProcuraAccessGrants>(
    html`<procura-access-grants id="mine" endpoint=${endpoint}></procura-access-grants>`,
  );
  await until(() => !!shadow(el).querySelector('.toolbar, .empty, [part~=error], .notice'), 'the list to load', 15_000);
  await el.updateComplete;
  return el;
}

/** Anne, signed in, types a draft and opens her list (kept for offline use). */
async function anneUsesTheBrowser(): Promise<string> {
  // One pending mandate from Anne to Bram (made once: the server allows one per mandatary and service).
  await mandate('anne', 'bram').catch((e: Error) => {
    if (!/^mandate refused: 409/.test(e.message)) throw e;
  });
  await signIn('anne');
  const form = await draftElement(env.backend!);
  form.setText(ANNE_DRAFT);
  await form.drafts.settled;
  form.remove();
  const list = await grants(env.backend!);
  expect(entry(list, 'Bram Janssens'), 'Anne sees her own grant').to.not.equal(undefined);
  const anne = await personKeyOf('anne');
  await until(async () => (await everything()).cache.some((r) => r.person === anne), 'Anne’s list to be kept');
  list.remove();
  return anne;
}

describe('a browser shared by two people', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });
  afterEach(() => control('up'));

  it('Anne’s data is kept under a salted hash of her id, never her id in clear', async () => {
    const anne = await anneUsesTheBrowser();
    expect(anne).to.match(/^p:[0-9a-f]{64}$/);
    expect(await currentPerson(env.backend)).to.equal(anne);
    const all = await everything();
    expect(all.drafts.map((r) => r.person)).to.deep.equal([anne]);
    expect(all.drafts.map((r) => r.key)).to.deep.equal([`${anne}/procura-test-fixture:mandate`]);
    for (const r of [...all.drafts, ...all.cache]) {
      expect(String(r.key)).to.not.contain('anne');
      expect(String(r.person)).to.not.contain('anne');
    }
    // Not the bare SHA-256 of the id: a per-browser salt is in it.
    const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('anne'));
    expect(anne).to.not.contain([...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join(''));
  });

  it('Jan, signed in with the server answering, sees neither Anne’s draft nor her list', async () => {
    await anneUsesTheBrowser();
    await signIn('jan');
    const form = await draftElement(env.backend!);
    expect(await form.drafts.restore()).to.equal(undefined);
    expect(form.drafts.status).to.equal('empty');
    expect(form.value).to.equal('');
    const list = await grants(env.backend!);
    expect(entry(list, 'Bram Janssens'), 'Anne’s grant in Jan’s list').to.equal(undefined);
    expect(text(list)).to.not.contain('Bram');
  });

  it('Jan, signed in while the backend is unreachable, sees neither Anne’s draft nor her cached list', async () => {
    await anneUsesTheBrowser();
    await signIn('jan');
    await control('down');
    const form = await draftElement(env.control);
    expect(await form.drafts.restore()).to.equal(undefined);
    expect(form.value).to.equal('');
    const list = await grants(env.control);
    expect(entry(list, 'Bram Janssens'), 'Anne’s cached grant shown to Jan').to.equal(undefined);
    expect(text(list, '.notice p')).to.equal(
      'Vous êtes hors ligne, et aucune liste des accès n’a été gardée dans ce navigateur.',
    );
    // Anne, back on the same page, still has hers: it was kept for her, not thrown away.
    await control('up');
    await signIn('anne');
    const again = await draftElement(env.backend!);
    expect((await again.drafts.restore())?.value).to.equal(ANNE_DRAFT);
  });

  it('a submission Anne left waiting is not sent with Jan’s session', async () => {
    await signIn('anne');
    expect(await currentPerson(env.backend)).to.equal(await personKeyOf('anne'));
    await control('down');
    const form = await draftElement(env.control);
    const state = await form.submission.submit('consents', { text: ANNE_DRAFT });
    expect(state.state).to.equal('queued');
    const waiting = at((await everything()).outbox, 0, 'queued submission');
    expect(waiting.person).to.equal(await personKeyOf('anne'));
    await signIn('jan');
    await control('up');
    await currentPerson(env.control); // the control server is no session: Jan stays unconfirmed, anonymous
    await kit.outbox().flush();
    const { received } = await import('../support/env.js');
    expect((await received('/consents')).length, 'Anne’s submission sent while Jan is signed in').to.equal(0);
    expect((await everything()).outbox.length).to.equal(1);
  });

  it('clearPersonalData() leaves nothing of Anne in IndexedDB, and Jan’s draft stays his', async () => {
    expect(kit.clearPersonalData).to.equal(clearPersonalData);
    await signIn('jan');
    const jans = await draftElement(env.backend!);
    jans.setText('Jan Peeters, brouillon');
    await jans.drafts.settled;
    jans.remove();
    await anneUsesTheBrowser();
    // Something Anne sent while the backend was down.
    await control('down');
    const form = await draftElement(env.control);
    await form.submission.submit('consents', { text: ANNE_DRAFT });
    form.remove();
    const anne = await personKeyOf('anne');
    const before = await everything();
    expect(before.outbox.map((r) => r.person)).to.deep.equal([anne]);
    expect(JSON.stringify(before)).to.contain('Anne Dupont');

    await clearPersonalData(env.backend);

    const after = await everything();
    const left = JSON.stringify(after);
    expect(left).to.not.contain(anne);
    expect(left).to.not.contain('Anne Dupont');
    expect(left).to.not.contain('anne.dupont@example.com');
    expect(after.outbox).to.deep.equal([]);
    expect(after.cache).to.deep.equal([]);
    expect(after.drafts.map((r) => r.person)).to.deep.equal([await personKeyOf('jan')]);
    expect(await currentPerson()).to.equal(ANONYMOUS);
  });
});
