// The desk's rights queue and staff panel against the reference server: requests made by the demo's
// clients over HTTP (POST /requests), read and answered by `claire` (admin) or `lucas` (reviewer).
import { fixture, html } from '@open-wc/testing';
import { env, signIn, until } from '../support/env.js';
import type { ProcuraBrokerDesk } from '../../src/broker-desk/broker-desk.js';
import type { DeskRightsRequest, RightsRequest, RightsRequestInput, StaffAccount } from '../../src/model/rights.js';
import { api, as, clean, q } from './support.js';
import '../../src/define/broker-desk.js';

/** The signed-in `person` asks for something; returns the stored request. */
export async function ask(person: string, input: RightsRequestInput): Promise<RightsRequest> {
  await as(person);
  const res = await api<RightsRequest>('/requests', { method: 'POST', json: input });
  if (res.status !== 201) throw new Error(`POST /requests as ${person}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** What the desk's backend holds for a request now, as the admin reads it. */
export async function onServer(id: string): Promise<DeskRightsRequest> {
  await as('claire');
  return (await api<DeskRightsRequest>(`/desk/rights/${id}`)).body;
}

export async function staffOnServer(): Promise<StaffAccount[]> {
  await as('claire');
  return (await api<{ items: StaffAccount[] }>('/desk/staff')).body.items;
}

/** Signs in as `user` and mounts the desk on `view`; waits for the view's first content. */
export async function deskView(user: string, view: string, lang = 'fr'): Promise<ProcuraBrokerDesk> {
  await signIn(user);
  const el = await fixture<ProcuraBrokerDesk>(
    html`<procura-broker-desk lang=${lang} endpoint=${env.backend!} view=${view}></procura-broker-desk>`,
  );
  const READY: Record<string, string> = {
    staff: '[part~=staff-account], [role=tabpanel] .notice, [part~=error]',
    rights: '[part~=rights-list], [role=tabpanel] .empty, [part~=error]',
    requests: '[part~=row], [role=tabpanel] .empty, [part~=error]',
  };
  const ready = READY[view] ?? READY.requests!;
  await until(() => !!q(el, ready), `the ${view} view to load`, 15_000);
  await el.updateComplete;
  return el;
}

export const rightsRow = (el: ProcuraBrokerDesk, reference: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=rights-row]')].find((r) =>
    r.querySelector('code')?.textContent?.includes(reference),
  );

/** Opens a rights request by its row and waits for the person's data beside it. */
export async function openRights(el: ProcuraBrokerDesk, reference: string): Promise<HTMLElement> {
  await until(() => !!rightsRow(el, reference), `request ${reference} in the queue`);
  rightsRow(el, reference)!.querySelector<HTMLButtonElement>('[part~=rights-open]')!.click();
  await until(() => !!q(el, '[part~=rights-data]'), 'the person’s data to load', 15_000);
  await el.updateComplete;
  return q<HTMLElement>(el, '[part~=rights-request]')!;
}

export const viewTabs = (el: ProcuraBrokerDesk) =>
  [...el.shadowRoot!.querySelectorAll('[part~=view-tab]')].map((t) => clean(t.textContent));

export const account = (el: ProcuraBrokerDesk, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=staff-account]')].find((a) => a.textContent?.includes(name));
