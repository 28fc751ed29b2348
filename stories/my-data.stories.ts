import { html } from 'lit';
import '../src/define/my-data.js';
import { configure } from '../src/core/configure.js';
import type { MyData, RightsRequest } from '../src/model/rights.js';

/*
 * Stories never reach a server. The sheet comes through the `myData` property (when it is set,
 * the element fetches nothing). The loading, signed-out and error states need the element to try
 * a fetch: those stories give configure() a `fetch` that never answers, answers 401 or 503.
 */
export default {
  title: 'Elements/My data',
  component: 'procura-my-data',
  argTypes: { lang: { control: 'select', options: ['fr', 'nl', 'en', 'de'] } },
  args: { lang: 'fr' },
};
type Args = { lang: string };

const SHA = '3f2a9c4e8b1d7f60a5c2e9d4b7f1a3c8e6d0b2f4a9c7e5d3b1f8a6c4e2d0b9a7';
const CONFIG = {
  controller: {
    name: 'Cabinet Lambert & Fils SRL',
    address: 'Rue de la Loi 12, 1000 Bruxelles',
    contact: { fr: 'vie.privee@lambert.example', nl: 'privacy@lambert.example' },
    dpo: 'dpo@lambert.example',
  },
  policyUrl: '/privacy',
};

const request = (over: Partial<RightsRequest>): RightsRequest => ({
  id: '7c1e2d3f-0000-4000-8000-000000000001',
  reference: '7C1E2D3F',
  kind: 'access',
  status: 'received',
  receivedAt: '2026-12-01T09:00:00Z',
  dueAt: '2027-01-01T09:00:00Z',
  receiptUrl: '/api/requests/7c1e2d3f-0000-4000-8000-000000000001/receipt',
  ...over,
});

export const SAMPLE: MyData = {
  generatedAt: '2026-12-01T10:00:00Z',
  person: {
    id: 'anne',
    role: 'client',
    kind: 'natural',
    displayName: 'Anne Dvořák',
    givenName: 'Anne',
    familyName: 'Dvořák',
    email: 'anne.dupont@example.com',
    phone: '+32 470 12 34 56',
    birthDate: '1984-03-09',
    clientRef: 'CL-2041',
  },
  office: { id: 'main', name: 'Cabinet Lambert' },
  consents: {
    subject: 'CL-2041',
    records: [
      {
        recordId: '0b6f3c7e-6a0d-4c1e-9a57-3f2d1c0b9a87',
        indicatedBy: { role: 'subject' },
        noticeVersion: '2026-01',
        noticeSha256: SHA,
        locale: 'fr',
        decisions: [
          { purpose: 'newsletter', basis: 'consent', state: 'given', at: '2026-02-03T10:00:00Z' },
          { purpose: 'profiling', basis: 'consent', state: 'refused', at: '2026-02-03T10:00:00Z' },
        ],
        collectedAt: '2026-02-03T10:00:00Z',
        source: 'https://lambert.example',
      },
    ],
  },
  oppositions: { linkable: false },
  grantsGiven: [
    {
      id: 'g1',
      kind: 'mandate',
      status: 'active',
      service: 'Espace client',
      grantor: { displayName: 'Anne Dvořák' },
      mandatary: { displayName: 'Bram Janssens' },
      createdAt: '2026-03-10T08:00:00Z',
      document: { href: '/api/grants/g1/document', sha256: SHA },
    },
  ],
  grantsHeld: [],
  decisions: [{ treeId: 'broker-client-space', treeVersion: '3', answers: [], outcome: 'mandate' }],
  requests: [
    request({}),
    request({
      id: '7c1e2d3f-0000-4000-8000-000000000002',
      reference: '9A0B1C2D',
      kind: 'rectification',
      status: 'done',
      field: 'email',
      value: 'anne.dvorak@example.com',
      receivedAt: '2026-10-02T09:00:00Z',
      dueAt: '2026-11-02T09:00:00Z',
      answer: {
        outcome: 'done',
        at: '2026-10-20T09:00:00Z',
        by: 'claire',
        changes: [{ field: 'email', before: 'anne.dupont@example.com', after: 'anne.dvorak@example.com' }],
      },
    }),
    request({
      id: '7c1e2d3f-0000-4000-8000-000000000003',
      reference: '5E6F7A8B',
      kind: 'erasure',
      status: 'refused',
      receivedAt: '2026-09-01T09:00:00Z',
      dueAt: '2026-10-01T09:00:00Z',
      answer: {
        outcome: 'refused',
        code: 'legal-hold-accounting',
        note: 'Factures 2025 : sept ans.',
        at: '2026-09-15T09:00:00Z',
        by: 'claire',
      },
    }),
  ],
  sessions: { open: 1 },
};

const view = (args: Args, data?: MyData, extra: { id?: string; endpoint?: string } = {}) =>
  html`<procura-my-data lang=${args.lang} id=${extra.id ?? 'story'} endpoint=${extra.endpoint ?? ''} .myData=${data} .config=${CONFIG}></procura-my-data>`;

export const Sheet = { render: (args: Args) => view(args, SAMPLE) };
export const Empty = {
  render: (args: Args) =>
    view(args, { ...SAMPLE, consents: { records: [] }, grantsGiven: [], decisions: [], requests: [] }),
};
export const NoEndpoint = { render: (args: Args) => view(args) };
export const Loading = {
  render: (args: Args) => {
    configure({ fetch: () => new Promise<Response>(() => {}) });
    return view(args, undefined, { endpoint: '/api', id: 'story-loading' });
  },
};
const answering = (status: number) => () =>
  Promise.resolve(
    new Response(JSON.stringify({ type: 'about:blank', title: 'problem', status }), {
      status,
      headers: { 'Content-Type': 'application/problem+json' },
    }),
  );
export const SignedOut = {
  render: (args: Args) => {
    configure({ fetch: answering(401) });
    return view(args, undefined, { endpoint: '/api', id: 'story-signed-out' });
  },
};
export const BackendError = {
  render: (args: Args) => {
    configure({ fetch: answering(503) });
    return view(args, undefined, { endpoint: '/api', id: 'story-error' });
  },
};
export const Dutch = { args: { lang: 'nl' }, render: (args: Args) => view(args, SAMPLE) };
export const English = { args: { lang: 'en' }, render: (args: Args) => view(args, SAMPLE) };
export const German = { args: { lang: 'de' }, render: (args: Args) => view(args, SAMPLE) };
