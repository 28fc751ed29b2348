import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { documentHeaders } from '../pdf.js';
import {
  grantStatus,
  object,
  optional,
  parse,
  refine,
  scope,
  string,
  type GrantStatus,
} from '../../src/model/index.js';
import { type AppEnv, requireUser } from '../auth.js';
import type { Deps } from '../deps.js';
import { badRequest, forbidden, invalid, notFound, wrongState } from '../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../http/idempotency.js';
import { isUuid, readJson } from '../http/respond.js';
import { relationTo, toEvent, toGrant } from '../grant-view.js';
import { verifyChain } from '../chain.js';
import { negotiate } from '../i18n.js';
import { evidenceExport, verifyGrant } from '../proof/evidence.js';
import type { GrantRow } from '../store/index.js';
import { sealedDocument } from '../store/seals.js';
import type { User } from '../users.js';
import { mailboxKey } from '../users.js';

const MAX_LIMIT = 10_000;
const DEFAULT_LIMIT = 1000;

const refusal = object({ reason: string({ min: 1, max: 1000 }) });
/** The access in force, as the broker may set it; the same scope rules as the form's. */
const scopeChange = refine(
  object({ scope, service: optional(string({ min: 1, max: 200 })), validUntil: optional(string({ format: 'date' })) }),
  (v, report) => {
    if (v.scope.contracts !== 'all' && !v.scope.contractIds?.length)
      report('scope.contractIds', 'required', 'name at least one contract when the access is not to all contracts');
    if (v.scope.contracts === 'one' && (v.scope.contractIds?.length ?? 0) > 1)
      report('scope.contractIds', 'max', 'name exactly one contract for this scope');
  },
);

const encodeCursor = (seq: number) => Buffer.from(`s:${seq}`).toString('base64url');
const decodeCursor = (cursor: string) => {
  const m = Buffer.from(cursor, 'base64url')
    .toString()
    .match(/^s:(\d{1,15})$/);
  if (!m)
    throw badRequest('The cursor is not one this server gave.', [
      { pointer: '/cursor', detail: 'is not valid', code: 'cursor' },
    ]);
  return Number(m[1]);
};

