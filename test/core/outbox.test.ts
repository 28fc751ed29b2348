import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { env, control, received, resetKit, until } from '../support/env.js';
import { outbox } from '../../src/core/outbox.js';
import type { TestFixture } from '../support/fixture-element.js';
import '../support/fixture-element.js';
import { at } from '../support/at.js';

describe('outbox', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });

  it('delivers at once when the backend is up, and forgets the submission', async () => {
    const r = await outbox().submit({
      kind: 'consent',
      source: 't',
      endpoint: env.control,
      path: '/consents',
      json: { a: 1 },
    });
    expect(r.status).to.equal('delivered');
    expect(at(await received('/consents'), 0, 'request').headers['idempotency-key']).to.equal(r.id);
    expect((await outbox().pending()).length).to.equal(0);
  });

  it('keeps a submission while the backend is down and delivers it exactly once when it is back', async () => {
    await control('down');
    const r = await outbox().submit({
      kind: 'consent',
      source: 't',
      endpoint: env.control,
      path: '/consents',
      json: { n: 42 },
    });
    expect(r.status).to.equal('queued');
    const waiting = await outbox().pending();
    expect(waiting.map((w) => w.id)).to.deep.equal([r.id]);
    await control('up');
    // Two triggers at once (the online event and a timer) must not send twice.
    window.dispatchEvent(new Event('online'));
    await Promise.all([outbox().flush(), outbox().flush()]);
    await until(async () => (await outbox().pending()).length === 0, 'the outbox to empty');
    const got = await received('/consents');
    expect(got.length).to.equal(1);
    expect(at(got, 0, 'request').body).to.equal('{"n":42}');
    expect(at(got, 0, 'request').headers['idempotency-key']).to.equal(r.id);
  });

  it('keeps multipart bodies with their files while waiting', async () => {
    await control('down');
    const pdf = new Blob(['%PDF-1.7 body'], { type: 'application/pdf' });
    await outbox().submit({
      kind: 'mandate',
      source: 't',
      endpoint: env.control,
      path: '/mandates',
      parts: [
        { name: 'mandate', value: '{}' },
        { name: 'document', value: pdf, filename: 'm.pdf' },
      ],
    });
    await control('up');
    await outbox().flush();
    const got = at(await received('/mandates'), 0, 'request');
    expect(got.body).to.contain('%PDF-1.7 body');
  });

  it('drops a submission the backend refuses for good, and says why', async () => {
    await control('plan', { path: '/consents', problem: { title: 'Bad', status: 422, detail: 'no' } });
    let err: unknown;
    try {
      await outbox().submit({ kind: 'consent', source: 't', endpoint: env.control, path: '/consents', json: {} });
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).to.equal('no');
    expect((await outbox().pending()).length).to.equal(0);
  });

  it('lets an element report queued, then submitted', async () => {
    const el = await fixture<TestFixture>(
      html`<procura-test-fixture id="ob" endpoint=${env.control}></procura-test-fixture>`,
    );
    await control('down');
    const queued = oneEvent(el, 'procura-queued');
    void el.submission.submit('/consents', { x: 1 });
    const { detail } = await queued;
    expect(detail.kind).to.equal('consent');
    expect(el.submission.status.state).to.equal('queued');
    await control('up');
    const submitted = oneEvent(el, 'procura-submitted');
    window.dispatchEvent(new Event('online'));
    const done = await submitted;
    expect(done.detail.id).to.equal(detail.id);
    expect(el.submission.status.state).to.equal('sent');
    expect((await received('/consents')).length).to.equal(1);
  });

  it('lets a page cancel a submission, and works locally without an endpoint', async () => {
    const el = await fixture<TestFixture>(html`<procura-test-fixture endpoint=${env.control}></procura-test-fixture>`);
    el.addEventListener('procura-submit', (e) => e.preventDefault(), { once: true });
    expect((await el.submission.submit('/consents', {})).state).to.equal('cancelled');
    el.endpoint = undefined;
    expect((await el.submission.submit('/consents', {})).state).to.equal('local');
    expect((await received('/consents')).length).to.equal(0);
  });
});
