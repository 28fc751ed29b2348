import { expect } from '@open-wc/testing';
import { env, control, received, resetKit } from '../support/env.js';
import { at, pick } from '../support/at.js';
import { BackendClient, backoff } from '../../src/core/backend.js';
import { configure } from '../../src/core/configure.js';
import { ProblemError, UnreachableError } from '../../src/core/errors.js';

describe('backend client, against a real server on loopback', () => {
  let client: BackendClient;
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    client = new BackendClient(env.control);
  });

  it('posts JSON with the Idempotency-Key and the headers of configure(), fresh each time', async () => {
    let n = 0;
    configure({ headers: () => ({ Authorization: `Bearer token-${++n}` }) });
    await client.request('/things', { json: { a: 1 }, idempotencyKey: 'key-1', locale: 'nl-BE' });
    await client.request('/things', { json: { a: 2 }, idempotencyKey: 'key-2' });
    const sent = await received('/things');
    const [first, second] = [at(sent, 0, 'request'), at(sent, 1, 'request')];
    expect(first.method).to.equal('POST');
    expect(first.body).to.equal('{"a":1}');
    expect(first.headers['content-type']).to.equal('application/json');
    expect(first.headers['idempotency-key']).to.equal('key-1');
    expect(first.headers['accept-language']).to.equal('nl-BE');
    expect(first.headers.authorization).to.equal('Bearer token-1');
    expect(second.headers.authorization).to.equal('Bearer token-2');
  });

  it('sends multipart with a file part', async () => {
    await client.request('/upload', {
      parts: [
        { name: 'mandate', value: '{"x":1}' },
        { name: 'document', value: new Blob(['%PDF-1.7 test'], { type: 'application/pdf' }), filename: 'm.pdf' },
      ],
    });
    const r = at(await received('/upload'), 0, 'request');
    expect(r.headers['content-type']).to.match(/^multipart\/form-data; boundary=/);
    expect(r.body).to.contain('name="document"; filename="m.pdf"');
    expect(r.body).to.contain('%PDF-1.7 test');
  });

  it('retries 503 and 429 (honouring Retry-After), then succeeds', async () => {
    await control('plan', { path: '/flaky', failures: 2, status: 503 });
    const answer = await client.request<{ ok: boolean }>('/flaky', { json: {}, idempotencyKey: 'k' });
    expect(answer.ok).to.equal(true);
    expect((await received('/flaky')).length).to.equal(3);
    await control('plan', { path: '/busy', failures: 1, status: 429, retryAfter: 0 });
    await client.request('/busy');
    expect((await received('/busy')).length).to.equal(2);
  });

  it('retries a dropped connection, and gives up with UnreachableError', async () => {
    await control('plan', { path: '/drop', failures: 1, destroy: true });
    await client.request('/drop', { json: {} });
    expect((await received('/drop')).length).to.equal(2);
    await control('down');
    let err: unknown;
    try {
      await client.request('/drop', { json: {}, retries: 1 });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(UnreachableError);
    await control('up');
  });

  it('abandons a slow attempt after the timeout', async () => {
    await control('plan', { path: '/slow', delayMs: 1500 });
    let err: unknown;
    try {
      await client.request('/slow', { timeout: 200, retries: 0 });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(UnreachableError);
    expect((err as Error).message).to.equal('timeout');
  });

  it('turns problem+json into per-field messages, without retrying', async () => {
    await control('plan', {
      path: '/mandates',
      problem: {
        title: 'Invalid mandate',
        status: 422,
        detail: 'Two fields are wrong',
        errors: [
          { pointer: '/grantor/email', detail: 'is a shared address', code: 'sharedEmail' },
          { pointer: '/signatures/0/signedAt', detail: 'is not a date' },
        ],
      },
    });
    let err: unknown;
    try {
      await client.request('/mandates', { json: {} });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(ProblemError);
    const p = err as ProblemError;
    expect(p.status).to.equal(422);
    expect(p.permanent).to.equal(true);
    expect(p.message).to.equal('Two fields are wrong');
    expect(p.fields['grantor.email']).to.deep.equal({ message: 'is a shared address', code: 'sharedEmail' });
    expect(pick(p.fields, 'signatures[0].signedAt', 'field').message).to.equal('is not a date');
    expect((await received('/mandates')).length).to.equal(1);
  });

  it('backs off exponentially, capped, and follows Retry-After', () => {
    expect(backoff(0, '2')).to.equal(2000);
    expect(backoff(0, '120')).to.equal(30_000);
    for (let i = 0; i < 20; i++) {
      const d = backoff(3);
      expect(d).to.be.within(1000, 2000);
    }
    expect(backoff(30)).to.be.at.most(8000);
  });
});
