// The broker's desk against the reference server: requests seeded as the demo's clients over HTTP
// (test/access-grants/support.ts), read and acted on by the demo's broker `claire`.
import { fixture, html } from '@open-wc/testing';
import { env, signIn, until } from '../support/env.js';
import { resetConfiguration } from '../../src/core/configure.js';
import '../../src/define/broker-desk.js';
import type { ProcuraBrokerDesk } from '../../src/broker-desk/broker-desk.js';

export { api, as, mandate, resetServer, deepActive } from '../access-grants/support.js';

export const root = (el: ProcuraBrokerDesk) => el.shadowRoot!;
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const rows = (el: ProcuraBrokerDesk) => [...root(el).querySelectorAll<HTMLElement>('[part~=row]')];
export const row = (el: ProcuraBrokerDesk, name: string) => rows(el).find((r) => r.textContent?.includes(name));
export const tabs = (el: ProcuraBrokerDesk) =>
  [...root(el).querySelectorAll('[part~=tab]')].map((t) => clean(t.textContent));
export const said = (el: ProcuraBrokerDesk, kind: 'status' | 'alert') =>
  clean(root(el).querySelector(`.root > [role=${kind}]`)?.textContent);
export const q = <T extends Element = HTMLElement>(el: ProcuraBrokerDesk, sel: string) =>
  root(el).querySelector<T>(sel);

/** Signs in as `user` (the browser's configure() carries the token; '' stays signed out) and mounts the desk on the reference server. */
export async function desk(user = 'claire', lang = 'fr', attrs = ''): Promise<ProcuraBrokerDesk> {
  if (user) await signIn(user);
  else resetConfiguration(); // signed out: no bearer token (the seeding signed the clients in)
  const el = await fixture<ProcuraBrokerDesk>(
    html`<procura-broker-desk lang=${lang} endpoint=${env.backend!} status=${attrs || 'pending'}></procura-broker-desk>`,
  );
  await until(() => !!q(el, '[part~=row], .empty, [part~=error]'), 'the inbox to load', 15_000);
  await el.updateComplete;
  return el;
}

/** Opens a request by its row's button and waits for its document's fingerprint verdict. */
export async function open(el: ProcuraBrokerDesk, name: string): Promise<HTMLElement> {
  row(el, name)!.querySelector<HTMLButtonElement>('[part~=open]')!.click();
  await until(() => !!q(el, '[part~=hash], [part~=request] .bad'), 'the document to be checked', 20_000);
  await el.updateComplete;
  return q<HTMLElement>(el, '[part~=request]')!;
}

/** Presses an action of the opened request, and the dialog's confirming button after `fill`. */
export async function act(el: ProcuraBrokerDesk, action: string, fill?: (d: HTMLDialogElement) => void): Promise<void> {
  q<HTMLButtonElement>(el, `[part~=action][part~=${action}]`)!.click();
  await el.updateComplete;
  const dialog = q<HTMLDialogElement>(el, 'dialog')!;
  await until(() => dialog.open, 'the dialog to open');
  fill?.(dialog);
  dialog.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
}
