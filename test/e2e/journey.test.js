// The demo's whole journey, as people would do it in Chromium against `npm start`, on a
// phone in French and on a desktop in Dutch: Anne answers the questionnaire; either she and
// Bram fill and sign their parts of a mandate, or she asks for her own access (000, first
// row) and signs alone; it is sent; Claire (the broker) opens it at her desk, sees the
// document's fingerprint and the proof checked, and activates it; the people concerned get
// their mail (read from a real SMTP server); Anne sees it active with its signed PDF, then
// revokes it. Once (French mandate), Claire first refuses it with a reason, Anne reads the
// reason and sends it again, and Claire finds the request in her audit export. At every step:
// nothing scrolls sideways, no English word is on the page, and no script fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { launch, startDemo, axe, ENGLISH, readable, drawSignature, signInAs } from './support.js';

let browser, demo, smtp;
before(async () => {
  // The server's mail goes to a real SMTP server in this process (server/test/smtp.ts).
  const { TestSmtp } = await tsImport('../../server/test/smtp.ts', import.meta.url);
  smtp = new TestSmtp();
  await smtp.listen();
  [browser, demo] = await Promise.all([launch(), startDemo({ SMTP_URL: smtp.url, MAIL_POLL_MS: '200' })]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
  await smtp?.close();
});

/** What the person reads and clicks, in each language (the kit's and the demo's own texts). */
const T = {
  fr: {
    natural: 'Une personne physique',
    other: 'Pour une autre personne que l’assuré',
    self: 'Pour le preneur lui-même',
    handover: 'Passage au mandataire',
    done: 'C’est fait',
    active: 'Actif',
    own: 'Votre propre accès',
    keeps: /Ce qui a déjà été fait en votre nom reste fait/,
    keepsOwn: /il faudra une nouvelle demande d’accès/,
    confirm: 'Révoquer',
    revoked: 'est révoqué',
    pdf: { mandate: 'Mandat', 'access-request': 'Demande d’accès' },
    hashSame: 'identique à celle enregistrée',
    activated: 'est activée',
    refused: 'est refusée',
    refusal: 'l’identité d’une des personnes n’a pas pu être vérifiée',
    chainIntact: 'La chaîne des événements est intacte.',
  },
  nl: {
    natural: 'Een natuurlijke persoon',
    other: 'Voor een andere persoon dan de verzekerde',
    self: 'Voor de verzekeringnemer zelf',
    handover: 'Naar de gevolmachtigde',
    done: 'Het is gebeurd',
    active: 'Actief',
    own: 'Uw eigen toegang',
    keeps: /Wat al in uw naam werd gedaan, blijft gedaan/,
    keepsOwn: /is een nieuwe toegangsaanvraag nodig/,
    confirm: 'Intrekken',
    revoked: 'is ingetrokken',
    pdf: { mandate: 'Volmacht', 'access-request': 'Aanvraag voor toegang' },
    hashSame: 'identiek aan de geregistreerde',
    activated: 'is geactiveerd',
    refused: 'is geweigerd',
    refusal: 'de identiteit van een van de personen kon niet worden gecontroleerd',
    chainIntact: 'De keten van gebeurtenissen is intact.',
  },
};

async function choose(page, label) {
  await page.locator('#access-tree label', { hasText: label }).first().click();
  await page.locator('#access-tree button[type=submit]').click();
}

async function fillFields(page, values) {
  for (const [name, value] of Object.entries(values))
    await page.locator(`#access-mandate [name="${name}"]`).fill(value);
}

const grantsOf = async (page) => (await (await page.request.get(`${demo.url}/api/grants`)).json()).grants;

/** What a person on this screen must never meet: a page wider than the screen, or English. */
async function check(page, step) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${step}: the page scrolls sideways (${scroll} > ${client})`);
  const english = (await readable(page)).match(ENGLISH);
  assert.equal(english, null, `${step}: English on the page: “${english?.[0]}”`);
}

for (const [lang, width, kind] of [
  ['fr', 375, 'mandate'],
  ['nl', 1280, 'mandate'],
  ['fr', 375, 'access-request'],
  ['nl', 1280, 'access-request'],
]) {
  test(`${kind === 'mandate' ? 'a mandate' : 'an access request for oneself'}, from the questionnaire to a revoked access, in ${lang} at ${width} px`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await journey(page, { lang, kind, t: T[lang] });
      assert.deepEqual(errors, []);
    } catch (e) {
      // What the person would have seen when it went wrong.
      await page
        .screenshot({ path: `.tmp/journey-failure-${lang}-${kind}.png`, fullPage: true })
        .catch(() => undefined);
      console.error(
        'page text at failure:',
        (
          await page
            .locator('main')
            .innerText()
            .catch(() => '')
        ).slice(0, 4000),
      );
      throw e;
    } finally {
      await context.close();
    }
  });
}

async function journey(page, { lang, kind, t }) {
  const mandate = kind === 'mandate';
  await page.goto(`${demo.url}/mandate.html`);
  // The language, with the demo's switch (remembered across pages), then Anne signs in.
  const switchTo = page.locator(`header .lang [data-lang="${lang}"]`);
  await switchTo.click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await signInAs(page, 'anne');
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);

  let pending = await send(page, { kind, t });

  // Once, the broker refuses it first: the identity could not be checked. Anne reads why, in her
  // language, and sends the same request again.
  const refuseFirst = lang === 'fr' && mandate;
  if (refuseFirst) {
    await atDesk(page, pending, t, 'refuse');
    await page.goto(`${demo.url}/client-space.html`);
    await signInAs(page, 'anne');
    const refused = page.locator(`#client-space [part~="grant"][data-id="${pending.id}"]`);
    await refused.locator('[part~="refusal"]').waitFor();
    const why = await refused.locator('[part~="refusal"]').innerText();
    assert.ok(why.includes(t.refusal), `the refusal's sentence: ${why}`);
    assert.ok(why.includes(NOTE), 'the broker’s note as written');
    await check(page, 'the refused request');
    await page.goto(`${demo.url}/mandate.html`);
    pending = await send(page, { kind, t });
  }

  // Claire, the broker, opens it at her desk, sees it checked, and activates it.
  const since = smtp.received.length;
  await atDesk(page, pending, t, 'activate');
  const mail = await mailSince(since, mandate);
  if (mandate) {
    // 004: the user name to the grantor, the link to set a password to the mandatary, never both to one.
    assert.ok(mail.grantor.text.includes('bram.janssens@example.com'), 'the grantor is given the user name');
    assert.ok(!/#token=/.test(mail.grantor.text), 'no invitation link to the grantor');
    assert.match(mail.mandatary.text, /#token=[\w-]+/, 'the mandatary gets the link');
  }
  if (refuseFirst) await auditHolds(page, pending);

  // Anne sees it active, with the signed PDF.
  await page.goto(`${demo.url}/client-space.html`);
  await signInAs(page, 'anne');
  const entry = page.locator(`#client-space [part~="grant"][data-id="${pending.id}"]`);
  await entry.waitFor();
  assert.match(await entry.innerText(), mandate ? /Bram Janssens/ : new RegExp(t.own));
  await entry.locator(`text=${t.active}`).first().waitFor();
  await check(page, 'her list of access');
  assert.deepEqual(await axe(page, '#client-space'), [], 'axe on the list');
  const href = await entry.locator('[part~="document"]').first().getAttribute('href');
  const pdf = await page.request.get(new URL(href, demo.url).href);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const dir = mkdtempSync(join(tmpdir(), 'procura-journey-'));
  try {
    writeFileSync(join(dir, 'm.pdf'), await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'm.pdf'), '-'], { encoding: 'utf8' });
    const expected = [
      t.pdf[kind],
      'Dupont',
      'Courtier Demo SRL',
      'C-100231',
      ...(mandate ? ['Janssens', 'bram.janssens@example.com', 'AUTO-2024-0042'] : []),
    ];
    for (const e of expected) assert.ok(text.includes(e), `the PDF says ${e}`);
    assert.ok(!/espace-client/.test(text), 'the PDF names the service, not its id');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // She revokes it, with the keyboard, after reading what revoking does.
  await entry.locator('[part~="revoke"]').focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('#client-space dialog[open]');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), mandate ? t.keeps : t.keepsOwn);
  await check(page, 'the revoke dialog');
  await dialog.locator('button', { hasText: new RegExp(`^${t.confirm}$`) }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#client-space', { hasText: t.revoked }).waitFor();
  await check(page, 'after revoking');
  const revoked = (await grantsOf(page)).find((g) => g.id === pending.id);
  assert.equal(revoked.status, 'revoked');
}

