/** The desk's rules (desk-spec §2): who may use it, the query's reading, a row as a `DeskItem`, the checks. */
import type { Context } from 'hono';
import { grantStatus, parse, type DeskChecks, type DeskItem, type Scope as Access } from '../../../src/model/index.js';
import { type AppEnv, requireUser } from '../../auth.js';
import { badRequest, forbidden } from '../../errors.js';
import { mailboxKey, type User } from '../../users.js';
import { toRefusal } from '../grants/refusal.js';
import { foldText, type DeskFilter, type DeskRow } from './repository.js';

export const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

/** The office's staff: a broker (signed in: 401 otherwise; any other role: 403). */
export function requireStaff(c: Context<AppEnv>): User {
  const user = requireUser(c);
  if (user.role !== 'broker') throw forbidden('The desk is for the broker’s staff.');
  return user;
}

/** The audit export: an admin of the office only. */
export function requireAdmin(c: Context<AppEnv>): User {
  const user = requireStaff(c);
  if (user.staffRole !== 'admin')
    throw forbidden('The audit export is for an administrator of the office; a reviewer may not export it.');
  return user;
}

const bad = (pointer: string, detail: string, code: string) =>
  badRequest(`${pointer.slice(1)} ${detail}.`, [{ pointer, detail, code }]);

export const encodeCursor = (seq: number) => Buffer.from(`d:${seq}`).toString('base64url');

export function decodeCursor(cursor: string): number {
  const m = Buffer.from(cursor, 'base64url')
    .toString()
    .match(/^d:(\d{1,15})$/);
  if (!m) throw bad('/cursor', 'is not one this server gave', 'cursor');
  return Number(m[1]);
}

export function limitOf(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw bad('/limit', `must be an integer from 1 to ${MAX_LIMIT}`, 'range');
  return limit;
}

export function filterOf(q: Record<string, string>): DeskFilter {
  const f: DeskFilter = {};
  if (q.status) {
    const r = parse(grantStatus, q.status);
    if (!r.ok) throw bad('/status', 'is not a grant status', 'enum');
    f.status = r.value;
  }
  if (q.kind) {
    if (q.kind !== 'mandate' && q.kind !== 'access-request') throw bad('/kind', 'is not a kind of request', 'enum');
    f.kind = q.kind;
  }
  const text = foldText(q.q ?? '').trim();
  if (text.length > 200) throw bad('/q', 'is longer than 200 characters', 'max');
  if (text) f.q = text;
  return f;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The audit's days: `from` and `to` (YYYY-MM-DD, both included); `to` defaults to today, `from` to a year before. */
export function auditRange(q: Record<string, string>, today: string): { from: string; to: string } {
  const to = q.to ?? today;
  const from = q.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  for (const [name, v] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!DAY.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
      throw bad(`/${name}`, 'is not a day (YYYY-MM-DD)', 'date');
  if (from > to) throw bad('/from', 'is after to', 'range');
  return { from, to };
}

const iso = (d: Date | string | null) => (d === null ? undefined : new Date(d).toISOString());

export function toDeskItem(r: DeskRow): DeskItem {
  const refusal = r.status === 'refused' ? toRefusal(r.refusal) : undefined;
  return {
    id: r.id,
    reference: r.id.slice(0, 8).toUpperCase(),
    kind: r.kind,
    status: r.status,
    service: r.service,
    scope: r.scope as Access,
    ...(r.valid_until && { validUntil: r.valid_until }),
    grantor: { displayName: r.grantor_display, ...(r.client_ref && { clientRef: r.client_ref }) },
    ...(r.kind === 'mandate' && {
      mandatary: { givenName: r.mandatary.givenName, familyName: r.mandatary.familyName, email: r.mandatary.email },
    }),
    createdAt: iso(r.created_at)!,
    ...(r.activated_at && { activatedAt: iso(r.activated_at) }),
    ...(refusal && { refusal }),
  };
}

interface Party {
  kind?: string;
  givenName?: string;
  familyName?: string;
  legalName?: string;
  enterpriseNumber?: string;
  representative?: unknown;
  email?: string;
}

const named = (p: Party | undefined) =>
  p?.kind === 'legal'
    ? Boolean(p.legalName && p.enterpriseNumber && p.representative && p.email)
    : Boolean(p?.givenName && p.familyName && p.email);

/**
 * What the server can check of the form as submitted (004). An access request has no mandatary:
 * its mandatary checks hold by themselves. The broker still checks identity against the papers.
 */
export function checksOf(kind: DeskRow['kind'], body: unknown): DeskChecks {
  const b = (body ?? {}) as {
    grantor?: Party;
    requester?: Party;
    mandatary?: Party;
    signatures?: { party?: string }[];
  };
  const signed = (party: string) => (b.signatures ?? []).some((s) => s.party === party);
  if (kind === 'access-request')
    return {
      grantorSigned: signed('requester'),
      mandatarySigned: true,
      distinctEmails: true,
      identityComplete: named(b.requester),
    };
  const [g, m] = [b.grantor?.email, b.mandatary?.email];
  return {
    grantorSigned: signed('grantor'),
    mandatarySigned: signed('mandatary'),
    distinctEmails: Boolean(g && m && mailboxKey(g) !== mailboxKey(m)),
    identityComplete: named(b.grantor) && named({ ...b.mandatary, kind: 'natural' }),
  };
}
