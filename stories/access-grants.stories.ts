import { html } from 'lit';
import '../src/define/access-grants.js';
import { configure } from '../src/core/configure.js';
import { cache } from '../src/core/cache.js';
import type { Grant } from '../src/model/grant.js';
import type { ProcuraAccessGrants } from '../src/access-grants/access-grants.js';

/*
 * Stories never reach a server. Lists come through the `grants` property (when it is set,
 * the element fetches nothing). The loading, error and offline states need the element to
 * try a fetch: those stories give configure() a `fetch` that never answers, answers 503, or
 * fails like a network that is down.
 */
export default {
  title: 'Elements/Access grants',
  component: 'procura-access-grants',
  argTypes: {
    lang: { control: 'select', options: ['fr', 'nl', 'en', 'fr-BE', 'fr-CA', 'nl-BE'] },
    direction: { control: 'select', options: ['both', 'given', 'held'] },
  },
  args: { lang: 'fr', direction: 'both' },
};

const SHA = '3f2a9c4e8b1d7f60a5c2e9d4b7f1a3c8e6d0b2f4a9c7e5d3b1f8a6c4e2d0b9a7';
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString();
const person = (givenName: string, familyName: string, relation?: string) => ({
  givenName,
  familyName,
  email: `${givenName.toLowerCase()}@example.com`,
  ...(relation && { relation }),
});
const doc = (id: string) => ({ documentUrl: `/api/grants/${id}/document`, documentSha256: SHA });

export const SAMPLE: Grant[] = [
  {
    id: 'g1',
    mandateId: 'm1',
    direction: 'given',
    mandatary: person('Bram', 'Janssens', 'conjoint'),
    relation: 'conjoint',
    service: 'Espace client',
    scope: { contracts: 'all', includeFuture: true },
    status: 'active',
    createdAt: day(10),
    activatedAt: day(12),
    ...doc('g1'),
  },
  {
    id: 'g2',
    mandateId: 'm2',
    direction: 'given',
    mandatary: person('Sofie', 'Claes', 'fille'),
    relation: 'fille',
    service: 'Sinistres en ligne',
    scope: { contracts: 'listed', contractIds: ['AUTO-2231', 'HAB-0912'] },
    status: 'pending',
    createdAt: day(40),
    validUntil: '2027-12-31',
    ...doc('g2'),
  },
  {
    id: 'g3',
    mandateId: 'm3',
    direction: 'given',
    mandatary: person('Marc', 'Leroy', 'comptable'),
    relation: 'comptable',
    service: 'Espace client',
    scope: { contracts: 'one', contractIds: ['RC-7781'] },
    status: 'revoked',
    createdAt: day(2),
    activatedAt: day(3),
    revokedAt: day(30),
    revokedBy: 'grantor',
    ...doc('g3'),
  },
  {
    id: 'g4',
    mandateId: 'm4',
    direction: 'given',
    mandatary: person('Ines', 'Mertens'),
    service: 'Espace client',
    scope: { contracts: 'all' },
    status: 'expired',
    createdAt: day(1),
    activatedAt: day(1),
    validUntil: '2025-06-30',
    ...doc('g4'),
  },
  {
    id: 'g5',
    mandateId: 'm5',
    direction: 'held',
    grantor: { displayName: 'Jan Peeters' },
    mandatary: person('Anne', 'Dupont', 'sœur'),
    relation: 'sœur',
    service: 'Espace client',
    scope: { contracts: 'one', contractIds: ['VIE-0042'] },
    status: 'active',
    createdAt: day(20),
    activatedAt: day(21),
    ...doc('g5'),
  },
];

export const DIFFERING: Grant = {
  id: 'g6',
  mandateId: 'm6',
  direction: 'given',
  mandatary: person('Lucas', 'Dubois', 'collaborateur'),
  relation: 'collaborateur',
  service: 'Espace courtier',
  scope: { contracts: 'all', includeFuture: true },
  status: 'active',
  createdAt: day(50),
  activatedAt: day(52),
  validUntil: '2028-12-31',
  requested: {
    service: 'Espace client',
    scope: { contracts: 'one', contractIds: ['AUTO-2231'], includeFuture: false },
    validUntil: '2026-06-30',
  },
  ...doc('g6'),
};

type Args = { lang: string; direction: string };
const view = (args: Args, grants?: Grant[], extra: { id?: string; endpoint?: string; config?: unknown } = {}) =>
  html`<procura-access-grants lang=${args.lang} direction=${args.direction} id=${extra.id ?? 'story'} endpoint=${extra.endpoint ?? ''} .grants=${grants} .config=${extra.config}></procura-access-grants>`;

export const List = { render: (args: Args) => view(args, SAMPLE) };

export const RequestedVersusGranted = { render: (args: Args) => view(args, [DIFFERING, ...SAMPLE.slice(0, 2)]) };

export const Empty = { render: (args: Args) => view(args, [], { config: { requestUrl: '/mandate.html' } }) };

export const NoEndpoint = { render: (args: Args) => view(args) };

export const Loading = {
  render: (args: Args) => {
    configure({ fetch: () => new Promise<Response>(() => {}) });
    return view(args, undefined, { endpoint: '/api', id: 'story-loading' });
  },
};

export const BackendError = {
  render: (args: Args) => {
    configure({
      fetch: async () =>
        new Response(
          JSON.stringify({ title: 'Internal Server Error', status: 500, detail: 'The database is being upgraded.' }),
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    return view(args, undefined, { endpoint: '/api', id: 'story-error' });
  },
};

export const Offline = {
  render: (args: Args) => {
    configure({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    void cache.put('procura-access-grants:story-offline', SAMPLE);
    return view(args, undefined, { endpoint: '/api', id: 'story-offline' });
  },
};

export const ConfirmationDialog = {
  render: (args: Args) => view(args, SAMPLE),
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('procura-access-grants') as ProcuraAccessGrants;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=revoke]')?.click();
  },
};

const many = (n: number): Grant[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `x${i}`,
    mandateId: 'mx',
    direction: i % 7 ? 'given' : 'held',
    grantor: { displayName: `Client ${i + 1}` },
    mandatary: person('Personne', `${i + 1}`, 'collaborateur'),
    relation: 'collaborateur',
    service: (['Espace client', 'Sinistres en ligne', 'Factures'] as const)[i % 3] ?? 'Espace client',
    scope: { contracts: 'all', includeFuture: true },
    status: i % 10 ? 'active' : 'pending',
    createdAt: day(i % 700),
    ...doc(`x${i}`),
  }));

export const LargeList = { render: (args: Args) => view(args, many(10_000)) };

export const Dutch = { args: { lang: 'nl' }, render: (args: Args) => view(args, [DIFFERING, ...SAMPLE]) };
export const English = { args: { lang: 'en' }, render: (args: Args) => view(args, [DIFFERING, ...SAMPLE]) };
export const French = { args: { lang: 'fr' }, render: (args: Args) => view(args, [DIFFERING, ...SAMPLE]) };
