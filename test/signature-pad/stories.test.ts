import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../support/env.js';
import { resetKit, until } from '../support/env.js';
import * as stories from '../../stories/signature-pad.stories.js';
import type { ProcuraSignaturePad } from '../../src/signature-pad/signature-pad.js';
import { at } from '../support/at.js';

type Story = { args?: Record<string, unknown>; render: (args: never) => TemplateResult };
const meta = stories.default as { args: Record<string, unknown> };
const all = Object.entries(stories).filter(([k]) => k !== 'default') as [string, Story][];

const pads = (root: Element) => [...root.querySelectorAll<ProcuraSignaturePad>('procura-signature-pad')];
const text = (el: ProcuraSignaturePad, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.trim() ?? '';

async function show(story: Story): Promise<HTMLElement> {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  render(story.render({ ...meta.args, ...story.args } as never), root);
  for (const el of pads(root)) await el.updateComplete;
  return root;
}

describe('signature pad stories', () => {
  beforeEach(resetKit);

  for (const [name, story] of all)
    it(`${name} renders and is accessible`, async () => {
      const root = await show(story);
      expect(pads(root).length).to.be.greaterThan(0);
      await expect(root).to.be.accessible();
    });

  it('show the state they are named after, accessible once reached', async () => {
    const reach = async (story: unknown, check: (el: ProcuraSignaturePad) => boolean, what: string) => {
      const root = await show(story as Story);
      const el = at(pads(root), 0, 'pad');
      await until(() => check(el), what);
      await el.updateComplete;
      await expect(root).to.be.accessible();
      return el;
    };
    const drawn = await reach(stories.Drawn, (el) => el.method === 'drawn', 'the drawn draft');
    expect(drawn.signedAt).to.equal('2025-03-14T09:30:00.000Z');
    await reach(stories.Typed, (el) => el.method === 'typed', 'the typed draft');
    await reach(stories.Uploaded, (el) => el.method === 'uploaded', 'the uploaded draft');
    await reach(stories.TooShort, (el) => text(el, '[part~=error]').includes('trop courte'), 'the too-short message');
    await reach(
      stories.Missing,
      (el) =>
        text(el, '[part~=error]') ===
        'La signature manque : dessinez-la dans le cadre, ou choisissez une autre façon de signer.',
      'the required message',
    );
    await reach(stories.Disabled, (el) => el.disabled && el.method === 'drawn', 'the disabled drawn draft');
    const langs = pads(await show(stories.EveryLocale as Story)).map((p) => text(p, '[part~=label]'));
    expect(langs).to.include('Handtekening van Anne Dupont (verplicht)');
    expect(langs).to.include('Signature of Anne Dupont (required)');
  });
});
