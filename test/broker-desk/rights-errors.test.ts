// The desk's rights queue and staff panel tell the page what failed (`procura-error`), as the desk's
// other failures do: against the reference server, nothing stubbed.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetKit, until } from '../support/env.js';
import type { ErrorDetail } from '../../src/core/events.js';
import { api, as, q, said } from './support.js';
import { ask, deskView, openRights } from './rights-support.js';

/** Every `procura-error` the document hears while `run` runs. */
async function errorsDuring(run: () => Promise<void>): Promise<ErrorDetail[]> {
  const heard: ErrorDetail[] = [];
  const listen = (e: Event) => heard.push((e as CustomEvent<ErrorDetail>).detail);
  document.addEventListener('procura-error', listen);
  try {
    await run();
  } finally {
    document.removeEventListener('procura-error', listen);
  }
  return heard;
}

describe('procura-broker-desk: rights and staff failures are events', () => {
  beforeEach(resetKit);

  it('a reviewer on the staff view: procura-error kind staff-load, status 403, the words shown', async () => {
    const heard = await errorsDuring(async () => {
      await deskView('lucas', 'staff');
    });
    const staff = heard.filter((d) => d.kind === 'staff-load');
    expect(staff.length).to.equal(1);
    expect(staff[0]!.error.status).to.equal(403);
    expect(staff[0]!.error.message).to.not.equal('');
  });

  it('an extension the server refuses (extended meanwhile): kind rights-extend, status 409, as said', async () => {
    const r = await ask('jan', { kind: 'restriction', note: 'Le temps de vérifier mon adresse.' });
    const el = await deskView('lucas', 'rights');
    await openRights(el, r.reference);
    // Another member of the office extends it first, over HTTP.
    await as('claire');
    expect(
      (await api(`/desk/rights/${r.id}/extend`, { method: 'POST', json: { reason: 'Dossier complexe.' } })).status,
    ).to.equal(200);
    const heard = await errorsDuring(async () => {
      q<HTMLTextAreaElement>(el, '[part~=rights-extend-form] textarea')!.focus();
      await sendKeys({ type: 'Plusieurs contrats à examiner.' });
      q<HTMLButtonElement>(el, '[part~=rights-extend]')!.click();
      await until(() => said(el, 'alert') !== '', 'the refusal to be said');
    });
    const failed = heard.filter((d) => d.kind === 'rights-extend');
    expect(failed.length).to.equal(1);
    expect(failed[0]!.error.status).to.equal(409);
    expect(failed[0]!.error.message).to.equal(said(el, 'alert'));
  });
});
