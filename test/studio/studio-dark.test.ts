// <procura-studio> on a dark page (prefers-color-scheme: dark): its selects and fields take the
// kit's surface and text colours, so axe's color-contrast finds nothing (WCAG 1.4.3) — the
// starter, the preview language and the mandate's contracts choice among them.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { resetKit } from '../support/env.js';
import { mountStudio, shadow } from './support.js';

/** The contrast of two computed `rgb()` colours (WCAG relative luminance). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r = 0, g = 0, b = 0] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [la, lb] = [lum(a), lum(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

for (const scheme of ['dark', 'light'] as const)
  describe(`<procura-studio> in the ${scheme} colour scheme: selects and fields read`, () => {
    const before = { style: '' };
    beforeEach(async () => {
      await resetKit();
      await emulateMedia({ colorScheme: scheme });
      before.style = document.body.getAttribute('style') ?? '';
      if (scheme === 'dark') document.body.setAttribute('style', 'background:#111;color:#eee;color-scheme:dark');
    });
    afterEach(async () => {
      localStorage.clear();
      document.body.setAttribute('style', before.style);
      await emulateMedia({ colorScheme: 'light' });
    });

    for (const [kind, ids] of [
      ['tree', ['#starter', '#preview-lang']],
      ['mandate-form', ['#starter', '#mandate-contracts']],
    ] as const)
      it(`${kind}: ${ids.join(', ')} on the kit's surface, and axe finds nothing`, async () => {
        const el = await mountStudio({ kind, draftKey: `dark-${kind}-${scheme}` });
        for (const id of ids) {
          const select = shadow(el).querySelector(id);
          expect(select, id).to.not.equal(null);
          const s = getComputedStyle(select!);
          expect(contrast(s.color, s.backgroundColor), `${id}: ${s.color} on ${s.backgroundColor}`).to.be.above(4.5);
          if (scheme === 'dark') expect(s.backgroundColor, `${id}: a dark surface`).to.not.equal('rgb(255, 255, 255)');
        }
        for (const field of shadow(el).querySelectorAll<HTMLElement>(
          'select, textarea, input:not([type=checkbox]):not([type=radio])',
        )) {
          const s = getComputedStyle(field);
          expect(
            contrast(s.color, s.backgroundColor),
            `${field.outerHTML.slice(0, 120)}: ${s.color} on ${s.backgroundColor}`,
          ).to.be.above(4.5);
        }
        await expect(el).to.be.accessible();
      });
  });
