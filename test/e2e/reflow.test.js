// The demo pages on a phone: 320 px wide, which is also a 1280 px screen at 400 % zoom
// (WCAG 1.4.10). The page must not scroll sideways, and nothing inside the elements may
// reach past the viewport's right edge, after the elements have rendered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startDemo, DEMO_PAGES } from './support.js';

let browser, demo;
before(async () => {
  [browser, demo] = await Promise.all([launch(), startDemo()]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** What sticks out of a 320 px page: the page's own scroll, then nodes inside the elements' shadow roots. */
function sticksOut() {
  const out = [];
  const { scrollWidth, clientWidth } = document.documentElement;
  if (scrollWidth > clientWidth) out.push(`the page scrolls sideways: ${scrollWidth} > ${clientWidth}`);
  // Text for screen readers only sits in a 1 px box that clips it (`.visually-hidden`): what is
  // inside takes no room on screen and cannot make the page scroll.
  const clippedAway = (el) => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      const r = a.getBoundingClientRect();
      if (r.width <= 1 && getComputedStyle(a).overflow === 'hidden') return true;
    }
    return false;
  };
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 1 && r.height > 1 && el.checkVisibility() && r.right > clientWidth + 0.5 && !clippedAway(el))
        out.push(
          `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" ends at ${Math.round(r.right)} px`,
        );
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return out;
}

for (const width of [320, 375]) {
  test(`every demo page fits ${width} px with no sideways scrolling`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 720 } });
    const page = await context.newPage();
    for (const path of DEMO_PAGES) {
      await page.goto(`${demo.url}/${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('procura-'))
          .every((el) => el.shadowRoot?.childElementCount > 0),
      );
      await page.waitForTimeout(200);
      assert.deepEqual(await page.evaluate(sticksOut), [], `${path} at ${width} px`);
    }
    await context.close();
  });
}

test('the mandate page at 320 px: the tree answered, the form that follows fits', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${demo.url}/mandate.html`);
  const tree = page.locator('#access-tree');
  await tree.locator('legend').first().waitFor();
  for (let i = 0; i < 10 && (await tree.locator('legend').count()); i++) {
    await tree.locator('input[type=radio]').last().check();
    await tree.locator('[part~=submit]').click();
    await page.waitForTimeout(100);
  }
  await tree.locator('[part~=outcome]').waitFor();
  assert.deepEqual(await page.evaluate(sticksOut), [], 'the outcome and the form below it');
  await context.close();
});