export function grantRoutes(app: Hono<AppEnv>, d: Deps) {
  /** The grant if `user` may see it; otherwise 404, so that its existence does not leak. */
  const visibleGrant = async (id: string, user: User): Promise<GrantRow> => {
    if (!isUuid(id)) throw notFound();
    const g = await d.store.getGrant(id);
    if (!g || !relationTo(g, user)) throw notFound();
    return g;
  };
  const sweep = () => d.store.expireDue(d.today(), d.now());

  app.get('/grants', async (c) => {
    const user = requireUser(c);
    const q = c.req.query();
    let status: GrantStatus | undefined;
    if (q.status !== undefined) {
      const r = parse(grantStatus, q.status);
      if (!r.ok)
        throw badRequest('Unknown status filter.', [{ pointer: '/status', detail: r.issues[0].message, code: 'enum' }]);
      status = r.value;
    }
    let limit = DEFAULT_LIMIT;
    if (q.limit !== undefined) {
      limit = Number(q.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
        throw badRequest(`limit must be an integer from 1 to ${MAX_LIMIT}.`, [
          { pointer: '/limit', detail: `must be from 1 to ${MAX_LIMIT}`, code: 'range' },
        ]);
    }
    const before = q.cursor ? decodeCursor(q.cursor) : undefined;
    await sweep();
    const page = await d.store.listGrantsJson({
      userId: user.id,
      mailbox: mailboxKey(user.email),
      all: user.role === 'broker',
      status,
      before,
      limit,
      basePath: d.basePath,
    });
    const next =
      page.more && page.lastSeq !== null ? `,"nextCursor":${JSON.stringify(encodeCursor(page.lastSeq))}` : '';
    return c.body(`{"grants":${page.json}${next}}`, 200, { 'Content-Type': 'application/json' });
  });

  app.get('/grants/:id', async (c) => {
    const user = requireUser(c);
    await sweep();
    const g = await visibleGrant(c.req.param('id'), user);
    const events = await d.store.events(g.id);
    const chain = verifyChain(
      events.map((e) => ({ ...e, grantId: e.grant_id, at: new Date(e.at).toISOString(), prevHash: e.prev_hash })),
    );
    // `chain`: the links alone; `verification`: links, content, documents and signed checkpoints.
    const verification = await verifyGrant(d.store, g, [d.proofKey.publicJwk]);
    return c.json({ ...toGrant(g, user, d.basePath), events: events.map(toEvent), chain, verification });
  });

  /** The grant's evidence (proof-spec "Evidence export"): what `procura verify` checks offline. */
  app.get('/grants/:id/evidence', async (c) => {
    const user = requireUser(c);
    await sweep();
    const g = await visibleGrant(c.req.param('id'), user);
    const body = await evidenceExport(
      d.store,
      g,
      [d.proofKey.publicJwk],
      negotiate(c.req.header('accept-language')),
      d.now(),
    );
    return c.json(body, 200, {
      'Cache-Control': 'private, no-store',
      'Content-Language': negotiate(c.req.header('accept-language')),
    });
  });

  app.get('/grants/:id/document', async (c) => {
    const user = requireUser(c);
    const g = await visibleGrant(c.req.param('id'), user);
    const doc = await d.store.document(g.mandate_id);
    if (!doc) throw notFound('This grant has no stored document.');
    // The sealed copy (server/proof/seal.ts); the client's original only for a grant accepted
    // before sealing existed (or while PROCURA_SEAL=off), said so by `X-Seal-Level: none`.
    const sealed = await sealedDocument(d.store.db, g.mandate_id);
    const served = sealed?.bytes ?? doc.bytes;
    // Both hashes computed from the bytes, here: a row edited in the database cannot vouch for them.
    return new Response(new Uint8Array(served), {
      headers: {
        ...documentHeaders(`${g.kind}-${g.mandate_id}.pdf`),
        'Content-Length': String(served.byteLength),
        'X-Content-SHA256': createHash('sha256').update(served).digest('hex'),
        'X-Original-SHA256': createHash('sha256').update(doc.bytes).digest('hex'),
        'X-Seal-Level': sealed?.level ?? 'none',
        'Cache-Control': 'private, no-store',
      },
    });
  });

  /** One state change of a grant by someone allowed to see it, honouring Idempotency-Key. */
  const change = (
    path: string,
    allowed: (rel: NonNullable<ReturnType<typeof relationTo>>, user: User) => boolean,
    forbiddenDetail: string,
    plan: (g: GrantRow, user: User, body: unknown) => Parameters<Deps['store']['transition']>[2],
    withBody = false,
  ) =>
    app.post(path, async (c: Context<AppEnv>) => {
      const user = requireUser(c);
      const key = idempotencyKey(c, false);
      const body = withBody ? await readJson(c) : null;
      const g = await visibleGrant(c.req.param('id') ?? '', user);
      if (!allowed(relationTo(g, user)!, user)) throw forbidden(forbiddenDetail);
      const now = d.now();
      return idempotent(c, d.store, { key, principal: user.id, fingerprint: fingerprintOf(body), now }, async () => {
        await sweep();
        const decide = plan(g, user, body);
        const updated = await d.store.transition(g.id, now, decide);
        if (!updated) throw notFound();
        return { status: 200, body: toGrant(updated, user, d.basePath) };
      });
    });

  const isBroker = (_: unknown, u: User) => u.role === 'broker';

  change(
    '/grants/:id/revoke',
    (rel, u) => rel === 'grantor' || u.role === 'broker',
    'Only the grantor or the broker revokes a grant; a mandatary asks one of them.',
    (_g, user) => (cur) => {
      if (cur.status !== 'pending' && cur.status !== 'active') throw wrongState(`This grant is already ${cur.status}.`);
      const by = user.role === 'broker' && cur.grantor_user !== user.id ? 'broker' : 'grantor';
      return {
        set: { status: 'revoked', revoked_at: d.now(), revoked_by: by },
        event: {
          type: 'revoked',
          actor: by,
          data: { by, before: { status: cur.status }, after: { status: 'revoked' } },
        },
      };
    },
  );

  change('/grants/:id/activate', isBroker, 'Only the broker activates a mandate.', () => (cur) => {
    if (cur.status !== 'pending') throw wrongState(`Only a pending grant can be activated; this one is ${cur.status}.`);
    return { set: { status: 'active', activated_at: d.now() }, event: { type: 'activated', actor: 'broker' } };
  });

  change(
    '/grants/:id/refuse',
    isBroker,
    'Only the broker refuses a mandate.',
    (_g, _u, body) => {
      const r = parse(refusal, body);
      if (!r.ok) throw invalid(r.issues);
      return (cur) => {
        if (cur.status !== 'pending')
          throw wrongState(`Only a pending grant can be refused; this one is ${cur.status}.`);
        return {
          set: { status: 'refused' },
          event: { type: 'refused', actor: 'broker', data: { reason: r.value.reason } },
        };
      };
    },
    true,
  );

  change(
    '/grants/:id/scope',
    isBroker,
    'Only the broker changes the access in force.',
    (_g, _u, body) => {
      const r = parse(scopeChange, body);
      if (!r.ok) throw invalid(r.issues);
      const v = r.value;
      return (cur) => {
        if (cur.status !== 'pending' && cur.status !== 'active')
          throw wrongState(`The access of a ${cur.status} grant cannot change.`);
        // The first change keeps what the signed form asked for, so the viewer can show both.
        const requested = cur.requested ?? {
          service: cur.service,
          scope: cur.scope,
          ...(cur.valid_until && { validUntil: cur.valid_until }),
        };
        const after = {
          scope: v.scope,
          service: v.service ?? cur.service,
          validUntil: v.validUntil ?? cur.valid_until ?? undefined,
        };
        return {
          set: { scope: after.scope, service: after.service, valid_until: after.validUntil ?? null, requested },
          event: {
            type: 'changed',
            actor: 'broker',
            data: {
              before: { service: cur.service, scope: cur.scope, validUntil: cur.valid_until ?? null },
              after: { service: after.service, scope: after.scope, validUntil: after.validUntil ?? null },
            },
          },
        };
      };
    },
    true,
  );
}
