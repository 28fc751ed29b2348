// What the <procura-my-data> tests share: the element against the reference server, what it says,
// and the files it hands to the person (read back through the blob URLs it makes).
import { fixture, type html } from '@open-wc/testing';
import { until } from '../support/env.js';
import type { ProcuraMyData } from '../../src/my-data/my-data.js';
import type { RightsRequest, RightsRequestInput } from '../../src/model/rights.js';
import { api, as } from '../access-grants/support.js';

export const CONFIG = {
  controller: {
    name: 'Cabinet Lambert SRL',
    address: 'Rue de la Loi 12, 1000 Bruxelles',
    contact: { fr: 'vie.privee@lambert.example', nl: 'privacy@lambert.example' },
  },
  policyUrl: '/privacy',
};

export const root = (el: ProcuraMyData) => el.shadowRoot!;
export const q = <T extends Element = HTMLElement>(el: ProcuraMyData, sel: string) => root(el).querySelector<T>(sel);
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const text = (el: ProcuraMyData, sel = '.root') => clean(q(el, sel)?.textContent);
/** Each term of a list with its value (`Prénom Anne`). */
export const facts = (el: ProcuraMyData, sel: string) =>
  [...root(el).querySelectorAll(`${sel} dl > div`)].map(
    (d) => `${clean(d.querySelector('dt')?.textContent)} ${clean(d.querySelector('dd')?.textContent)}`,
  );
export const said = (el: ProcuraMyData, role: 'status' | 'alert') =>
  clean(root(el).querySelector(`.root > [role=${role}]`)?.textContent);

/** The element, once it shows the sheet, an error or a notice. */
export async function sheet(tpl: ReturnType<typeof html>): Promise<ProcuraMyData> {
  const el = await fixture<ProcuraMyData>(tpl);
  await until(() => !!q(el, '[part~=section], [part~=error], .notice'), 'the sheet to load', 15_000);
  await el.updateComplete;
  return el;
}

/** The request whose reference is shown, as the list renders it. */
export const requestItem = (el: ProcuraMyData, id: string) => q(el, `[part~=request][data-id="${id}"]`);

/** A request sent by the signed-in person straight to the backend (not through the element). */
export async function ask(user: string, input: RightsRequestInput): Promise<RightsRequest> {
  await as(user);
  const res = await api<RightsRequest>('/requests', { method: 'POST', json: input });
  if (res.status !== 201) throw new Error(`POST /requests answered ${res.status}`);
  return res.body;
}

/** The broker (claire) answers a request at the desk. */
export async function answer(id: string, body: unknown): Promise<void> {
  await as('claire');
  const res = await api(`/desk/rights/${id}/answer`, { method: 'POST', json: body });
  if (res.status !== 200) throw new Error(`the answer was refused: ${res.status} ${JSON.stringify(res.body)}`);
}

/** The files the element hands over: each blob URL it makes, and the name the link downloads it as. */
export function watchDownloads(): { files: { name: string; blob: Blob }[]; stop(): void } {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const make = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    const url = make.call(URL, b);
    if (b instanceof Blob) blobs.set(url, b);
    return url;
  };
  // The download itself is the browser's; the test reads what it would save.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) return void files.push({ name: this.download, blob });
    click.call(this);
  };
  return {
    files,
    stop() {
      URL.createObjectURL = make;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** A date as the page's language says it (`1 janvier 2027`). */
export const longDate = (iso: string, lang = 'fr') =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
