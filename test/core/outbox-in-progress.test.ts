import { expect } from '@open-wc/testing';
import { env, control, received, resetKit, until } from '../support/env.js';
import { outbox } from '../../src/core/outbox.js';

describe('outbox: 409 in-progress', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });

  it('keeps a submission the backend says is still in progress, and delivers it on a later try', async () => {
    // What the reference server answers while the same key is still being handled (or was, by a server that crashed).
    await control('plan', {
      path: '/consents',
      problem: {
        type: 'https://procura.dev/problems/in-progress',
        title: 'Request in progress',
        status: 409,
        code: 'in-progress',
      },
    });
    const r = await outbox().submit({
      kind: 'consent',
      source: 't',
      endpoint: env.control,
      path: '/consents',
      json: { n: 7 },
    });
    expect(r.status).to.equal('queued');
    expect((await outbox().pending()).map((w) => w.id)).to.deep.equal([r.id]);

    await control('plan', { path: '/consents' });
    await outbox().flush();
    await until(async () => (await outbox().pending()).length === 0, 'the outbox to empty');
    const keys = (await received('/consents')).map((g) => g.headers['idempotency-key']);
    expect(new Set(keys)).to.deep.equal(new Set([r.id]));
    expect(keys.length).to.be.greaterThan(1);
  });
});
