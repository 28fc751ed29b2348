// `npm run screenshots`: the demo's journey at 320 px wide (a small phone, or a desktop
// at 400 % zoom), one PNG per step and language in docs/screenshots/<step>.<lang>.png.
//   PROCURA_DEMO_URL=http://localhost:8080 npm run screenshots   reuses a running demo
//   npm run screenshots -- nl                                     one language only
// Without PROCURA_DEMO_URL it starts the demo as `npm start` does, on a free port with an
// in-memory database, and stops it at the end. Each step also says whether the page
// scrolls sideways (WCAG 1.4.10), which a picture alone does not always show.
import { mkdirSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium, CHROMIUM_ARGS } from './chromium.js';
import { spawnServer } from './spawn-server.js';

const OUT = 'docs/screenshots';
// One mandatary per language: a second, identical mandate would be refused as a duplicate.
const MANDATARY = {
  fr: {
    'mandatary.givenName': 'Bram',
    'mandatary.familyName': 'Janssens',
    'mandatary.email': 'bram.janssens@example.com',
    'mandatary.relation': 'comptable',
  },
  nl: {
    'mandatary.givenName': 'Sofie',
    'mandatary.familyName': 'Peeters',
    'mandatary.email': 'sofie.peeters@example.com',
    'mandatary.relation': 'boekhouder',
  },
};
const WIDTH = 320;
const langs = process.argv.slice(2).filter((a) => /^[a-z]{2}$/.test(a));
const LANGS = langs.length ? langs : ['fr', 'nl'];

let stopDemo = async () => {};
let base = process.env.PROCURA_DEMO_URL?.replace(/\/$/, '');
if (!base) {
  const { child, url } = spawnServer(['scripts/start.js'], {
    env: { PORT: '0', DATA_DIR: 'memory://' },
    what: 'npm start',
    timeout: 180_000,
    detached: true,
  });
  base = await url;
  stopDemo = () =>
    new Promise((r) => {
      child.once('exit', r);
      process.kill(-child.pid, 'SIGTERM');
    });
}

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (LANGS.some((l) => f.endsWith(`.${l}.png`))) rmSync(join(OUT, f));

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
  headless: true,
});
const problems = [];
try {
  for (const lang of LANGS) await journey(lang);
} finally {
  await browser.close();
  await stopDemo();
}
console.log(`\n${readdirSync(OUT).length} screenshots in ${OUT}/`);
if (problems.length) console.log(`Pages that scroll sideways at ${WIDTH} px:\n  ${problems.join('\n  ')}`);

