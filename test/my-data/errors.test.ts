// <procura-my-data> tells the page what failed (`procura-error`), as the other elements do.
import { expect, html } from '@open-wc/testing';
import '../support/env.js';
import { control, env, resetKit, until } from '../support/env.js';
import '../../src/define/my-data.js';
import type { ErrorDetail } from '../../src/core/events.js';
import type { MyData } from '../../src/model/rights.js';
import { configure } from '../../src/core/configure.js';
import { api, resetServer } from '../access-grants/support.js';
import { ask, q, said, sheet } from './support.js';

describe('procura-my-data: failures are events', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });

  it('a receipt the backend does not give: kind receipt, its status, the words shown', async () => {
    const asked = await ask('anne', { kind: 'access' });
    const mine = (await api<MyData>('/me/data')).body;
    // The request as the sheet holds it, but its receipt's address names no request of hers.
    const gone = { ...asked, receiptUrl: `requests/${crypto.randomUUID()}/receipt` };
    const data: MyData = { ...mine, requests: [gone] };
    const el = await sheet(html`<procura-my-data endpoint=${env.backend!} .myData=${data}></procura-my-data>`);
    const heard: ErrorDetail[] = [];
    el.addEventListener('procura-error', (e) => heard.push(e.detail));
    q<HTMLButtonElement>(el, '[part~=receipt]')!.click();
    await until(() => said(el, 'alert') !== '', 'the failure to be said');
    expect(heard.map((d) => d.kind)).to.deep.equal(['receipt']);
    expect(heard[0]!.error.status).to.equal(404);
    expect(heard[0]!.error.message).to.equal(said(el, 'alert'));
    expect(said(el, 'alert')).to.match(/^Le reçu n’a pas pu être téléchargé\./);
  });

  it('a sheet that cannot be read: kind load, status 401 for a person signed out', async () => {
    configure({ headers: {} });
    const heard: ErrorDetail[] = [];
    const listen = (e: Event) => heard.push((e as CustomEvent<ErrorDetail>).detail);
    document.addEventListener('procura-error', listen);
    try {
      const el = await sheet(html`<procura-my-data endpoint=${env.backend!}></procura-my-data>`);
      expect(said(el, 'alert')).to.contain('Connectez-vous à votre espace pour voir vos données.');
    } finally {
      document.removeEventListener('procura-error', listen);
    }
    expect(heard.map((d) => [d.kind, d.error.status])).to.deep.equal([['load', 401]]);
  });
});
