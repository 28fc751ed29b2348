// The desk's rights and staff stories reach the state they are named after, accessible there
// (the stories answer with a configure()d fetch: no server here, on purpose).
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { resetKit, until } from '../support/env.js';
import * as stories from '../../stories/broker-desk.stories.js';
import type { ProcuraBrokerDesk } from '../../src/broker-desk/broker-desk.js';
import { clean } from './support.js';
import { messagesOf } from '../../src/core/localize.js';
import { deskCatalog } from '../../src/i18n/broker-desk.js';
import { deskRightsCatalog } from '../../src/i18n/broker-desk-rights.js';

type Story = {
  args?: Record<string, unknown>;
  render: (args: never) => TemplateResult;
  play?: (c: { canvasElement: HTMLElement }) => Promise<void>;
};
const meta = stories.default as { args: Record<string, unknown> };

async function show(story: Story, ready: string): Promise<ProcuraBrokerDesk> {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  render(story.render({ ...meta.args, ...story.args } as never), root);
  await story.play?.({ canvasElement: root });
  const el = root.querySelector<ProcuraBrokerDesk>('procura-broker-desk')!;
  await until(() => !!el.shadowRoot?.querySelector(ready), ready);
  await el.updateComplete;
  await expect(root).to.be.accessible();
  return el;
}

describe('broker desk stories: rights and staff', () => {
  beforeEach(resetKit);
  afterEach(resetKit);

  it('Rights: the overdue requests say so in words', async () => {
    const el = await show(stories.Rights, '[part~=rights-row]');
    const clocks = [...el.shadowRoot!.querySelectorAll('[part~=rights-clock]')].map((c) => clean(c.textContent));
    expect(clocks[0]).to.match(/^⚠ En retard de (9|10|11) jours$/);
    expect(clean(el.shadowRoot!.querySelector('[part~=rights-overdue]')?.textContent)).to.equal(
      '⚠ 2 demandes sont en retard.',
    );
  });

  it('RightsRectification, RightsErasure, RightsDutch, Staff, StaffReviewer', async () => {
    const rect = await show(stories.RightsRectification, '[part~=rights-change]');
    expect(rect.shadowRoot!.querySelector<HTMLInputElement>('[part~=rights-change] input')!.value).to.equal(
      'jan.peeters@exemple.be',
    );
    await show(stories.RightsErasure, '[part~=rights-data]');
    await show(stories.RightsDutch, '[part~=rights-row]');
    const staff = await show(stories.Staff, '[part~=staff-account]');
    expect(staff.shadowRoot!.querySelectorAll('[part~=staff-action]')).to.have.length(2);
    await show(stories.StaffReviewer, '[role=tabpanel] .notice');
  });

  it('the desk’s dictionaries (and the panels’ lazy one) have the same keys and {placeholders} in fr, nl, en and de', async () => {
    const holes = (t: string) =>
      [...t.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join();
    for (const c of [deskCatalog, deskRightsCatalog]) {
      const fr = await messagesOf(c, 'fr');
      for (const lang of ['nl', 'en', 'de'] as const) {
        const other = await messagesOf(c, lang);
        expect(Object.keys(other).sort(), `${c.name}/${lang}`).to.deep.equal(Object.keys(fr).sort());
        for (const [k, v] of Object.entries(fr))
          expect(holes(String(other[k])), `${c.name}/${lang}: ${k}`).to.equal(holes(String(v)));
      }
    }
  });
});
