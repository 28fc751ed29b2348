// Real data on the reference server for the access-grant tests: signed mandates
// (a tiny real PDF made with pdf-lib), broker actions, bulk seeding.
import { env, signIn } from '../support/env.js';
import { sha256Hex } from '../../src/core/crypto.js';
import type { Grant } from '../../src/model/grant.js';
import type { ProcuraAccessGrants } from '../../src/access-grants/access-grants.js';
import { pick } from '../support/at.js';

let token = '';
export async function as(user: string): Promise<void> {
  token = await signIn(user);
}

export async function api<T = unknown>(
  path: string,
  init: { method?: string; json?: unknown; body?: BodyInit } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (init.method === 'POST') headers['Idempotency-Key'] = crypto.randomUUID();
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${env.backend}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

let pdf: Promise<Uint8Array<ArrayBuffer>> | undefined;
function tinyPdf(): Promise<Uint8Array<ArrayBuffer>> {
  return (pdf ??= (async () => {
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([595, 842]).drawText('Mandat signé (test)', { x: 56, y: 780, size: 14, font });
    return new Uint8Array(await doc.save());
  })());
}

const PEOPLE: Record<string, { givenName: string; familyName: string; email: string }> = {
  anne: { givenName: 'Anne', familyName: 'Dupont', email: 'anne.dupont@example.com' },
  jan: { givenName: 'Jan', familyName: 'Peeters', email: 'jan.peeters@example.com' },
  bram: { givenName: 'Bram', familyName: 'Janssens', email: 'bram.janssens@example.com' },
};

export interface MandateOptions {
  service?: string;
  scope?: { contracts: 'all' | 'one' | 'listed'; contractIds?: string[]; includeFuture?: boolean };
  validUntil?: string;
  relation?: string;
  /** The grantor's client number, as a broker's form may send it. */
  clientRef?: string;
}

/** The signed-in client `from` signs a mandate naming `to`; returns the grant id. */
export async function mandate(from: string, to: string, o: MandateOptions = {}): Promise<string> {
  await as(from);
  const bytes = await tinyPdf();
  const g = pick(PEOPLE, from, 'person');
  const m = pick(PEOPLE, to, 'person');
  const now = new Date().toISOString();
  const body = {
    service: o.service ?? 'Espace client',
    grantor: {
      kind: 'natural',
      givenName: g.givenName,
      familyName: g.familyName,
      email: g.email,
      ...(o.clientRef && { clientRef: o.clientRef }),
    },
    mandatary: { ...m, relation: o.relation ?? 'conjoint' },
    scope: o.scope ?? { contracts: 'one', contractIds: ['C-1001'], includeFuture: false },
    ...(o.validUntil && { validUntil: o.validUntil }),
    signatures: [
      { party: 'grantor', method: 'typed', signerName: `${g.givenName} ${g.familyName}`, signedAt: now },
      { party: 'mandatary', method: 'typed', signerName: `${m.givenName} ${m.familyName}`, signedAt: now },
    ],
    document: { sha256: await sha256Hex(bytes) },
    locale: 'fr',
  };
  const fd = new FormData();
  fd.append('mandate', JSON.stringify(body));
  fd.append('document', new Blob([bytes], { type: 'application/pdf' }), 'mandate.pdf');
  const res = await api<{ grantId: string }>('/mandates', { method: 'POST', body: fd });
  if (res.status !== 201) throw new Error(`mandate refused: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.grantId;
}

/** The broker (claire) acts on a grant, then `back` signs in again. */
export async function broker(
  id: string,
  action: 'activate' | 'revoke' | 'scope',
  json: unknown,
  back: string,
): Promise<Grant> {
  await as('claire');
  const res = await api<Grant>(`/grants/${id}/${action}`, { method: 'POST', json: json ?? {} });
  if (res.status !== 200) throw new Error(`${action} refused: ${res.status} ${JSON.stringify(res.body)}`);
  await as(back);
  return res.body;
}

/** Empties the demo data as the broker (the only one allowed to), without touching configure(). */
export async function resetServer(): Promise<void> {
  const session = await fetch(`${env.backend}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: 'claire', token: true }),
  });
  const { token: broker } = (await session.json()) as { token: string };
  const res = await fetch(`${env.backend}/demo/reset`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${broker}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: '{}',
  });
  if (!res.ok) throw new Error(`demo reset refused: ${res.status}`);
}

export const shadow = (el: ProcuraAccessGrants) => el.shadowRoot!;
export const text = (el: ProcuraAccessGrants, sel = '.root') =>
  (shadow(el).querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const grantsIn = (el: ProcuraAccessGrants) => [...shadow(el).querySelectorAll<HTMLElement>('[part~=grant]')];
export const entry = (el: ProcuraAccessGrants, name: string) =>
  grantsIn(el).find((li) => li.querySelector('h4')?.textContent?.includes(name));
export const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
export const deepActive = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
