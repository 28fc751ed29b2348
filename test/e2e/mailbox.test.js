// The demo mailbox (issue 16 item 3): the broker activates a mandate, and a newcomer sees the
// whole loop on mailbox.html: the grantor's confirmation and the mandatary's invitation, newest
// first, each opened with the keyboard; the invitation's link opens the page, which uses its
// token once. Under the demo's CSP, axe clean in the three modes, in French and Dutch, at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import { launch, startDemo, axe } from './support.js';
import { MODES } from './axe-modes.js';

let browser, demo;
before(async () => {
  [browser, demo] = await Promise.all([launch(), startDemo()]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

const api = (path, init = {}) => fetch(`${demo.url}/api${path}`, init);

async function tokenOf(user) {
  const res = await api('/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, token: true }),
  });
  return (await res.json()).token;
}

/** Anne's mandate for Bram, activated by the broker: the two mails of 004. */
async function activatedMandate() {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  const pdf = await doc.save();
  const signedAt = new Date().toISOString();
  const mandate = {
    service: 'Espace client',
    grantor: {
      kind: 'natural',
      givenName: 'Anne',
      familyName: 'Dupont',
      email: 'anne.dupont@example.com',
      clientRef: 'C-100231',
    },
    mandatary: { givenName: 'Bram', familyName: 'Janssens', email: 'bram.janssens@example.com', relation: 'fils' },
    scope: { contracts: 'all', includeFuture: true },
    signatures: [
      { party: 'grantor', method: 'drawn', signerName: 'Anne Dupont', signedAt },
      { party: 'mandatary', method: 'typed', signerName: 'Bram Janssens', signedAt },
    ],
    locale: 'fr',
    document: { sha256: createHash('sha256').update(pdf).digest('hex') },
  };
  const form = new FormData();
  form.set('mandate', JSON.stringify(mandate));
  form.set('document', new Blob([pdf], { type: 'application/pdf' }), 'mandate.pdf');
  const [anne, claire] = [await tokenOf('anne'), await tokenOf('claire')];
  const auth = (t) => ({ authorization: `Bearer ${t}`, 'idempotency-key': randomUUID() });
  const submitted = await api('/mandates', { method: 'POST', headers: auth(anne), body: form });
  assert.equal(submitted.status, 201, await submitted.clone().text());
  const { grantId } = await submitted.json();
  const activated = await api(`/grants/${grantId}/activate`, { method: 'POST', headers: auth(claire) });
  assert.equal(activated.status, 200);
}

test('the demo mailbox shows the activation’s two mails, readable with the keyboard, and the invitation link works once', async () => {
  await activatedMandate();
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${demo.url}/mailbox.html`);
  // The demo's navigation links to the page, marked as the current one.
  assert.equal(await page.locator('header nav a[aria-current="page"]').getAttribute('href'), 'mailbox.html');
  const items = page.locator('#messages > li');
  await page.waitForFunction(() => document.querySelectorAll('#messages > li').length === 2, null, { timeout: 30_000 });
  assert.deepEqual((await items.locator('summary strong').allInnerTexts()).sort(), [
    'Accès activé : Espace client',
    'Invitation : accès à « Espace client »',
  ]);
  assert.equal(await page.locator('#mailbox-status').innerText(), 'Messages envoyés : 2.');
  for (const mode of MODES) {
    await page.emulateMedia(mode.media);
    assert.deepEqual(await axe(page), [], mode.name);
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });

  // Opened with the keyboard: the invitation's text, its link, and no user name in it.
  const invitation = items.filter({ hasText: 'Invitation' });
  await invitation.locator('summary').focus();
  await page.keyboard.press('Enter');
  const text = await invitation.locator('pre').innerText();
  assert.match(text, /Anne Dupont vous a donné accès à « Espace client »/);
  assert.ok(!text.includes('bram.janssens@example.com'));
  const link = invitation.locator('pre a');
  assert.match(await link.getAttribute('href'), /\/mailbox\.html#token=[\w-]{43}$/);
  const href = await link.getAttribute('href');

  // The link opens this page: the token leaves the address bar, and is used once.
  await link.click();
  await page.locator('#invitation').waitFor();
  assert.equal(new URL(page.url()).hash, '');
  await page.locator('#accept').click();
  await page.waitForFunction(() => document.getElementById('invitation-status').textContent !== '');
  assert.match(await page.locator('#invitation-status').innerText(), /Le lien est accepté/);
  await page.goto(href);
  await page.locator('#accept').click();
  await page.waitForFunction(() => document.getElementById('invitation-status').textContent !== '');
  assert.equal(await page.locator('#invitation-status').innerText(), 'Ce lien a déjà servi ou a expiré.');

  // Dutch: the page's texts and the list's status follow the switch; the mails keep their language.
  await page.locator('header .lang [data-lang="nl"]').click();
  assert.equal(await page.locator('h1').innerText(), 'Demomailbox');
  assert.equal(await page.locator('#mailbox-status').innerText(), 'Verstuurde berichten: 2.');
  assert.deepEqual(await axe(page), []);

  // 320 px wide: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scroll at 320 px');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
});
