// Shared by the studio's tests: mount <procura-studio>, reach into its shadow root, type as a person does.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../support/env.js';
import '../../src/define/studio.js';
import type { ProcuraStudio } from '../../src/studio/studio.js';

export const shadow = (el: ProcuraStudio) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: ProcuraStudio, sel: string) => {
  const found = shadow(el).querySelector<T>(sel);
  if (!found) throw new Error(`no ${sel} in the studio`);
  return found;
};

export async function mountStudio(
  o: { kind?: string; endpoint?: string; draftKey?: string; lang?: string } = {},
): Promise<ProcuraStudio> {
  const el = await fixture<ProcuraStudio>(
    html`<procura-studio
      kind=${o.kind ?? 'consent'}
      endpoint=${o.endpoint ?? ''}
      draft-key=${o.draftKey ?? 'test'}
      lang=${o.lang ?? 'fr'}
      script-src="https://kit.example/procura.js"
    ></procura-studio>`,
  );
  await until(() => !!el.editor && el.editor.kind === el.kind, 'the editor');
  await el.updateComplete;
  return el;
}

/** Focuses a field of the studio and types into it with the keyboard. */
export async function typeInto(el: ProcuraStudio, sel: string, text: string): Promise<void> {
  $(el, sel).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

export const said = (el: ProcuraStudio) => shadow(el).querySelector('[role=status][aria-live]')?.textContent ?? '';
