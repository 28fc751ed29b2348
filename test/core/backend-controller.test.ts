// One way to the backend: BackendController reads and writes for its element, in the
// element's language, against the real control server on loopback; without an endpoint it
// says so (NoEndpointError) and nothing leaves the browser.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { control, env, received, resetKit } from '../support/env.js';
import { ProcuraElement } from '../../src/core/base-element.js';
import { BackendController } from '../../src/core/backend-controller.js';
import { define } from '../../src/core/define.js';
import { NoEndpointError } from '../../src/core/errors.js';

class TestBackend extends ProcuraElement {
  reads = new BackendController(this);
  writes = new BackendController(this, 'consent');

  protected override renderContent() {
    return litHtml`<p>${this.writes.status.state}</p>`;
  }
}
define('procura-test-backend', TestBackend);

describe('BackendController', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });

  it('reads with the element’s locale, and names its endpoint', async () => {
    const el = await fixture<TestBackend>(
      html`<procura-test-backend lang="nl-BE" endpoint=${env.control}></procura-test-backend>`,
    );
    expect(el.reads.endpoint).to.equal(env.control);
    const answer = await el.reads.request<{ ok: boolean; path: string }>('/grants');
    expect(answer).to.include({ ok: true, path: '/grants' });
    const [r] = await received('/grants');
    expect(r!.method).to.equal('GET');
    expect(r!.headers['accept-language']).to.equal('nl-BE');
  });

  it('writes JSON with an Idempotency-Key, in the locale of the closest [lang]', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="de"><procura-test-backend endpoint=${env.control}></procura-test-backend></div>`,
    );
    const el = wrap.querySelector<TestBackend>('procura-test-backend')!;
    await el.reads.request('/grants/7/revoke', { method: 'POST', json: { reason: 'x' }, idempotencyKey: 'k-7' });
    const [r] = await received('/grants/7/revoke');
    expect(r!.method).to.equal('POST');
    expect(r!.body).to.equal('{"reason":"x"}');
    expect(r!.headers['idempotency-key']).to.equal('k-7');
    expect(r!.headers['accept-language']).to.equal('de');
  });

  it('fetches a raw response (a document’s bytes) with the element’s locale', async () => {
    const el = await fixture<TestBackend>(
      html`<procura-test-backend lang="en" endpoint=${env.control}></procura-test-backend>`,
    );
    const res = await el.reads.fetchResponse('/documents/1');
    expect(res.ok).to.equal(true);
    expect(((await res.json()) as { path: string }).path).to.equal('/documents/1');
    expect((await received('/documents/1'))[0]!.headers['accept-language']).to.equal('en');
  });

  it('rejects with NoEndpointError without an endpoint, and sends nothing', async () => {
    const el = await fixture<TestBackend>(html`<procura-test-backend lang="fr"></procura-test-backend>`);
    expect(el.reads.endpoint).to.equal(undefined);
    for (const attempt of [() => el.reads.request('/grants'), () => el.reads.fetchResponse('/documents/1')]) {
      let err: unknown;
      try {
        await attempt();
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(NoEndpointError);
      expect((err as NoEndpointError).message).to.contain('<procura-test-backend> has no endpoint');
    }
    expect(await received()).to.deep.equal([]);
  });

  it('submits through the outbox as before: procura-submitted, the state rendered', async () => {
    const el = await fixture<TestBackend>(
      html`<procura-test-backend lang="fr" endpoint=${env.control}></procura-test-backend>`,
    );
    const submitted = oneEvent(el, 'procura-submitted');
    const state = await el.writes.submit('/consents', { purpose: 'x' });
    expect(state.state).to.equal('sent');
    expect((await submitted).detail.kind).to.equal('consent');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('sent');
    const [r] = await received('/consents');
    expect(r!.body).to.equal('{"purpose":"x"}');
    expect(r!.headers['accept-language']).to.equal('fr');
  });

  it('keeps a submission locally without an endpoint, and needs a kind to submit', async () => {
    const el = await fixture<TestBackend>(html`<procura-test-backend lang="fr"></procura-test-backend>`);
    expect((await el.writes.submit('/consents', {})).state).to.equal('local');
    let err: unknown;
    try {
      await el.reads.submit('/consents', {});
    } catch (e) {
      err = e;
    }
    expect(String(err)).to.contain('needs a kind to submit');
    expect(await received()).to.deep.equal([]);
  });
});
