/**
 * A client's data from `GET /session` into the form's values: the identity bound (read-only), the
 * rest filled only where empty. In the later chunk, with the backend's controllers: the first
 * screen asks nothing of the backend.
 */
import type { Kind, Values } from './model.js';
import type { SessionUser } from './types.js';

/** The fields a session binds: the person's identity, shown read-only once the backend knows it. */
const BOUND = [
  'grantor.givenName',
  'grantor.familyName',
  'grantor.email',
  'grantor.legalName',
  'grantor.enterpriseNumber',
  'grantor.representative.givenName',
  'grantor.representative.familyName',
];

/** A client's identity (bound) and the rest of their data (filled only where empty). */
function fromUser(u: SessionUser, kind: Kind): { id: Values; soft: Values } {
  const legal = kind === 'legal';
  const id: Values = legal
    ? {
        'grantor.legalName': u.legalName,
        'grantor.enterpriseNumber': u.enterpriseNumber,
        'grantor.representative.givenName': u.representative?.givenName,
        'grantor.representative.familyName': u.representative?.familyName,
      }
    : { 'grantor.givenName': u.givenName, 'grantor.familyName': u.familyName };
  if (u.email) id['grantor.email'] = u.email;
  const soft: Values = legal
    ? { 'grantor.seat': u.seat, 'grantor.representative.capacity': u.representative?.capacity }
    : { 'grantor.birthDate': u.birthDate };
  Object.assign(soft, { 'grantor.phone': u.phone, 'grantor.clientRef': u.clientRef });
  return { id, soft };
}

/** The values once a client's data is in, and the fields it binds. */
export function prefill(u: SessionUser, current: Values, fixedKind?: Kind): { values: Values; bound: Set<string> } {
  const values = { ...current };
  const bound = new Set<string>();
  if (u.role !== 'client') return { values, bound };
  const { id, soft } = fromUser(u, fixedKind ?? u.kind ?? 'natural');
  if (!fixedKind && u.kind) values['grantor.kind'] = u.kind;
  for (const [p, v] of Object.entries(soft)) if (v && !values[p]) values[p] = v;
  for (const [p, v] of Object.entries(id))
    if (v && BOUND.includes(p)) {
      values[p] = v;
      bound.add(p);
    }
  return { values, bound };
}
