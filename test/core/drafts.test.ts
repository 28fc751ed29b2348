import { expect, fixture, html } from '@open-wc/testing';
import { resetKit, until } from '../support/env.js';
import { drafts } from '../../src/core/draft-db.js';
import { database, closeDatabase, DB_NAME } from '../../src/core/idb.js';
import { configure } from '../../src/core/configure.js';
import { clearPersonalData } from '../../src/core/clear-personal-data.js';
import type { TestFixture } from '../support/fixture-element.js';
import '../support/fixture-element.js';

describe('drafts', () => {
  beforeEach(resetKit);

  it('round-trips and reports a changed version as stale', async () => {
    await drafts.save('k', 'v1', { a: 1 });
    const found = await drafts.load<{ a: number }>('k', 'v1');
    expect(found.status).to.equal('found');
    expect(found.status === 'found' && found.data.a).to.equal(1);
    expect((await drafts.load('k', 'v2')).status).to.equal('stale');
    expect((await drafts.load('k', 'v1')).status).to.equal('none'); // a stale draft is dropped
  });

  it('expires (30 days by default) and is purged', async () => {
    await drafts.save('short', '1', { x: 1 }, 1e-6); // about 86 ms
    await new Promise((r) => setTimeout(r, 150));
    expect((await drafts.load('short', '1')).status).to.equal('expired');
    await drafts.save('long', '1', { x: 1 });
    const rec = await (await database())!.get('drafts', 'long');
    expect(Math.round((rec!.expiresAt - rec!.savedAt) / 86_400_000)).to.equal(30);
    expect(await drafts.purgeExpired(Date.now() + 31 * 86_400_000)).to.equal(1);
    expect((await drafts.load('long', '1')).status).to.equal('none');
  });

  it('keeps an element’s draft across a re-creation, and clears it', async () => {
    const el = await fixture<TestFixture>(html`<procura-test-fixture id="d1"></procura-test-fixture>`);
    el.setText('Nguyễn');
    await el.drafts.settled;
    el.remove();
    const again = await fixture<TestFixture>(html`<procura-test-fixture id="d1"></procura-test-fixture>`);
    const data = await again.drafts.restore();
    expect(data?.value).to.equal('Nguyễn');
    expect(again.drafts.status).to.equal('restored');
    await again.drafts.clear();
    expect((await drafts.load('procura-test-fixture:d1', '1')).status).to.equal('none');
  });

  it('clearPersonalData() waits for a draft still being written: nothing of it is left afterwards', async () => {
    const el = await fixture<TestFixture>(html`<procura-test-fixture id="d3"></procura-test-fixture>`);
    el.setText('Bożena Dvořák'); // the write starts, and is not awaited: the person signs out at once
    await clearPersonalData();
    await el.drafts.settled;
    const db = (await database())!;
    expect((await db.getAll('drafts')).map((d) => d.key)).to.deep.equal([]);
  });

  it('is off without a key, with no-draft, or with configure({ drafts: false })', async () => {
    const noId = await fixture<TestFixture>(html`<procura-test-fixture></procura-test-fixture>`);
    await noId.drafts.restore();
    expect(noId.drafts.status).to.equal('off');
    configure({ drafts: false });
    const el = await fixture<TestFixture>(html`<procura-test-fixture id="d2"></procura-test-fixture>`);
    await el.drafts.restore();
    expect(el.drafts.status).to.equal('off');
  });

  it('says drafts are off where IndexedDB cannot be opened, and the element still works', async () => {
    // A newer copy of the kit holding the database at a higher version: opening ours fails for real.
    closeDatabase();
    await new Promise<void>((r) => {
      const q = indexedDB.deleteDatabase(DB_NAME);
      q.onsuccess = q.onerror = q.onblocked = () => r();
    });
    const newer = await new Promise<IDBDatabase>((r) => {
      const q = indexedDB.open(DB_NAME, 99);
      q.onsuccess = () => r(q.result);
    });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await fixture<TestFixture>(html`<procura-test-fixture id="d3"></procura-test-fixture>`);
      expect(await el.drafts.restore()).to.equal(undefined);
      expect(el.drafts.status).to.equal('unavailable');
      el.setText('still works');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('still works');
    } finally {
      console.warn = warn;
      newer.close();
      closeDatabase();
      await new Promise<void>((r) => {
        const q = indexedDB.deleteDatabase(DB_NAME);
        q.onsuccess = q.onerror = q.onblocked = () => r();
      });
    }
    await until(async () => (await database()) !== null, 'the database to reopen');
  });
});