async function journey(lang) {
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: 640 },
    deviceScaleFactor: 1,
    locale: lang,
  });
  // The demo's language switch keeps its choice here; the elements follow <html lang>.
  await context.addInitScript((l) => localStorage.setItem('procura-demo:lang', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  const open = async (path) => {
    await page.goto(base + path);
    await page.evaluate((l) => {
      if (document.documentElement.lang !== l) document.documentElement.lang = l;
    }, lang);
    await page.waitForLoadState('networkidle');
  };
  // One element (what the step is about) or the visible page; the check is over the whole page.
  const shot = async (step, selector) => {
    await page.waitForTimeout(150); // fonts and the last render
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (scroll > client) problems.push(`${step}.${lang}: ${scroll} px wide in ${client} px`);
    const path = join(OUT, `${step}.${lang}.png`);
    if (selector) await page.locator(selector).screenshot({ path });
    else await page.screenshot({ path });
    console.log(`${step}.${lang}.png${scroll > client ? `  (the page scrolls sideways: ${scroll} px)` : ''}`);
  };
  const signInAs = async (user) => {
    const select = page.locator('header .who select');
    await page.waitForFunction(() => document.querySelectorAll('header .who select option').length > 1);
    if ((await select.inputValue()) === user) return;
    await select.selectOption(user);
    await Promise.all([page.waitForEvent('load'), page.locator('header .who button[type="submit"]').click()]);
    await page.waitForFunction((u) => document.querySelector('header .who select')?.value === u, user);
    await page.evaluate((l) => {
      if (document.documentElement.lang !== l) document.documentElement.lang = l;
    }, lang);
  };
  // Options by position: the labels change with the language.
  const choose = async (index) => {
    await page.locator('#access-tree [part~="option"]').nth(index).click();
    await page.locator('#access-tree button[type=submit]').click();
  };
  // Fields the backend already knows (the signed-in person) are read-only: left as shown.
  const fill = async (values) => {
    for (const [name, value] of Object.entries(values)) {
      const field = page.locator(`#access-mandate [name="${name}"]`);
      if (await field.isEditable()) await field.fill(value);
    }
  };
  const sign = async (party) => {
    const canvas = page.locator(
      `#access-mandate procura-signature-pad[data-party="${party}"] [part~="signature-canvas"]`,
    );
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
    await page.mouse.down();
    for (let i = 1; i <= 16; i++)
      await page.mouse.move(box.x + box.width * (0.1 + i * 0.05), box.y + box.height * (i % 2 ? 0.25 : 0.75), {
        steps: 3,
      });
    await page.mouse.up();
  };
  const next = () => page.locator('#access-mandate button[part~="next"]').click();

  try {
    await open('/index.html');
    await shot('01-home');

    // The questionnaire, then the mandate: Anne for someone other than the insured person.
    await open('/mandate.html');
    await signInAs('anne');
    await page.locator('#access-tree [part~="option"]').first().waitFor();
    await shot('02-tree-who', '#access-tree');
    await choose(0);
    await shot('03-tree-for-whom', '#access-tree');
    await choose(2);
    await page.locator('#access-tree button[part~="next"]').waitFor();
    await shot('04-tree-outcome', '#access-tree');
    await page.locator('#access-tree button[part~="next"]').click();
    await shot('05-mandate-start', '#access-mandate');
    await fill({
      'grantor.givenName': 'Anne',
      'grantor.familyName': 'Dupont',
      'grantor.birthDate': '1980-04-12',
      'grantor.email': 'anne.dupont@example.com',
      'scope.contractIds': 'AUTO-2024-0042',
    });
    await sign('grantor');
    await shot('06-mandate-grantor', '#access-mandate');
    await next();
    await shot('07-mandate-handover', '#access-mandate');
    await next();
    await fill(MANDATARY[lang] ?? MANDATARY.fr);
    await sign('mandatary');
    await shot('08-mandate-mandatary', '#access-mandate');
    await next();
    const submit = page.locator('#access-mandate button[part~="submit"]');
    await submit.waitFor();
    await shot('09-mandate-review', '#access-mandate');
    const sent = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/api\/(mandates|grants|access-requests)/.test(r.url()),
      { timeout: 30_000 },
    );
    await submit.click();
    console.log(`  sent: ${(await sent).status()}`);
    await page.waitForLoadState('networkidle');
    await shot('10-mandate-sent', '#access-mandate');

    // The consent, on the quote request.
    await open('/quote.html');
    await page.locator('#quote-consent').waitFor();
    await shot('11-consent', '#quote-consent');

    // The broker activates the mandate; Anne sees it in her client space, then opens the revoke dialog.
    await open('/client-space.html');
    await signInAs('claire');
    const activate = page.locator('#broker-list button[data-act="activate"]').first();
    await activate.waitFor();
    await shot('12-broker-pending', '#broker-list');
    await activate.click();
    await page.locator('#broker-status').waitFor();
    await signInAs('anne');
    await page.locator('#client-space [part~="grant"]').first().waitFor();
    await shot('13-grants', '#client-space');
    const revoke = page.locator('#client-space [part~="revoke"]').first();
    if (await revoke.count()) {
      await revoke.click();
      await page
        .locator('#client-space dialog[open]')
        .waitFor()
        .catch(() => undefined);
      await shot('14-revoke-dialog');
    }

    await open('/privacy.html');
    await page.locator('#privacy-opposition').waitFor();
    await shot('15-cookie-opposition', '#privacy-opposition');
  } catch (e) {
    await page.screenshot({ path: join(OUT, `failed.${lang}.png`), fullPage: true }).catch(() => undefined);
    throw e;
  } finally {
    if (errors.length) console.log(`Errors in the page (${lang}):\n  ${errors.join('\n  ')}`);
    await context.close();
  }
}