/** From the questionnaire to the confirmation, on mandate.html, signed in as Anne: the pending grant. */
async function send(page, { kind, t }) {
  const mandate = kind === 'mandate';
  // The questionnaire.
  await check(page, 'the questionnaire');
  await choose(page, t.natural);
  await choose(page, mandate ? t.other : t.self);
  await page.locator('#access-tree [part~="outcome"]').waitFor();
  await check(page, 'the outcome');
  await page.locator('#access-tree button[part~="next"]').click();

  // Her part: who she is comes from her account (read-only); she signs with the mouse.
  const given = page.locator('#access-mandate [name="grantor.givenName"]');
  await page.waitForFunction(
    () =>
      document.querySelector('#access-mandate')?.shadowRoot?.querySelector('[name="grantor.givenName"]')?.value ===
      'Anne',
  );
  assert.equal(await given.getAttribute('readonly'), '', 'her name is taken from her account');
  if (mandate) await fillFields(page, { 'scope.contractIds': 'AUTO-2024-0042' });
  await drawSignature(page, 'grantor');
  await check(page, 'the grantor’s part, signed');
  await page.locator('#access-mandate button[part~="next"]').click();

  if (mandate) {
    // The hand-over step, then Bram's part and signature on the same device.
    await page.locator('#access-mandate .step-heading', { hasText: t.handover }).waitFor();
    await check(page, 'the hand-over');
    await page.locator('#access-mandate button[part~="next"]').click();
    await page.locator('#access-mandate [name="mandatary.givenName"]').waitFor();
    await fillFields(page, {
      'mandatary.givenName': 'Bram',
      'mandatary.familyName': 'Janssens',
      'mandatary.email': 'bram.janssens@example.com',
      'mandatary.relation': 'comptable',
    });
    await drawSignature(page, 'mandatary');
    await check(page, 'the mandatary’s part, signed');
    await page.locator('#access-mandate button[part~="next"]').click();
  }

  // The review: the PDF is there to read before sending; then send.
  const submit = page.locator('#access-mandate button[part~="submit"]');
  await submit.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('#access-mandate')?.shadowRoot?.querySelector('button[part~="submit"]')?.disabled,
  );
  await check(page, 'the review');
  assert.deepEqual(await axe(page, '#access-mandate'), [], 'axe at the review step');
  await submit.click();
  await page.locator('#access-mandate #confirmation-heading').waitFor({ timeout: 30_000 });
  const reference = await page.locator('#access-mandate .ref').first().innerText();
  assert.match(reference, /^PR-[0-9A-F]{4}-[0-9A-F]{4}$/, 'a short reference to quote');
  await check(page, 'the confirmation');
  assert.deepEqual(await axe(page, '#access-mandate'), [], 'axe on the confirmation');

  const pending = (await grantsOf(page)).find((g) => g.status === 'pending');
  assert.ok(pending, 'a pending grant');
  assert.equal(pending.kind, kind);
  if (mandate) {
    assert.equal(pending.mandatary.familyName, 'Janssens');
    assert.deepEqual(pending.scope.contractIds, ['AUTO-2024-0042']);
  } else assert.equal(pending.scope.contracts, 'all');

  return pending;
}

