// The person's rights, end to end (issue 21, "Done when"), in Chromium against `npm start`: Jan, a
// client, asks from <procura-my-data> on client-space.html for a correction of his phone and for
// the erasure of his data; Claire, the broker, opens both in desk.html's rights tab, corrects the
// one and refuses the other with a legal-hold code and a note; Jan reads both answers in his page
// (the refusal's sentence, the note, the change), downloads the receipts and `procura verify`
// accepts them with the keys the server publishes. Then his side once more in Dutch. The demo is
// reset at the end: Jan's phone is the directory's again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startDemo, signInAs, verifyOffline } from './support.js';

const PHONE = '+32 470 55 66 77';
const NOTE = 'Factures 2025 de votre contrat auto : gardées 7 ans.';

let browser, demo, dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'procura-rights-e2e-'));
  [browser, demo] = await Promise.all([launch(), startDemo({ PROCURA_DEMO_RESET: '1' })]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(dir, { recursive: true, force: true });
});

const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A page of the demo for one person, in their own browser context (their own cookies), with no script error. */
async function pageOf(user, path, lang) {
  const context = await browser.newContext();
  if (lang) await context.addInitScript((l) => localStorage.setItem('procura-demo:lang', l), lang);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${demo.url}/${path}`);
  await signInAs(page, user);
  return { page, errors, close: () => context.close() };
}

/** The person's requests as the server holds them, with the page's own session. */
const requestsOf = async (page) => (await (await page.request.get(`${demo.url}/api/requests`)).json()).items;

/** One request from the form, with the keyboard: the kind by the arrows from the first radio, the rest typed. */
async function ask(page, steps, reference) {
  const md = page.locator('procura-my-data');
  await md.locator('input[name=kind]').first().focus();
  for (let i = 0; i < steps.arrows; i++) await page.keyboard.press('ArrowDown');
  await steps.fill?.();
  await md.locator('[part~=submit]').focus();
  await page.keyboard.press('Enter');
  await md.locator('form [role=status]', { hasText: 'Votre demande est reçue' }).waitFor();
  const mine = await requestsOf(page);
  const sent = mine.find((r) => r.kind === steps.kind && !reference.includes(r.id));
  assert.ok(sent, `the ${steps.kind} request is held by the server`);
  reference.push(sent.id);
  return sent;
}

/** Claire opens a request in the rights tab by its reference, answers it, and waits for the answer shown. */
async function answerAtDesk(page, reference, fill) {
  const desk = page.locator('procura-broker-desk');
  await desk.locator('[part~=rights-row]', { hasText: reference }).locator('[part~=rights-open]').focus();
  await page.keyboard.press('Enter');
  await desk.locator('[part~=rights-data]').waitFor();
  await fill(desk);
  await desk.locator('[part~=rights-send]').focus();
  await page.keyboard.press('Enter');
  await desk.locator('[part~=rights-answer]').waitFor();
  return clean(await desk.locator('[part~=rights-answer]').innerText());
}

test('a client asks for a correction and an erasure; the broker corrects one and refuses the other; the client reads both and keeps verified receipts', async () => {
  const jan = await pageOf('jan', 'client-space.html');
  const md = jan.page.locator('procura-my-data');
  await md.locator('[aria-labelledby=md-form]').waitFor();
  const ids = [];
  // Access → rectification: one arrow; Tab, the field by its first letters; Tab, the new phone.
  const fix = await ask(
    jan.page,
    {
      kind: 'rectification',
      arrows: 1,
      fill: async () => {
        await jan.page.keyboard.press('Tab');
        await jan.page.keyboard.type('Tél'); // the select's own type-ahead
        assert.equal(await md.locator('#md-field').inputValue(), 'phone');
        await jan.page.keyboard.press('Tab');
        await jan.page.keyboard.type(PHONE);
      },
    },
    ids,
  );
  const erasure = await ask(jan.page, { kind: 'erasure', arrows: 2 }, ids);
  assert.equal(fix.value, PHONE);
  assert.equal(erasure.status, 'received');
  // Claire, at the desk: the rights tab by the keyboard (the arrow from the first tab).
  const claire = await pageOf('claire', 'desk.html');
  const desk = claire.page.locator('procura-broker-desk');
  await desk.locator('#desk-tab-requests').focus();
  await claire.page.keyboard.press('ArrowRight');
  await desk.locator('[part~=rights-row]', { hasText: erasure.reference }).waitFor();
  const corrected = await answerAtDesk(claire.page, fix.reference, async (d) => {
    assert.equal(await d.locator('[part~=rights-change] input[name=after]').inputValue(), PHONE, 'the value asked');
  });
  assert.match(corrected, /Téléphone : « » devient « \+32 470 55 66 77 »/);
  await desk.locator('[part~=close]').click();
  const refused = await answerAtDesk(claire.page, erasure.reference, async (d) => {
    // Done → partly done → refused, by the arrows in the outcome's radio group.
    await d.locator('input[name=outcome][value=done]').focus();
    await claire.page.keyboard.press('ArrowDown');
    await claire.page.keyboard.press('ArrowDown');
    assert.equal(await d.locator('input[name=outcome]:checked').getAttribute('value'), 'refused');
    await d.locator('select[name=code]').selectOption('legal-hold-accounting');
    await d.locator('textarea[name=note]').focus();
    await claire.page.keyboard.type(NOTE);
  });
  assert.match(refused, /Une pièce comptable doit être conservée \(obligation légale\)\./);
  assert.ok(refused.includes(NOTE));
  assert.deepEqual(claire.errors, [], 'no script failed at the desk');
  await claire.close();

  // Jan, again: both answers in his page, in French.
  await jan.page.reload();
  const item = (r) => md.locator(`[part~=request][data-id="${r.id}"]`);
  await item(erasure).locator('[part~=answer]').waitFor();
  const no = clean(await item(erasure).innerText());
  assert.match(no, /Refusée\./);
  assert.match(no, /Votre courtier a refusé cette demande, le .+\./);
  assert.ok(
    no.includes(
      'Une partie de vos données doit être gardée tant que la loi impose de conserver les pièces comptables.',
    ),
  );
  assert.ok(no.includes(`Le mot de votre courtier : ${NOTE}`));
  const yes = clean(await item(fix).innerText());
  assert.match(yes, /Votre courtier a fait ce que vous demandiez, le .+\./);
  assert.ok(yes.includes(`Téléphone : « ${PHONE} ».`), yes);
  assert.ok(
    clean(await md.locator('[aria-labelledby=md-identity]').innerText()).includes(PHONE),
    'the sheet holds the new phone',
  );
  // The receipts, downloaded as he would, then checked offline with the server's published keys.
  for (const r of [fix, erasure]) {
    const button = item(r).locator('[part~=receipt]');
    await button.focus();
    const [download] = await Promise.all([jan.page.waitForEvent('download'), jan.page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), `procura-recu-${r.reference}.json`);
    const file = join(dir, download.suggestedFilename());
    writeFileSync(file, readFileSync(await download.path()));
    const v = await verifyOffline(demo.url, file);
    assert.equal(v.status, 0, v.output);
    assert.match(v.output, new RegExp(`a rights request \\(${r.kind}, reference ${r.reference}`));
    assert.match(
      v.output,
      r === fix ? /: done; changed: phone "" → "\+32 470 55 66 77"/ : /: refused \(legal-hold-accounting\)/,
    );
  }
  assert.deepEqual(jan.errors, [], 'no script failed in the client space');
  await jan.close();
});

test('in Dutch, the client reads the same answers in Dutch', async () => {
  const jan = await pageOf('jan', 'client-space.html', 'nl');
  const md = jan.page.locator('procura-my-data');
  await md.locator('[part~=answer]').first().waitFor();
  const text = clean(await md.locator('[aria-labelledby=md-requests]').innerText());
  assert.ok(text.includes('Uw makelaar heeft dit verzoek geweigerd, op'), text);
  assert.ok(
    text.includes('Een deel van uw gegevens moet worden bewaard zolang de wet het bewaren van boekhoudstukken oplegt.'),
  );
  assert.ok(text.includes(`Het woord van uw makelaar: ${NOTE}`), 'the note as the broker wrote it');
  assert.ok(text.includes(`Telefoon: “${PHONE}”.`));
  assert.ok(!text.includes('Votre courtier'), 'one language on the page');
  assert.deepEqual(jan.errors, []);
  await jan.close();
});

test('a reviewer at the desk has no staff tab, and the page asked nothing it was refused', async () => {
  const lucas = await pageOf('lucas', 'desk.html');
  const refused = [];
  lucas.page.on('response', (r) => r.status() === 403 && refused.push(new URL(r.url()).pathname));
  await lucas.page.reload();
  const desk = lucas.page.locator('procura-broker-desk');
  await desk.locator('#desk-tab-rights').waitFor();
  assert.deepEqual(await desk.locator('[part~=view-tab]').allInnerTexts(), [
    'Mandats et accès',
    'Droits des personnes',
  ]);
  assert.deepEqual(refused, [], 'no 403 (the staff role comes with the session)');
  assert.deepEqual(lucas.errors, []);
  await lucas.close();
});

test('the demo reset puts Jan back as the directory has him', async () => {
  const token = async (user) =>
    (
      await (
        await fetch(`${demo.url}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user, token: true }),
        })
      ).json()
    ).token;
  const claire = await token('claire');
  const reset = await fetch(`${demo.url}/api/demo/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${claire}` },
    body: '{}',
  });
  assert.equal(reset.status, 200, await reset.text());
  const me = await fetch(`${demo.url}/api/session`, { headers: { authorization: `Bearer ${await token('jan')}` } });
  const { user } = await me.json();
  assert.equal(user.phone, undefined, 'the corrected phone is gone: the directory has none for Jan');
});
