// Shared by the mandate-form tests: filling fields as a person would (typing, or
// setting the value and firing input + change), signing on the real pad with the mouse.
import { fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { until } from '../support/env.js';
import '../../src/define/mandate-form.js';
import type { ProcuraMandateForm } from '../../src/mandate-form/mandate-form.js';

export type Form = ProcuraMandateForm;
export const root = (el: Element) => el.shadowRoot!;
export const q = <T extends Element = HTMLInputElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);
export const field = (el: Element, path: string) => q<HTMLInputElement>(el, `[name="${path}"]`);
export const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
export const errorOf = (el: Element, path: string) =>
  q(el, `#e-f-${path.replace(/\W/g, '-')}`)?.textContent?.trim() ?? '';
export const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export async function mount(t: TemplateResult): Promise<Form> {
  const node = await fixture(t);
  const el = (node.localName === 'procura-mandate-form' ? node : node.querySelector('procura-mandate-form')) as Form;
  await el.updateComplete;
  return el;
}

/** The item at `i`, or a failed test saying which was missing (an event not heard, a request not received). */
export function nth<T>(xs: readonly T[] | undefined, i: number, what = 'item'): T {
  const x = xs?.[i];
  if (x === undefined) throw new Error(`no ${what} #${i} (got ${xs?.length ?? 0})`);
  return x;
}

/** Sets fields the way autofill would: value, then input and change. */
export async function fill(el: Form, values: Record<string, string | boolean>): Promise<void> {
  for (const [path, v] of Object.entries(values)) {
    await el.updateComplete;
    const inputs = [...root(el).querySelectorAll<HTMLInputElement>(`[name="${path}"]`)];
    if (!inputs.length) throw new Error(`no field ${path}`);
    const input = inputs.find((i) => i.type !== 'radio' || i.value === v) ?? nth(inputs, 0, `field ${path}`);
    if (input.type === 'checkbox' || input.type === 'radio') input.checked = input.type === 'radio' ? true : Boolean(v);
    else input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await el.updateComplete;
}

/** Focuses a field and types into it with the keyboard. */
export async function type(el: Form, path: string, value: string): Promise<void> {
  field(el, path)!.focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

export const grantorNatural = (o: Record<string, string | boolean> = {}) => ({
  'grantor.givenName': 'Anne',
  'grantor.familyName': 'Dupont',
  'grantor.birthDate': '1980-04-12',
  'grantor.email': 'anne.dupont@example.com',
  'grantor.phone': '+32 470 12 34 56',
  'grantor.clientRef': 'C-100231',
  ...o,
});
export const mandataryFields = (o: Record<string, string | boolean> = {}) => ({
  'mandatary.givenName': 'Bram',
  'mandatary.familyName': 'Janssens',
  'mandatary.email': 'bram.janssens@example.com',
  'mandatary.relation': 'comptable',
  ...o,
});

type PadEl = HTMLElement & { isEmpty(): boolean; updateComplete: Promise<unknown> };

/**
 * Draws a signature on the real pad with the mouse, then waits until the form has it (unless
 * `wait` is false: a person who clicks on at once).
 */
/** The element's box once it is the same over two frames in a row (at most two seconds). */
async function settledRect(node: Element): Promise<DOMRect> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  let r = node.getBoundingClientRect();
  for (let i = 0; i < 60; i++) {
    await frame();
    const now = node.getBoundingClientRect();
    if (now.top === r.top && now.left === r.left && now.width === r.width) return now;
    node.scrollIntoView({ block: 'center' });
    r = node.getBoundingClientRect();
  }
  return r;
}

export async function sign(el: Form, party: 'grantor' | 'mandatary', wait = true): Promise<void> {
  await customElements.whenDefined('procura-signature-pad');
  const pad = q<PadEl>(el, `procura-signature-pad[data-party="${party}"]`)!;
  await pad.updateComplete;
  const canvas = pad.shadowRoot!.querySelector('[part~="signature-canvas"]')!;
  canvas.scrollIntoView({ block: 'center' });
  // Draws where the pad is once the page has stopped moving: an element above it (the tree's
  // outcome, a chunk's texts arriving) may still change height for a frame or two.
  const r = await settledRect(canvas);
  const at = (fx: number, fy: number): [number, number] => [
    Math.round(r.left + r.width * fx),
    Math.round(r.top + r.height * fy),
  ];
  await sendMouse({ type: 'move', position: at(0.1, 0.6) });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= 16; i++) await sendMouse({ type: 'move', position: at(0.1 + i * 0.05, i % 2 ? 0.2 : 0.8) });
  await sendMouse({ type: 'up' });
  if (!wait) return;
  await until(
    () => !!(el as unknown as { flow: { sigs: Record<string, unknown> } }).flow.sigs[party],
    `the ${party}'s signature`,
  );
  await el.updateComplete;
}

export async function next(el: Form): Promise<void> {
  q<HTMLButtonElement>(el, 'button[part="next"]')!.click();
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** From an empty natural-person form to the review step, both parties signed. */
export async function complete(
  el: Form,
  grantor: Record<string, string | boolean> = grantorNatural(),
  mandatary: Record<string, string | boolean> = mandataryFields(),
): Promise<void> {
  await fill(el, grantor);
  await sign(el, 'grantor');
  await next(el);
  const stuck = () => [...root(el).querySelectorAll('.field-error')].map((e) => e.textContent).join(' | ');
  if (q(el, 'procura-signature-pad[data-party="grantor"]'))
    throw new Error(`the grantor's step did not pass: ${stuck()}`);
  await next(el); // handover: "I am the mandatary"
  await fill(el, mandatary);
  await sign(el, 'mandatary');
  await next(el);
  if (q(el, 'procura-signature-pad')) throw new Error(`the mandatary's step did not pass: ${stuck()}`);
}
