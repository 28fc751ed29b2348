// axe-core on every demo page, in the three ways a person may see it: light, dark
// (prefers-color-scheme) and forced colours (Windows High Contrast). One browser, one page
// reused; the axe source is injected into the page as support.js does for the other tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startDemo, axe, DEMO_PAGES } from './support.js';
import { MODES } from './axe-modes.js';

let browser, demo, page;
before(async () => {
  [browser, demo] = await Promise.all([launch(), startDemo()]);
  page = await (await browser.newContext()).newPage();
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** Every procura element on the page has rendered (or the page has none). */
const rendered = () =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('procura-'))
      .every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount > 0),
  );

async function scanAll(who) {
  const failures = [];
  for (const path of DEMO_PAGES) {
    await page.goto(`${demo.url}/${path}`);
    await page.waitForLoadState('networkidle');
    await rendered();
    for (const mode of MODES) {
      await page.emulateMedia(mode.media);
      for (const v of await axe(page)) failures.push(`${who} ${path} [${mode.name}] ${v}`);
    }
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  }
  return failures;
}

test('every demo page passes axe, signed out, in light, dark and forced colours', async () => {
  assert.deepEqual(await scanAll('signed out'), []);
});

test('every demo page passes axe, signed in as a client (anne) and as the broker (claire), in light, dark and forced colours', async () => {
  const failures = [];
  for (const user of ['anne', 'claire']) {
    const res = await page.evaluate(
      (id) =>
        fetch('/api/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify({ user: id }),
        }).then((r) => r.status),
      user,
    );
    assert.equal(res, 201, `signed in as ${user}`);
    failures.push(...(await scanAll(user)));
  }
  assert.deepEqual(failures, []);
});

test('on every demo page, an element under a section heading starts its own headings one level below it (RGAA 9.1)', async () => {
  const wrong = [];
  for (const path of DEMO_PAGES) {
    await page.goto(`${demo.url}/${path}`);
    await page.waitForLoadState('networkidle');
    await rendered();
    wrong.push(
      ...(await page.evaluate((p) => {
        const out = [];
        for (const el of document.querySelectorAll('*')) {
          if (!el.localName.startsWith('procura-')) continue;
          // The page's heading that introduces the element: its section's, else the last one before it in its section.
          const section = el.closest('section[aria-labelledby]');
          const own = section && document.getElementById(section.getAttribute('aria-labelledby'));
          const scope = el.closest('section') ?? document;
          const before = [...scope.querySelectorAll('h1, h2, h3, h4, h5, h6')]
            .filter((h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
            .pop();
          const parent = own ?? before;
          if (!parent) continue;
          const level = Number(parent.localName[1]);
          for (const h of el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6'))
            if (Number(h.localName[1]) <= level)
              out.push(
                `${p} #${el.id}: "${h.textContent.trim()}" is an ${h.localName} under the page's ${parent.localName} "${parent.textContent.trim()}"`,
              );
        }
        return out;
      }, path)),
    );
  }
  assert.deepEqual(wrong, []);
});
