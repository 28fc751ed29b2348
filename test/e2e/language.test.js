// The demo's language switch, as a person uses it against `npm start`: the keyboard, the
// page's own texts, every element (through `<html lang>`), remembered on the next page; and a
// signed-out submission answered in Dutch, not in the server's English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startDemo, axe, ENGLISH, readable } from './support.js';

let browser, demo;
before(async () => {
  [browser, demo] = await Promise.all([launch(), startDemo()]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

const ready = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('procura-'))
      .every((e) => e.shadowRoot?.childElementCount > 0),
  );

test('the language switch changes the page and every element, with the keyboard, and is remembered', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${demo.url}/index.html`);
    const group = page.getByRole('group', { name: 'Langue' });
    await group.waitFor();
    const nl = group.getByRole('button', { name: 'Nederlands' });
    assert.equal(await nl.getAttribute('aria-pressed'), 'false');
    assert.equal(await group.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed'), 'true');
    for (const b of await group.getByRole('button').all()) {
      const box = await b.boundingBox();
      assert.ok(box.width >= 24 && box.height >= 24, `${await b.innerText()} is ${box.width}×${box.height}`);
    }

    // With the keyboard: focus it, press Enter.
    await nl.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    assert.equal(
      await page
        .getByRole('group', { name: 'Taal' })
        .getByRole('button', { name: 'Nederlands' })
        .getAttribute('aria-pressed'),
      'true',
    );
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Nederlands',
      'the focus stays on the switch',
    );
    assert.equal(await page.locator('h1').innerText(), 'Uw makelaar, online');
    assert.equal(
      await page
        .getByRole('navigation', { name: 'Hoofdnavigatie' })
        .getByRole('link', { name: 'Mijn klantenzone' })
        .count(),
      1,
    );
    assert.deepEqual(
      await page.evaluate(() => ({ ...localStorage })),
      { 'procura-demo:lang': 'nl' },
      'only the language is stored',
    );
    assert.deepEqual(await axe(page, 'header'), []);

    // Each page, opened afterwards, is Dutch: its own texts and its elements.
    const pages = {
      'index.html': 'Uw makelaar, online',
      'mandate.html': 'Toegang geven tot mijn klantenzone',
      'quote.html': 'Een offerte vragen',
      'client-space.html': 'Mijn klantenzone',
      'desk.html': 'Kantoor van de makelaar',
      'privacy.html': 'Privacy',
    };
    for (const [path, h1] of Object.entries(pages)) {
      await page.goto(`${demo.url}/${path}`);
      await ready(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl', path);
      assert.equal(await page.locator('h1').innerText(), h1, path);
      // The elements' Dutch texts load on first use, after their configuration's check: wait
      // (at most ten seconds) until none shows its French fallback any more, then judge.
      let text = await readable(page);
      for (let i = 0; i < 100 && /\b(vous|votre|Envoyer|Suivant)\b/.test(text); i++) {
        await page.waitForTimeout(100);
        text = await readable(page);
      }
      const english = text.match(ENGLISH);
      assert.equal(
        english,
        null,
        `${path} shows English (“${english?.[0]}”) in:\n${text.slice(Math.max(0, (english?.index ?? 0) - 200), (english?.index ?? 0) + 200)}`,
      );
      assert.doesNotMatch(text, /\b(vous|votre|Envoyer|Suivant)\b/, `${path} shows French`);
    }

    // Back to French with a click: the elements follow at once, without a reload.
    await page.goto(`${demo.url}/quote.html`);
    await ready(page);
    await page.getByRole('button', { name: 'Français' }).click();
    await page.waitForFunction(() =>
      /\b(vous|vos|votre)\b/i.test(document.querySelector('procura-consent')?.shadowRoot?.textContent ?? ''),
    );
    assert.equal(await page.locator('h1').innerText(), 'Demander une offre');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a signed-out submission is answered in Dutch on a Dutch page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${demo.url}/quote.html`);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await ready(page);
    // A site that believes it knows the client names the subject; the session has ended.
    await page.evaluate(() => document.getElementById('quote-consent').setAttribute('subject', 'C-100231'));
    const consent = page.locator('#quote-consent');
    await consent.locator('input[type=checkbox]').first().check();
    await page.getByLabel('Naam en voornaam', { exact: true }).fill('Anne Dupont');
    await page.getByLabel('E-mailadres', { exact: true }).fill('anne.dupont@example.com');
    await page.getByLabel('Product', { exact: true }).selectOption('auto');
    await page.locator('input[name=terms]').check();
    await page.getByRole('button', { name: 'Mijn offerte vragen' }).click();
    const error = consent.locator('[part~="error"]');
    await error.waitFor();
    assert.equal(
      (await error.innerText()).trim(),
      'Het verzenden is mislukt. U moet zich aanmelden voordat u verzendt. Wat u hebt ingevuld, blijft bewaard.',
    );
    assert.match(await page.locator('#quote-status').innerText(), /^Bedankt, Anne Dupont/);
  } finally {
    await context.close();
  }
});
