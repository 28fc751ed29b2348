/**
 * `/desk/staff` (issue 21; 001, 004: a leaver's login is removed at once): an office admin lists
 * the office's staff accounts with their last activity and open sessions, disables one (every
 * session of theirs ends: their next request answers 401) or enables it again. Each is an event
 * in the account's own hash-chained trail; past grant events keep naming them as their actor.
 */
import type { Context } from 'hono';
import type { StaffAccount } from '../../../src/model/rights.js';
import { type AppEnv, requireUser } from '../../auth.js';
import { badRequest, conflict, forbidden, notFound } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { readJson } from '../../http/respond.js';
import type { User } from '../../users.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { officeOf } from '../office.js';
import { appendStaffEvent, deleteSessionsOf, lockStaff, setDisabled, staffAccounts } from './repository.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };
const MAX_REASON = 500;

/** An admin of the office (signed in: 401 otherwise; a client or a reviewer: 403). */
function requireOfficeAdmin(c: Context<AppEnv>): User {
  const user = requireUser(c);
  if (user.role !== 'broker' || user.staffRole !== 'admin')
    throw forbidden('Staff accounts are managed by an administrator of the office; a reviewer may not.');
  return user;
}

async function reasonOf(c: Context<AppEnv>): Promise<string | undefined> {
  if (!c.req.header('content-type')) return undefined;
  const body = (await readJson(c)) as { reason?: unknown } | null;
  const reason = body?.reason;
  if (reason === undefined || reason === null) return undefined;
  if (typeof reason !== 'string' || reason.length > MAX_REASON)
    throw badRequest(`reason must be a text of at most ${MAX_REASON} characters.`, [
      { pointer: '/reason', detail: `must be a text of at most ${MAX_REASON} characters`, code: 'value-invalid' },
    ]);
  return reason.trim() || undefined;
}

type Action = 'disable' | 'enable';

/** Disables or enables one account, in one transaction with its trail's event (none when nothing changes). */
interface Order {
  office: string;
  admin: User;
  id: string;
  action: Action;
  reason?: string;
}

async function apply(d: ModuleDeps, { office, admin, id, action, reason }: Order) {
  const at = d.now();
  return d.store.transaction(async (s): Promise<StaffAccount> => {
    const account = await lockStaff(s, id, at);
    if (!account) throw notFound();
    const disabled = account.disabledAt !== undefined;
    if (action === 'disable' && !disabled) {
      await setDisabled(s, id, at, admin.id);
      await deleteSessionsOf(s, id);
      await appendStaffEvent(s, id, { type: 'disabled', at, actor: admin.id, data: reason ? { reason } : undefined });
    }
    if (action === 'enable' && disabled) {
      await setDisabled(s, id, null, null);
      await appendStaffEvent(s, id, { type: 'enabled', at, actor: admin.id, data: reason ? { reason } : undefined });
    }
    return (await lockStaff(s, id, at)) ?? account;
  }, office);
}

const change = (d: ModuleDeps, action: Action) => async (c: Context<AppEnv>) => {
  const admin = requireOfficeAdmin(c);
  const id = c.req.param('id') ?? '';
  if (action === 'disable' && id === admin.id)
    throw conflict('An administrator cannot disable their own account; another administrator can.', [
      { pointer: '/id', detail: 'is your own account', code: 'self' },
    ]);
  const key = idempotencyKey(c, false);
  const reason = await reasonOf(c);
  const claim = { key, principal: admin.id, fingerprint: fingerprintOf({ id, action, reason }), now: d.now() };
  return idempotent(c, d.store, claim, async () => ({
    status: 200,
    body: await apply(d, { office: officeOf(c), admin, id, action, reason }),
  }));
};

export function staffModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.get('/', async (c) => {
    requireOfficeAdmin(c);
    const items = await staffAccounts(d.store.scope(officeOf(c)), d.now());
    return c.json({ items }, 200, PRIVATE);
  });
  app.post('/:id/disable', change(d, 'disable'));
  app.post('/:id/enable', change(d, 'enable'));
  return app;
}
