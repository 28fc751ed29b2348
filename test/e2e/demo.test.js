// The demo as a person meets it: `npm start`, then the pages in Chromium. The CMS page
// loads only the drop-in bundle under a strict CSP with Trusted Types.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startDemo, axe, linkedFile, verifyOffline, DEMO_PAGES } from './support.js';

let browser, demo;
before(async () => {
  [browser, demo] = await Promise.all([launch(), startDemo()]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

const TAGS = ['procura-delegation-tree', 'procura-consent', 'procura-signature-pad', 'procura-cookie-opposition'];

test("the CMS page works under a strict CSP with Trusted Types, with only the drop-in bundle's autoloader", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on(
    'console',
    (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
  );
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
  const scripts = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto(`${demo.url}/cms.html`);
  for (const tag of TAGS)
    await page.waitForFunction(
      (t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.childElementCount > 0,
      tag,
    );
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  assert.ok(
    scripts.every((s) => s.startsWith('/kit/') || s.startsWith('/analytics')),
    `scripts loaded: ${scripts.join(', ')}`,
  );
  // Through the autoloader, only the code of the elements the page shows (Lighthouse: no unused JavaScript).
  assert.ok(scripts.includes('/kit/autoloader.js'), `scripts loaded: ${scripts.join(', ')}`);
  for (const absent of ['mandate-form', 'access-grants', 'my-data', 'broker-desk', 'studio'])
    assert.ok(!scripts.some((s) => s.includes(`/${absent}-`)), `${absent} loaded: ${scripts.join(', ')}`);
  assert.match(
    await page
      .locator('procura-delegation-tree legend, procura-delegation-tree h2, procura-delegation-tree h3')
      .first()
      .innerText(),
    /\S/,
  );
  // The question is answerable with the keyboard under the policy.
  await page.locator('procura-delegation-tree input[type=radio]').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test('every demo page renders its elements without errors and passes axe', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const path of DEMO_PAGES) {
    const errors = [];
    const onError = (e) => errors.push(e.message);
    page.on('pageerror', onError);
    await page.goto(`${demo.url}/${path}`);
    await page.waitForLoadState('networkidle');
    const empty = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('procura-') && !(el.shadowRoot?.childElementCount > 0))
        .map((el) => el.localName),
    );
    assert.deepEqual(empty, [], `${path}: elements that rendered nothing`);
    assert.deepEqual(errors, [], `${path}: uncaught errors`);
    assert.deepEqual(await axe(page), [], `${path}: axe`);
    page.off('pageerror', onError);
  }
  await context.close();
});

test('a prospect who is not signed in asks for a quote, and the consent choices are recorded as given', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${demo.url}/quote.html`);
  await page.locator('#quote-consent input[type=checkbox]').first().waitFor();
  for (const [name, value] of [
    ['fullName', 'Zoë Łukasiewicz'],
    ['email', 'zoe@example.org'],
  ]) {
    const field = page.locator(`#quote [name="${name}"]`);
    if (await field.count()) await field.fill(value);
  }
  const product = page.locator('#quote select').first();
  if (await product.count()) await product.selectOption({ index: 1 });
  // One consent given, by keyboard: each purpose is its own unticked box.
  const boxes = page.locator('#quote-consent input[type=checkbox]');
  assert.equal(
    await boxes.evaluateAll((els) => els.filter((e) => e.checked).length),
    0,
    'nothing is ticked beforehand',
  );
  await boxes.first().focus();
  await page.keyboard.press('Space');
  await page.locator('#quote [name="terms"]').check();
  const recorded = page.waitForResponse((r) => r.url().endsWith('/api/consents') && r.request().method() === 'POST');
  await page.locator('#quote button[type=submit]').click();
  const res = await recorded;
  assert.equal(res.status(), 201);
  const body = res.request().postDataJSON();
  assert.equal(body.subject, undefined, 'no subject for a prospect');
  // One consent given, every other consent refused; no opposition raised.
  const consents = body.decisions.filter((d) => d.basis === 'consent');
  assert.equal(consents.filter((d) => d.state === 'given').length, 1);
  assert.ok(consents.filter((d) => d.state !== 'given').every((d) => d.state === 'refused'));
  assert.ok(body.decisions.filter((d) => d.basis === 'opposition').every((d) => d.state !== 'objected'));
  await page.locator('#quote-consent', { hasText: 'Vos choix sont enregistrés' }).waitFor();

  // The proof the prospect keeps: the receipt file the element offers passes `procura verify`
  // offline, and fails once one byte of it is changed.
  const link = page.locator('#quote-consent [part~="receipt-link"]');
  assert.equal((await link.textContent()).trim(), 'Télécharger ma preuve');
  const receipt = JSON.parse(await linkedFile(page, link));
  assert.equal(receipt.payload.recordId, body.recordId);
  const dir = mkdtempSync(join(tmpdir(), 'procura-receipt-'));
  try {
    const file = join(dir, 'preuve.json');
    writeFileSync(file, JSON.stringify(receipt));
    const ok = await verifyOffline(demo.url, file);
    assert.equal(ok.status, 0, ok.output);
    assert.match(ok.output, /valid/);
    const [h, p, sig] = receipt.jws.split('.');
    writeFileSync(
      file,
      JSON.stringify({
        ...receipt,
        jws: `${h}.${p}.${sig.slice(0, 10)}${sig[10] === 'A' ? 'B' : 'A'}${sig.slice(11)}`,
      }),
    );
    const bad = await verifyOffline(demo.url, file);
    assert.equal(bad.status, 1, bad.output);
    assert.match(bad.output, /NOT valid/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await context.close();
});

/** WCAG relative luminance contrast of two `rgb(a)` colours read from getComputedStyle. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the skip link, reached by Tab, is visible and readable (4.5:1), and leads to the content', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const path of ['index.html', 'mandate.html']) {
    await page.goto(`${demo.url}/${path}`);
    await page.locator('header .skip').waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const link = document.activeElement;
      const style = getComputedStyle(link);
      // The colour behind the text: the first ancestor with an opaque background.
      let bg = 'rgba(0, 0, 0, 0)';
      for (let el = link; el && /rgba\(.*, 0\)$|transparent/.test(bg); el = el.parentElement)
        bg = getComputedStyle(el).backgroundColor;
      if (/rgba\(.*, 0\)$|transparent/.test(bg)) bg = 'rgb(255, 255, 255)';
      const box = link.getBoundingClientRect();
      return {
        cls: link.className,
        text: link.textContent,
        color: style.color,
        bg,
        inView: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.width > 0,
      };
    });
    assert.equal(seen.cls, 'skip', `${path}: the first Tab reaches the skip link`);
    assert.ok(seen.inView, `${path}: the focused skip link is on screen`);
    const ratio = contrast(seen.color, seen.bg);
    assert.ok(ratio >= 4.5, `${path}: "${seen.text}" is ${seen.color} on ${seen.bg}, ${ratio.toFixed(2)}:1`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
  }
  await context.close();
});

test('the demo account switcher changes account only when asked (3.2.2): arrows choose, the button switches', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(`${demo.url}/index.html`);
  const select = page.locator('header .who select');
  await page.waitForFunction(() => document.querySelector('header .who select')?.options.length > 2);
  const wanted = await select.evaluate((s) => s.options[2].value);
  assert.equal(loads, 1);
  // Keyboard only: the select, two arrows down, then the button that applies the choice.
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await select.inputValue(), wanted, 'the arrows move the choice');
  const reloaded = page.waitForEvent('load');
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement?.closest('.who') && document.activeElement.type),
    'submit',
    'Tab reaches the switch button',
  );
  await page.keyboard.press('Enter');
  await reloaded;
  await page.waitForFunction((v) => document.querySelector('header .who select')?.value === v, wanted);
  assert.equal(loads, 2, 'one reload, on the button, none on the arrows');
  const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
  assert.equal(session.user?.id, wanted);
  await context.close();
});
