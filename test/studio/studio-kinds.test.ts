// Every kind of definition the studio edits, blank and from each starter it offers, at 320 px
// and in Dutch: nothing scrolls sideways, no target is smaller than 24 px, the preview sits
// below the editor, and axe finds nothing (issue 17, item 8: usable at 320 px, axe clean in every state).
import { expect } from '@open-wc/testing';
import { resetKit, until } from '../support/env.js';
import { problems, viewport, wideViewport } from '../reflow/support.js';
import { $, mountStudio, shadow } from './support.js';
import type { ProcuraStudio } from '../../src/studio/studio.js';

const KINDS = ['tree', 'consent', 'cookie-opposition', 'mandate-form'] as const;

async function fitsAndPasses(el: ProcuraStudio, what: string): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  const editor = $(el, '.editor').getBoundingClientRect();
  const preview = $(el, '.preview').getBoundingClientRect();
  expect(preview.top, `${what}: the preview below the editor`).to.be.greaterThan(editor.bottom - 1);
  expect(problems(el), what).to.deep.equal([]);
  await expect(el, what).to.be.accessible();
}

describe('<procura-studio>: every kind at 320 px', () => {
  beforeEach(() => resetKit());
  afterEach(() => wideViewport());

  for (const kind of KINDS)
    it(`${kind}: blank and from each starter, in French and in Dutch`, async () => {
      await viewport(320);
      for (const lang of ['fr', 'nl']) {
        const el = await mountStudio({ kind, lang, draftKey: `kinds-${kind}-${lang}` });
        await fitsAndPasses(el, `${kind} ${lang} blank`);
        const names = [...shadow(el).querySelectorAll<HTMLOptionElement>('#starter option')].map((o) => o.value);
        for (const name of names.filter(Boolean)) {
          $<HTMLSelectElement>(el, '#starter').value = name;
          ($(el, '.starters button') as HTMLButtonElement).click();
          await el.updateComplete;
          await until(() => !!shadow(el).querySelector('.preview'), `the starter ${name}`);
          await fitsAndPasses(el, `${kind} ${lang} ${name}`);
        }
        el.remove();
      }
    });
});
