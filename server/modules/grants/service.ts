/** The rules of grants: who sees one, the expiry sweep, and each state change's plan. */
import {
  parse,
  refine,
  refusalCode,
  object,
  optional,
  scope,
  string,
  type RefusalCode,
} from '../../../src/model/index.js';
import type { Deps } from '../../deps.js';
import { invalid, notFound } from '../../errors.js';
import { relationTo } from '../../grant-view.js';
import { isUuid } from '../../http/respond.js';
import type { User } from '../../users.js';
import { DomainError } from '../domain-error.js';
import { DEFAULT_OFFICE, SYSTEM_OFFICE } from '../scope.js';
import { anyDue, expireDue, getGrant, type Change, type GrantRow } from './repository.js';

/** The grant if `user` may see it; otherwise 404, so that its existence does not leak. */
export async function visibleGrant(
  d: Deps,
  id: string,
  user: User,
  office = user.office ?? DEFAULT_OFFICE,
): Promise<GrantRow> {
  if (!isUuid(id)) throw notFound();
  // A grant of another office answers exactly as a missing one.
  const g = await getGrant(d.store.scope(office), id);
  if (!g || !relationTo(g, user)) throw notFound();
  return g;
}

/** Expires the grants past their last valid day; the cheap check first: almost always nothing is due. */
export async function sweep(d: Deps): Promise<number> {
  const today = d.today();
  // A job of the server's, in every office at once (the system scope), whichever request runs it.
  if (!(await anyDue(d.store.systemScope(), today))) return 0;
  const at = d.now();
  return d.store.transaction((s) => expireDue(s, today, at), SYSTEM_OFFICE);
}

export type Plan = (g: GrantRow) => Change;

const live = (g: GrantRow) => g.status === 'pending' || g.status === 'active';

/**
 * Every broker action's event names the staff member who did it (`data.staff`, their id): the
 * trail keeps naming them after they leave or are disabled (issue 21).
 */
const staffOf = (user?: User) => (user?.role === 'broker' ? { staff: user.id } : {});

export const revokePlan =
  (d: Deps, user: User): Plan =>
  (cur) => {
    if (!live(cur)) throw new DomainError('state', undefined, `This grant is already ${cur.status}.`);
    const by = user.role === 'broker' && cur.grantor_user !== user.id ? 'broker' : 'grantor';
    const data = {
      by,
      before: { status: cur.status },
      after: { status: 'revoked' },
      ...(by === 'broker' && staffOf(user)),
    };
    return {
      set: { status: 'revoked', revoked_at: d.now(), revoked_by: by },
      event: { type: 'revoked', actor: by, data },
    };
  };

/** The activation names the staff member who activated (`data.staff`). */
export const activatePlan =
  (d: Deps, user?: User): Plan =>
  (cur) => {
    if (cur.status !== 'pending')
      throw new DomainError('state', undefined, `Only a pending grant can be activated; this one is ${cur.status}.`);
    const data = user?.role === 'broker' ? staffOf(user) : undefined;
    return { set: { status: 'active', activated_at: d.now() }, event: { type: 'activated', actor: 'broker', data } };
  };

/** `{ code, note? }`; the first form's `{ reason }` still reads as `{ code: 'other', note: reason }`. */
const refusalBody = object({ code: refusalCode, note: optional(string({ min: 1, max: 1000 })) });
const oldRefusal = object({ reason: string({ min: 1, max: 1000 }) });

function readRefusal(body: unknown): { code: RefusalCode; note?: string } {
  const isOld = body !== null && typeof body === 'object' && 'reason' in body && !('code' in body);
  if (isOld) {
    const old = parse(oldRefusal, body);
    if (!old.ok) throw invalid(old.issues);
    return { code: 'other', note: old.value.reason };
  }
  const r = parse(refusalBody, body);
  if (!r.ok) throw invalid(r.issues);
  return { code: r.value.code, ...(r.value.note !== undefined && { note: r.value.note }) };
}

export function refusePlan(body: unknown, user?: User): Plan {
  const data = { ...readRefusal(body), ...staffOf(user) };
  return (cur) => {
    if (cur.status !== 'pending')
      throw new DomainError('state', undefined, `Only a pending grant can be refused; this one is ${cur.status}.`);
    return { set: { status: 'refused' }, event: { type: 'refused', actor: 'broker', data } };
  };
}

/** The access in force, as the broker may set it; the same scope rules as the form's. */
const scopeChange = refine(
  object({
    scope,
    service: optional(string({ min: 1, max: 200 })),
    validUntil: optional(string({ format: 'date' })),
    // Why the broker changed it (the desk asks for it): kept in the trail's `changed` event.
    note: optional(string({ min: 1, max: 1000 })),
  }),
  (v, report) => {
    if (v.scope.contracts !== 'all' && !v.scope.contractIds?.length)
      report('scope.contractIds', 'required', 'name at least one contract when the access is not to all contracts');
    if (v.scope.contracts === 'one' && (v.scope.contractIds?.length ?? 0) > 1)
      report('scope.contractIds', 'max', 'name exactly one contract for this scope');
  },
);

export function scopePlan(body: unknown, user?: User): Plan {
  const r = parse(scopeChange, body);
  if (!r.ok) throw invalid(r.issues);
  const v = r.value;
  return (cur) => {
    if (!live(cur)) throw new DomainError('state', undefined, `The access of a ${cur.status} grant cannot change.`);
    // The first change keeps what the signed form asked for, so the viewer can show both.
    const requested = cur.requested ?? {
      service: cur.service,
      scope: cur.scope,
      ...(cur.valid_until && { validUntil: cur.valid_until }),
    };
    const after = { scope: v.scope, service: v.service ?? cur.service, validUntil: v.validUntil ?? cur.valid_until };
    const before = { service: cur.service, scope: cur.scope, validUntil: cur.valid_until ?? null };
    return {
      set: { scope: after.scope, service: after.service, valid_until: after.validUntil ?? null, requested },
      event: {
        type: 'changed',
        actor: 'broker',
        data: {
          before,
          after: { service: after.service, scope: after.scope, validUntil: after.validUntil ?? null },
          ...(v.note && { note: v.note }),
          ...staffOf(user),
        },
      },
    };
  };
}
