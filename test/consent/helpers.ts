// Shared by the consent tests: a notice, a way to mount the element, and readers for what a person sees.
import { fixture, html } from '@open-wc/testing';
import '../../src/define/consent.js';
import type { ProcuraConsent } from '../../src/consent/consent.js';
import type { ConsentRecord } from '../../src/model/consent.js';
import { until } from '../support/env.js';

export const notice = {
  controller: {
    name: 'Courtier Demo SRL',
    address: 'rue de l’Exemple 1, 1000 Bruxelles',
    contact: 'privacy@courtier.example',
    dpo: 'dpo@courtier.example',
  },
  policyUrl: 'https://courtier.example/vie-privee',
  noticeVersion: '2025-01',
};

export async function mount(config: unknown, attrs: Record<string, string> = {}): Promise<ProcuraConsent> {
  const el = document.createElement('procura-consent');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.config = config as ProcuraConsent['config']; // bad ones too: the element must refuse them
  const wrap = await fixture(html`<div></div>`);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

export const root = (el: Element) => el.shadowRoot!;
export const boxes = (el: Element) => [...root(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
export const box = (el: Element, id: string) =>
  root(el).querySelector<HTMLInputElement>(`[data-purpose="${id}"] input`)!;
export const labelOf = (el: Element, id: string) =>
  root(el).querySelector(`[data-purpose="${id}"] label`)!.textContent!.trim();
export const visibleText = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
/** What the status regions say (where the record is, or that nothing changed). */
export const status = (el: Element) =>
  [...root(el).querySelectorAll('p[role=status].live')]
    .map((p) => p.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
export const errorText = (el: Element) =>
  root(el).querySelector('[part~=error]')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Clicks a box as a person does (the click event toggles it and fires change). */
export async function click(el: ProcuraConsent, id: string): Promise<void> {
  box(el, id).click();
  await el.updateComplete;
}

/** Saves and returns the record the element posted (from procura-submit). */
export async function saveAndCapture(el: ProcuraConsent): Promise<ConsentRecord | undefined> {
  let record: ConsentRecord | undefined;
  const on = (e: Event) => (record = (e as CustomEvent).detail.payload as ConsentRecord);
  el.addEventListener('procura-submit', on);
  root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
  await settled(el);
  el.removeEventListener('procura-submit', on);
  await el.updateComplete;
  return record;
}

/** Waits until a save has ended: sent, queued, local, failed, or nothing to save. */
export async function settled(el: ProcuraConsent): Promise<string> {
  // The backend's controller loads with the first save (or when the browser is idle): idle until then.
  const inner = el as unknown as { submission?: { status: { state: string } }; message?: string };
  const state = () => inner.submission?.status.state ?? 'idle';
  await new Promise((r) => setTimeout(r, 0));
  await until(() => !['idle', 'sending'].includes(state()) || !!inner.message, 'the save to finish');
  await el.updateComplete;
  return state();
}

/** Runs `fn` with console.error silenced (bad configurations are reported there on purpose). */
export async function quietly<T>(fn: () => Promise<T>): Promise<{ result: T; logged: string }> {
  const orig = console.error;
  const lines: string[] = [];
  console.error = (...a: unknown[]) => lines.push(a.map(String).join(' '));
  try {
    return { result: await fn(), logged: lines.join('\n') };
  } finally {
    console.error = orig;
  }
}
