// The proof a person keeps: after saving, the element offers the server's signed receipt as a
// file; the file's JWS verifies in this browser against the key the server publishes, and
// holds what was posted.
import { expect, fixture, html } from '@open-wc/testing';
import { env, resetKit, signIn, until } from '../support/env.js';
import type { ProcuraConsent } from '../../src/consent/consent.js';
import { notice, click, root, settled } from './helpers.js';

const ANNE = 'C-100231';
const config = { ...notice, purposes: ['electronic-prospection', 'photo'] };

const b64url = (s: string) =>
  Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4)), (c) =>
    c.charCodeAt(0),
  );

/** Checks an ES256 compact JWS with WebCrypto against a JWK: what anyone can do with the saved key. */
async function verifies(jws: string, jwk: JsonWebKey): Promise<boolean> {
  const [h, p, s] = jws.split('.');
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  return crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    b64url(s!),
    new TextEncoder().encode(`${h}.${p}`),
  );
}

describe('procura-consent: the receipt a person keeps', () => {
  beforeEach(async () => {
    await resetKit();
    if (!env.backend) throw new Error('the reference server is not running (server/main.ts)');
    await signIn('anne');
  });

  it('offers "Télécharger ma preuve" after saving: a file whose signature verifies and which names the record sent', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><procura-consent lang="fr" subject=${ANNE} .config=${config} endpoint=${env.backend!}></procura-consent></div>`,
    );
    const el = wrap.querySelector<ProcuraConsent>('procura-consent')!;
    // The first render waits for the configuration's check (a lazy chunk).
    await el.updateComplete;
    await until(() => (el as unknown as { loadState: string }).loadState !== 'loading', 'the current state to load');
    expect(root(el).querySelector('[part~=receipt-link]'), 'no receipt before anything is sent').to.equal(null);
    await click(el, 'photo');
    let recordId = '';
    el.addEventListener('procura-submit', (e) => (recordId = (e.detail.payload as { recordId: string }).recordId));
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect(await settled(el)).to.equal('sent');
    await el.updateComplete;

    const link = root(el).querySelector<HTMLAnchorElement>('[part~=receipt-link]')!;
    expect(link, 'the receipt link').to.not.equal(null);
    expect(link.textContent!.trim()).to.equal('Télécharger ma preuve');
    expect(link.getAttribute('download')).to.equal(`procura-preuve-${recordId}.json`);

    const file = (await (await fetch(link.href)).json()) as {
      procura: string;
      jws: string;
      payload: { recordId: string; subject: string; decisions: { purpose: string; state: string }[] };
    };
    expect(file.procura).to.equal('receipt');
    expect(file.payload.recordId).to.equal(recordId);
    expect(file.payload.subject).to.equal(ANNE);
    expect(file.payload.decisions.map((d) => d.purpose)).to.include('photo');
    // The payload shown for reading is the one signed.
    expect(JSON.parse(new TextDecoder().decode(b64url(file.jws.split('.')[1]!)))).to.deep.equal(file.payload);

    const keys = (await (await fetch(`${env.backend}/proof/keys`)).json()) as { keys: JsonWebKey[] };
    expect(await verifies(file.jws, keys.keys[0]!), 'the receipt verifies against GET /proof/keys').to.equal(true);
    const [h, p, s] = file.jws.split('.');
    const tampered = `${h}.${p!.slice(0, -2)}${p!.at(-2) === 'A' ? 'B' : 'A'}${p!.at(-1)}.${s}`;
    expect(await verifies(tampered, keys.keys[0]!), 'one changed character no longer verifies').to.equal(false);
    await expect(el).to.be.accessible();
  });
});
