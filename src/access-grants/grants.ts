/**
 * The pure side of <procura-access-grants>: which list a grant belongs to, filtering
 * and sorting, what differs between the signed request and the access in force, and
 * the lists a filter shows (a long list's window: src/core/list-window.ts).
 */
import type { Grant, GrantStatus } from '../model/grant.js';
import type { Scope } from '../model/mandate.js';

export type Direction = 'given' | 'held';
export type SortOrder = 'newest' | 'oldest';
export interface ListFilter {
  status: GrantStatus | '';
  service: string;
  sort: SortOrder;
}

/** Grants without a direction (a broker's view, stories) are shown as given. */
export const directionOf = (g: Grant): Direction => g.direction ?? 'given';
/** Pending and active grants are current; revoked, expired and refused ones are history. */
export const isCurrent = (g: Grant): boolean => g.status === 'pending' || g.status === 'active';
export const canRevoke = (g: Grant): boolean => isCurrent(g) && directionOf(g) === 'given';
/** An access request's grant: the person's own access to their space, with no one acting for them. */
export const isOwn = (g: Grant): boolean => g.kind === 'access-request';

/** The grants that pass the filter, in the order asked (by request date; stable otherwise). */
export function select(grants: readonly Grant[], f: ListFilter): Grant[] {
  const out = grants.filter((g) => (!f.status || g.status === f.status) && (!f.service || g.service === f.service));
  const sign = f.sort === 'oldest' ? 1 : -1;
  return out.sort((a, b) => (a.createdAt < b.createdAt ? -sign : a.createdAt > b.createdAt ? sign : 0));
}

export function services(grants: readonly Grant[]): string[] {
  return [...new Set(grants.map((g) => g.service))].sort();
}

export type Difference =
  | { kind: 'service'; requested: string; granted: string }
  | { kind: 'contracts'; requested: Scope; granted: Scope }
  | { kind: 'until'; requested?: string; granted?: string }
  | { kind: 'past'; date: string };

const ids = (s: Scope) => new Set(s.contracts === 'all' ? [] : (s.contractIds ?? []));
const sameScope = (a: Scope, b: Scope) =>
  a.contracts === b.contracts &&
  !!a.includeFuture === !!b.includeFuture &&
  ids(a).size === ids(b).size &&
  [...ids(a)].every((id) => ids(b).has(id));

/** True when `granted` lets the mandatary see something `requested` did not. */
export function widerScope(requested: Scope, granted: Scope): boolean {
  if (!!granted.includeFuture && !requested.includeFuture) return true;
  if (granted.contracts === 'all') return requested.contracts !== 'all';
  if (requested.contracts === 'all') return false;
  const asked = ids(requested);
  return [...ids(granted)].some((id) => !asked.has(id));
}

/**
 * What the access in force has that the signed form did not ask for (or lacks).
 * `exceeds` is true when the mandatary can do more than the grantor signed for.
 */
export function differences(
  g: Grant,
  today = new Date().toISOString().slice(0, 10),
): { items: Difference[]; exceeds: boolean } {
  const items: Difference[] = [];
  let exceeds = false;
  const r = g.requested;
  if (r) {
    if (r.service !== g.service) {
      items.push({ kind: 'service', requested: r.service, granted: g.service });
      exceeds = true;
    }
    if (!sameScope(r.scope, g.scope)) {
      items.push({ kind: 'contracts', requested: r.scope, granted: g.scope });
      exceeds ||= widerScope(r.scope, g.scope);
    }
    if ((r.validUntil ?? '') !== (g.validUntil ?? '')) {
      items.push({ kind: 'until', requested: r.validUntil, granted: g.validUntil });
      exceeds ||= !!r.validUntil && (!g.validUntil || g.validUntil > r.validUntil);
    }
  }
  const end = r?.validUntil ?? g.validUntil;
  if (isCurrent(g) && end && end < today) {
    items.push({ kind: 'past', date: end });
    exceeds = true;
  }
  return { items, exceeds };
}

/** `3f2a9c4e…a81d07`: enough to compare at a glance; the full hash is given beside it. */
export const shortHash = (h: string): string => (h.length > 16 ? `${h.slice(0, 8)}…${h.slice(-6)}` : h);

export type ListKey = `${Direction}-${'c' | 'h'}`;
/** What the viewer shows for a filter: one's grants in the directions shown, split into current and past per direction. */
export interface Lists {
  mine: Grant[];
  count: number;
  lists: Partial<Record<ListKey, Grant[]>>;
  /** The directions that have past grants (their history heading is shown even when filtered out). */
  history: Set<Direction>;
  services: string[];
  /** No grant at all, or one with more to say than its lines (a refusal's reason, a difference): the rarer states' words. */
  rare: boolean;
}

export function listsOf(items: Grant[], dirs: Direction[], filter: ListFilter): Lists {
  const mine = items.filter((g) => dirs.includes(directionOf(g)));
  const shown = select(mine, filter);
  const lists: Lists['lists'] = {};
  for (const g of shown) (lists[`${directionOf(g)}-${isCurrent(g) ? 'c' : 'h'}`] ??= []).push(g);
  const history = new Set(mine.filter((g) => !isCurrent(g)).map(directionOf));
  const rare =
    !mine.length || mine.some((g) => (g.status === 'refused' && !!g.refusal) || differences(g).items.length > 0);
  return { mine, count: shown.length, lists, history, services: services(mine), rare };
}

/** A document's path, resolved as the backend client resolves one (src/core/backend.ts) without loading it: the endpoint as a folder. */
export function documentHref(endpoint: string | undefined, url: string): string {
  const ep = endpoint;
  return ep ? new URL(url, new URL(ep.endsWith('/') ? ep : `${ep}/`, document.baseURI)).href : url;
}
