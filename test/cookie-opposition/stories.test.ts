// Every story renders, in every language, without a stray key and with no axe violation:
// the stories are the element's catalogue of states, so they are checked like the element.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../support/env.js';
import * as stories from '../../stories/cookie-opposition.stories.js';
import { cleanSlate } from './support.js';

type Story = { args?: Record<string, unknown>; render: (args: never) => TemplateResult };
const meta = stories.default as { args: Record<string, unknown> };
const entries = Object.entries(stories).filter(([name]) => name !== 'default' && name !== 'Live') as [string, Story][];

describe('cookie-opposition stories', () => {
  beforeEach(cleanSlate);
  after(cleanSlate);

  it('cover the states a person can meet', () => {
    expect(entries.map(([n]) => n)).to.include.members([
      'Measured',
      'OpposedStored',
      'MeasuredByChoice',
      'GlobalPrivacyControl',
      'Compact',
      'CompactOpposed',
      'Disabled',
      'EveryLocale',
    ]);
  });

  for (const lang of ['fr', 'nl', 'en']) {
    it(`render in ${lang}, accessible, with no missing text`, async () => {
      for (const [name, story] of entries) {
        const args = { ...meta.args, ...story.args, lang };
        const wrap = await fixture(html`<div>${story.render(args as never)}</div>`);
        const els = [...wrap.querySelectorAll('procura-cookie-opposition')];
        await Promise.all(els.map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete));
        for (const el of els) {
          const text = el.shadowRoot!.textContent ?? '';
          expect(text, `${name}: a key shown instead of a text`).not.to.match(/\bcookie\.\w+/);
          if (name === 'BadConfiguration')
            expect(el.shadowRoot!.querySelector('[part="error"]'), name).not.to.equal(null);
          else expect(el.shadowRoot!.querySelector('[role="switch"]'), name).not.to.equal(null);
        }
        await expect(wrap).to.be.accessible();
      }
    });
  }
});