const NOTE = 'La copie de la carte d’identité est illisible : envoyez-en une plus nette.';

/** Claire opens the request at the desk, sees the fingerprint and the proof checked, and activates or refuses it. */
async function atDesk(page, grant, t, action) {
  await page.goto(`${demo.url}/desk.html`);
  await signInAs(page, 'claire');
  const desk = page.locator('#desk');
  await desk.locator(`[part~="row"][data-id="${grant.id}"] [part~="open"]`).click();
  const request = desk.locator('[part~="request"]');
  await request.locator('[part~="hash"]', { hasText: t.hashSame }).waitFor({ timeout: 30_000 });
  const proof = await request.locator('[part~="verification"]').innerText();
  assert.ok(proof.includes(t.chainIntact), `the trail is checked: ${proof}`);
  assert.doesNotMatch(proof, /ROMPUE|PAS|VERBROKEN|NIET/, `nothing failed: ${proof}`);
  await check(page, 'the request at the desk');
  assert.deepEqual(await axe(page, '#desk'), [], 'axe on the opened request');
  if (action === 'activate') {
    await request.locator('input[name="identity"]').check();
    await request.locator('[part~="action"][part~="activate"]').click();
  } else {
    await request.locator('[part~="action"][part~="refuse"]').click();
    await desk.locator('dialog[open] select[name="code"]').selectOption('identity');
    await desk.locator('dialog[open] textarea[name="note"]').fill(NOTE);
  }
  await desk.locator('dialog[open] [part~="submit"]').click();
  await desk
    .locator('[role="status"]', { hasText: action === 'activate' ? t.activated : t.refused })
    .first()
    .waitFor();
  await check(page, `the desk, ${action}d`);
}

/** The mail sent since the SMTP server had received `since` messages: the last to the grantor and to the mandatary. */
async function mailSince(since, mandate) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const last = (address) => smtp.received.slice(since).findLast((m) => m.to.includes(address));
    const grantor = last('anne.dupont@example.com');
    const mandatary = mandate ? last('bram.janssens@example.com') : undefined;
    if (grantor && (!mandate || mandatary)) return { grantor, mandatary };
    if (Date.now() > deadline)
      throw new Error(`no mail after the activation: ${smtp.received.length - since} received`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The broker's audit export (CSV, from the desk) holds the request's events. */
async function auditHolds(page, grant) {
  const desk = page.locator('#desk');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    desk.locator('[part~="audit-download"]').click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.split(/\r?\n/).filter((l) => l.includes(grant.id));
  assert.ok(lines.length >= 2, `the request's events are in the audit: ${lines.length}`);
  assert.ok(!csv.includes('@example.com'), 'no e-mail address in the audit');
}
