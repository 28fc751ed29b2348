import { expect } from '@open-wc/testing';
import { env, control, received, resetKit, until } from '../support/env.js';
import { outbox } from '../../src/core/outbox.js';

/** What the control server kept, one per Idempotency-Key (as a backend honouring it would). */
async function stored(path: string): Promise<string[]> {
  return (await fetch(`${env.control}/_control/stored?path=${encodeURIComponent(path)}`, { method: 'POST' })).json();
}

describe('outbox and Retry-After (429)', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });

  it('never gives up on 429: waits at least Retry-After before each try, then delivers exactly once', async () => {
    // Three refusals: two inside the first attempt, the third after the outbox queued it.
    await control('plan', { path: '/consents', failures: 3, status: 429, retryAfter: 1 });
    const start = Date.now();
    const r = await outbox().submit({
      kind: 'consent',
      source: 't',
      endpoint: env.control,
      path: '/consents',
      json: { n: 1 },
    });
    expect(r.status).to.equal('queued');
    await until(async () => (await outbox().pending()).length === 0, 'the outbox to deliver', 15_000);
    const got = await received('/consents');
    expect(got.length).to.equal(4);
    expect(new Set(got.map((g) => g.headers['idempotency-key']))).to.deep.equal(new Set([r.id]));
    expect(await stored('/consents')).to.deep.equal([r.id]);
    // Three waits of at least one second each lie between the first try and the delivery.
    expect(Date.now() - start).to.be.at.least(3_000);
  });

  it('a long Retry-After queues the submission, and even a forced flush sends nothing before it', async () => {
    await control('plan', { path: '/consents', failures: 1, status: 429, retryAfter: 6 });
    const start = Date.now();
    const r = await outbox().submit({
      kind: 'consent',
      source: 't',
      endpoint: env.control,
      path: '/consents',
      json: { n: 2 },
    });
    expect(r.status).to.equal('queued');
    expect((await received('/consents')).length).to.equal(1);
    // The online event and a page's flush() would otherwise send at once.
    window.dispatchEvent(new Event('online'));
    await outbox().flush();
    const other = await outbox().submit({
      kind: 'consent',
      source: 't',
      endpoint: env.control,
      path: '/consents',
      json: { n: 3 },
    });
    expect(other.status).to.equal('queued');
    expect((await received('/consents')).length).to.equal(1);
    await until(async () => (await outbox().pending()).length === 0, 'the outbox to deliver after Retry-After', 15_000);
    expect(Date.now() - start).to.be.at.least(6_000);
    const got = await received('/consents');
    expect(got.length).to.equal(3);
    expect((await stored('/consents')).sort()).to.deep.equal([r.id, other.id].sort());
  });
});
