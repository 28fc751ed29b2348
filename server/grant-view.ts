/** From a stored grant row to the `Grant` shape of the model, as the viewer shows it. */
import type { Grant, GrantEvent } from '../src/model/index.js';
import type { GrantRow } from './modules/grants/repository.js';
import type { EventRow } from './modules/grants/trail.js';
import { toRefusal } from './modules/grants/refusal.js';
import type { User } from './users.js';
import { mailboxKey } from './users.js';

export type Relation = 'grantor' | 'mandatary' | 'broker' | null;

/** How `user` relates to `g`; `null` means the grant is not theirs to see. */
export function relationTo(g: GrantRow, user: User): Relation {
  if (g.grantor_user === user.id) return 'grantor';
  if (g.mandatary_key === mailboxKey(user.email)) return 'mandatary';
  if (user.role === 'broker') return 'broker';
  return null;
}

const iso = (d: Date | string | null) => (d === null ? undefined : new Date(d).toISOString());

export function toGrant(g: GrantRow, user: User, basePath: string): Grant {
  const rel = relationTo(g, user);
  return {
    id: g.id,
    mandateId: g.mandate_id,
    kind: g.kind,
    ...(rel === 'grantor' && { direction: 'given' as const }),
    ...(rel === 'mandatary' && { direction: 'held' as const }),
    grantor: { displayName: g.grantor_display },
    mandatary: g.mandatary,
    ...(g.mandatary.relation && { relation: g.mandatary.relation }),
    service: g.service,
    scope: g.scope as Grant['scope'],
    ...(g.requested && { requested: g.requested as Grant['requested'] }),
    status: g.status,
    createdAt: iso(g.created_at)!,
    activatedAt: iso(g.activated_at),
    revokedAt: iso(g.revoked_at),
    revokedBy: g.revoked_by ?? undefined,
    validUntil: g.valid_until ?? undefined,
    documentUrl: `${basePath}/grants/${g.id}/document`,
    documentSha256: g.document_sha256,
    ...(g.status === 'refused' && { refusal: toRefusal(g.refusal) }),
  };
}

export function toEvent(e: EventRow): GrantEvent {
  return {
    type: e.type as GrantEvent['type'],
    at: iso(e.at)!,
    actor: e.actor,
    ...(e.data && { data: e.data }),
    prevHash: e.prev_hash,
    hash: e.hash,
  };
}
