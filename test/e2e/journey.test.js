// The demo's whole journey, as people would do it in Chromium against `npm start`:
// Anne answers the questionnaire, fills and signs her part of the mandate, Bram fills and
// signs his, the mandate is sent; Claire (the broker) activates it; Anne sees it active with
// its signed PDF, then revokes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startDemo, axe } from './support.js';

let browser, demo;
before(async () => {
  [browser, demo] = await Promise.all([launch(), startDemo()]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** Signs in through the demo header's switcher, as a person would. */
async function signInAs(page, user) {
  const select = page.locator('header .who select');
  await select.waitFor();
  await page.waitForFunction(() => document.querySelectorAll('header .who select option').length > 1);
  if ((await select.inputValue()) === user) return;
  await Promise.all([page.waitForEvent('load'), select.selectOption(user)]);
  await page.waitForFunction((u) => document.querySelector('header .who select')?.value === u, user);
}

async function choose(page, tree, label) {
  await page.locator(`#${tree} label`, { hasText: label }).first().click();
  await page.locator(`#${tree} button[type=submit]`).click();
}

async function drawSignature(page, party) {
  const canvas = page.locator(`#access-mandate procura-signature-pad[data-party="${party}"] [part~="signature-canvas"]`);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 16; i++) await page.mouse.move(box.x + box.width * (0.1 + i * 0.05), box.y + box.height * (i % 2 ? 0.25 : 0.75), { steps: 3 });
  await page.mouse.up();
}

async function fillFields(page, values) {
  for (const [name, value] of Object.entries(values)) await page.locator(`#access-mandate [name="${name}"]`).fill(value);
}

const grantsOf = async (page) => (await (await page.request.get(`${demo.url}/api/grants`)).json()).grants;

test('from the questionnaire to a revoked access, through a signed mandate and the broker', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await journey(page, errors);
  } catch (e) {
    // What the person would have seen when it went wrong.
    await page.screenshot({ path: '.tmp/journey-failure.png' }).catch(() => undefined);
    console.error('page text at failure:', (await page.locator('main').innerText().catch(() => '')).slice(0, 4000));
    throw e;
  } finally {
    await context.close();
  }
});

async function journey(page, errors) {

  // Anne, signed in, asks for access for someone other than the insured person.
  await page.goto(`${demo.url}/mandate.html`);
  await signInAs(page, 'anne');
  await choose(page, 'access-tree', 'Une personne physique');
  await choose(page, 'access-tree', 'Pour une autre personne que l’assuré');
  await page.locator('#access-tree', { hasText: 'Un formulaire de mandat est nécessaire.' }).waitFor();
  await page.locator('#access-tree button', { hasText: 'Remplir le formulaire' }).click();

  // Her part, and her signature drawn with the mouse.
  await fillFields(page, {
    'grantor.givenName': 'Anne',
    'grantor.familyName': 'Dupont',
    'grantor.birthDate': '1980-04-12',
    'grantor.email': 'anne.dupont@example.com',
    'scope.contractIds': 'AUTO-2024-0042',
  });
  await drawSignature(page, 'grantor');
  await page.locator('#access-mandate button[part~="next"]').click();
  // The hand-over step, then Bram's part and signature on the same device.
  await page.locator('#access-mandate button[part~="next"]', { hasText: 'Je suis le mandataire' }).click();
  await fillFields(page, {
    'mandatary.givenName': 'Bram',
    'mandatary.familyName': 'Janssens',
    'mandatary.email': 'bram.janssens@example.com',
    'mandatary.relation': 'comptable',
  });
  await drawSignature(page, 'mandatary');
  await page.locator('#access-mandate button[part~="next"]').click();

  // The review: the PDF is there to read before sending; then send.
  const submit = page.locator('#access-mandate button[part~="submit"]');
  await submit.waitFor();
  assert.deepEqual(await axe(page, '#access-mandate'), [], 'axe at the review step');
  await submit.click();
  await page.locator('#access-mandate', { hasText: 'envoyé' }).waitFor({ timeout: 20_000 });

  const [pending] = await grantsOf(page);
  assert.equal(pending.status, 'pending');
  assert.equal(pending.mandatary.familyName, 'Janssens');
  assert.deepEqual(pending.scope.contractIds, ['AUTO-2024-0042']);

  // Claire, the broker, activates it from the back office.
  await page.goto(`${demo.url}/client-space.html`);
  await signInAs(page, 'claire');
  await page.locator(`#broker-list li[data-id="${pending.id}"] button[data-act="activate"]`).click();
  await page.locator('#broker-status', { hasText: 'C’est fait' }).waitFor();

  // Anne sees it active, with the signed PDF.
  await signInAs(page, 'anne');
  const entry = page.locator('#client-space [part~="grant"]', { hasText: 'Bram Janssens' }).first();
  await entry.waitFor();
  await entry.locator('text=Actif').first().waitFor();
  assert.deepEqual(await axe(page, '#client-space'), [], 'axe on the list');
  const href = await entry.locator('[part~="document"]').first().getAttribute('href');
  const pdf = await page.request.get(new URL(href, demo.url).href);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const dir = mkdtempSync(join(tmpdir(), 'procura-journey-'));
  try {
    writeFileSync(join(dir, 'm.pdf'), await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'm.pdf'), '-'], { encoding: 'utf8' });
    for (const expected of ['Dupont', 'Janssens', 'bram.janssens@example.com', 'AUTO-2024-0042']) assert.ok(text.includes(expected), `the PDF names ${expected}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // She revokes it, with the keyboard, after reading what revoking does.
  await entry.locator('[part~="revoke"]').focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('#client-space dialog[open]');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /Ce qui a déjà été fait en votre nom reste fait/);
  await dialog.locator('button', { hasText: /^Révoquer$/ }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#client-space', { hasText: 'est révoqué' }).waitFor();
  const [revoked] = await grantsOf(page);
  assert.equal(revoked.status, 'revoked');
  assert.deepEqual(errors, []);
}
