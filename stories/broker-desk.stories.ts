import { html } from 'lit';
import '../src/define/broker-desk.js';
import { configure } from '../src/core/configure.js';
import type { DeskItem, DeskRequest } from '../src/model/desk.js';
import type { DeskRightsItem, MyData, StaffAccount } from '../src/model/rights.js';
import type { ProcuraBrokerDesk } from '../src/broker-desk/broker-desk.js';

/*
 * Stories never reach a server: each gives configure() a `fetch` that answers as the reference
 * server's `/desk/*` and `/grants/{id}/*` would (a tiny PDF whose SHA-256 is computed here), or
 * never answers, answers 401 or 409, or fails like a network that is down.
 */
export default {
  title: 'Elements/Broker desk',
  component: 'procura-broker-desk',
  argTypes: { lang: { control: 'select', options: ['fr', 'nl', 'en', 'de'] } },
  args: { lang: 'fr' },
};
type Args = { lang: string };

const PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj
trailer<</Root 1 0 R>>
%%EOF`;
const sha = async (s: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
const NAMES = ['Anne Dupont', 'Jan Peeters', 'Sofie Maes', 'Lucas Martin', 'Élodie Lambert'];

const item = (i: number, status: DeskItem['status'] = 'pending'): DeskItem => {
  const id = `${(0x3f2a9c01 + i).toString(16)}-0000-4000-8000-000000000000`;
  const [givenName = 'Bram', familyName = 'Janssens'] = (NAMES[(i + 1) % NAMES.length] ?? '').split(' ');
  return {
    id,
    reference: id.slice(0, 8).toUpperCase(),
    kind: i % 4 === 3 ? 'access-request' : 'mandate',
    status,
    service: ['Espace client', 'Sinistres en ligne', 'Factures'][i % 3] ?? 'Espace client',
    scope: { contracts: 'listed', contractIds: ['AUTO-2231', 'HAB-0912'] },
    grantor: { displayName: NAMES[i % NAMES.length] ?? 'Anne Dupont', clientRef: `C-${100231 + i}` },
    ...(i % 4 !== 3 && { mandatary: { givenName, familyName, email: `${givenName.toLowerCase()}@example.com` } }),
    createdAt: day(300 - (i % 300)),
  };
};

interface Fake {
  items: DeskItem[];
  /** The signed-in staff member is an office admin (the staff panel answers). */
  admin?: boolean;
  /** The document's recorded SHA-256 differs from the bytes served. */
  mismatch?: boolean;
  /** Actions answer 409 (someone else acted first). */
  refuse?: boolean;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function answer(f: Fake, url: URL, method: string): Promise<Response> {
  const p = url.pathname.replace(/^.*?\/api/, '');
  const counts = { pending: 0, active: 0, refused: 0, revoked: 0, expired: 0 };
  for (const i of f.items) counts[i.status]++;
  if (p === '/desk/requests') {
    const s = url.searchParams.get('status');
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const items = f.items.filter((i) => i.status === s && JSON.stringify(i).toLowerCase().includes(q));
    return json({ items, counts });
  }
  const one = /^\/desk\/requests\/([^/]+)$/.exec(p);
  const it = f.items.find((i) => i.id === (one?.[1] ?? /^\/grants\/([^/]+)/.exec(p)?.[1]));
  if (one && it) return json(await request(f, it));
  if (p.endsWith('/document')) return new Response(PDF, { headers: { 'Content-Type': 'application/pdf' } });
  if (method === 'POST' && it && f.refuse)
    return json({ title: 'conflict', status: 409, code: 'state', detail: 'Only a pending grant can be refused.' }, 409);
  if (method === 'POST' && it) return json({ ...it, mandateId: 'm', mandatary: it.mandatary, status: 'active' });
  if (p === '/desk/consents') return json({ subject: url.searchParams.get('subject'), records: [], decisions: [] });
  if (p === '/desk/audit') return json({ title: 'forbidden', status: 403 }, 403);
  if (p.startsWith('/desk/rights') || p.startsWith('/desk/staff') || p === '/session')
    return rightsAnswer(f, p, method);
  return json({ title: 'not found', status: 404 }, 404);
}

async function request(f: Fake, it: DeskItem): Promise<DeskRequest> {
  const hash = f.mismatch ? 'f'.repeat(64) : await sha(PDF);
  return {
    item: it,
    mandate: {},
    document: { href: `grants/${it.id}/document`, sha256: hash },
    verification: {
      valid: true,
      chain: 'valid',
      content: 'matches',
      document: 'matches',
      checkpoint: 'missing',
      problems: [],
    },
    checks: { grantorSigned: true, mandatarySigned: true, distinctEmails: true, identityComplete: true },
    events: [{ type: 'created', at: it.createdAt, actor: 'grantor' }],
  };
}

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const RIGHTS: DeskRightsItem[] = [
  ['erasure', 40, 'Anne Dupont'],
  ['rectification', 18, 'Jan Peeters'],
  ['access', 2, 'Élodie Lambert'],
  ['objection', 60, 'Sofie Maes'],
].map(([kind, days, name], i) => {
  const id = `${(0x7a1c0e01 + i).toString(16)}-0000-4000-8000-000000000000`;
  const received = Number(days);
  return {
    id,
    reference: id.slice(0, 8).toUpperCase(),
    kind: kind as DeskRightsItem['kind'],
    status: i === 3 ? 'refused' : 'received',
    ...(kind === 'rectification' && { field: 'email' as const, value: 'jan.peeters@exemple.be' }),
    receivedAt: ago(received),
    dueAt: ago(received - 30),
    receiptUrl: `requests/${id}/receipt`,
    person: { id: `p${i}`, displayName: String(name) },
    ...(i === 3 && {
      answer: { outcome: 'refused' as const, code: 'legal-hold-accounting' as const, at: ago(40), by: 'claire' },
    }),
  };
});
const data = (name: string): MyData => ({
  generatedAt: ago(0),
  person: { id: 'p', role: 'client', displayName: name, email: 'anne.dupont@example.com', phone: '+32 470 12 34 56' },
  office: { id: 'main', name: 'Cabinet' },
  consents: { records: [] },
  oppositions: { linkable: false },
  grantsGiven: [],
  grantsHeld: [],
  decisions: [],
  requests: [],
  sessions: { open: 1 },
});
const STAFF: StaffAccount[] = [
  {
    id: 'claire',
    displayName: 'Claire Martin',
    email: 'claire.martin@broker.example.com',
    staffRole: 'admin',
    lastSeenAt: ago(0),
    openSessions: 1,
  },
  {
    id: 'lucas',
    displayName: 'Lucas Dubois',
    email: 'lucas.dubois@broker.example.com',
    staffRole: 'reviewer',
    lastSeenAt: ago(95),
    openSessions: 2,
  },
  {
    id: 'emma',
    displayName: 'Emma Leroy',
    email: 'emma.leroy@broker.example.com',
    staffRole: 'reviewer',
    disabledAt: ago(10),
    disabledBy: 'claire',
    openSessions: 0,
  },
];

/** The rights queue, the staff panel and who is signed in, as the reference server answers them. */
function rightsAnswer(f: Fake, p: string, method: string): Response {
  if (p === '/session') return json({ user: { id: 'claire', role: 'broker', displayName: 'Claire Martin' } });
  if (p.startsWith('/desk/staff') && !f.admin) return json({ title: 'forbidden', status: 403 }, 403);
  const staff = /^\/desk\/staff\/([^/]+)\/(disable|enable)$/.exec(p);
  const who = STAFF.find((a) => a.id === staff?.[1]);
  if (method === 'POST' && who)
    return json({ ...who, disabledAt: staff?.[2] === 'disable' ? ago(0) : undefined, openSessions: 0 });
  if (p === '/desk/staff') return json({ items: STAFF });
  const open = RIGHTS.filter((r) => !r.answer);
  if (p === '/desk/rights') return json({ items: open, counts: { open: open.length, overdue: 2, answered: 1 } });
  const one = RIGHTS.find((r) => p.startsWith(`/desk/rights/${r.id}`));
  if (one && method === 'POST')
    return json({ ...one, status: 'done', answer: { outcome: 'done', at: ago(0), by: 'claire' } });
  if (one) return json({ request: one, data: data(one.person.displayName) });
  return json({ title: 'not found', status: 404 }, 404);
}

const serve = (f: Fake) =>
  configure({
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      answer(f, new URL(String(input instanceof Request ? input.url : input), location.href), init?.method ?? 'GET'),
  });
const view = (args: Args) => html`<procura-broker-desk lang=${args.lang} endpoint="/api"></procura-broker-desk>`;
const list = (n: number) => Array.from({ length: n }, (_, i) => item(i, i % 5 ? 'pending' : 'active'));

/** Opens the first request of the inbox, as a broker would. */
const openFirst = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector('procura-broker-desk') as ProcuraBrokerDesk;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part~=open]'); i++)
    await new Promise((r) => setTimeout(r, 50));
  el.shadowRoot?.querySelector<HTMLButtonElement>('[part~=open]')?.click();
};

const rightsView = (args: Args, view: string) =>
  html`<procura-broker-desk lang=${args.lang} endpoint="/api" view=${view}></procura-broker-desk>`;
/** Opens a rights request by its position in the queue. */
const openRights =
  (n: number) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('procura-broker-desk') as ProcuraBrokerDesk;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part~=rights-open]'); i++)
      await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~=rights-open]')[n]?.click();
  };
/** The rights queue: two overdue (said in words, with a sign), one due soon. */
export const Rights = { render: (args: Args) => (serve({ items: [], admin: true }), rightsView(args, 'rights')) };
/** A rectification opened: the person's data beside it, the value asked prefilled. */
export const RightsRectification = { ...Rights, play: openRights(1) };
/** An erasure opened: sending "done" asks in a dialog naming what will be erased. */
export const RightsErasure = { ...Rights, play: openRights(0) };
export const RightsDutch = { ...Rights, args: { lang: 'nl' } };
/** The staff panel (admin): roles, last activity, open sessions, a disabled account; no button on one's own. */
export const Staff = { render: (args: Args) => (serve({ items: [], admin: true }), rightsView(args, 'staff')) };
/** A reviewer asking for the staff view: told it is for admins, no staff tab. */
export const StaffReviewer = { render: (args: Args) => (serve({ items: [] }), rightsView(args, 'staff')) };

export const Empty = { render: (args: Args) => (serve({ items: [] }), view(args)) };
export const Loading = {
  render: (args: Args) => (configure({ fetch: () => new Promise<Response>(() => {}) }), view(args)),
};
export const List = { render: (args: Args) => (serve({ items: list(12) }), view(args)) };
export const LargeList = { render: (args: Args) => (serve({ items: list(10_000) }), view(args)) };
export const Opened = { render: (args: Args) => (serve({ items: list(12) }), view(args)), play: openFirst };
export const HashMismatch = {
  render: (args: Args) => (serve({ items: list(3), mismatch: true }), view(args)),
  play: openFirst,
};
/** Open a request, tick the checklist and activate: the backend answers 409, the request is put back. */
export const RefusedByBackend = {
  render: (args: Args) => (serve({ items: list(3), refuse: true }), view(args)),
  play: openFirst,
};
export const SignedOut = {
  render: (args: Args) => (
    configure({ fetch: async () => json({ title: 'unauthorized', status: 401 }, 401) }),
    view(args)
  ),
};
export const BackendDown = {
  render: (args: Args) => (configure({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) }), view(args)),
};
export const Dutch = {
  args: { lang: 'nl' },
  render: (args: Args) => (serve({ items: list(12) }), view(args)),
  play: openFirst,
};
export const English = {
  args: { lang: 'en' },
  render: (args: Args) => (serve({ items: list(12) }), view(args)),
  play: openFirst,
};
