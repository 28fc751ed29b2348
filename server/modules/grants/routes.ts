/** `/grants`: the list, one grant with its trail and verification, its evidence, and its state changes. */
import type { Context } from 'hono';
import { grantStatus, parse, type GrantStatus } from '../../../src/model/index.js';
import { type AppEnv, requireUser } from '../../auth.js';
import { badRequest, forbidden, notFound } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { readJson } from '../../http/respond.js';
import { relationTo, toEvent, toGrant, type Relation } from '../../grant-view.js';
import { verifyChain } from '../../chain.js';
import { negotiate } from '../../i18n.js';
import { evidenceExport, verifyGrant } from '../../proof/evidence.js';
import { mailboxKey, type User } from '../../users.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { officeOf } from '../office.js';
import { notifyDeps, transitionNotified } from '../mail/notify.js';
import { listEtag, listPage, type ListQuery } from './list.js';
import { acceptsGzip, noneMatch, pageCache, type CachedPage, type PageCache } from './page-cache.js';
import { events } from './trail.js';
import { activatePlan, refusePlan, revokePlan, scopePlan, sweep, visibleGrant, type Plan } from './service.js';

const MAX_LIMIT = 10_000;
const DEFAULT_LIMIT = 1000;

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

function statusFilter(raw: string | undefined): GrantStatus | undefined {
  if (raw === undefined) return undefined;
  const r = parse(grantStatus, raw);
  if (!r.ok)
    throw badRequest('Unknown status filter.', [
      { pointer: '/status', detail: r.issues[0]?.message ?? '', code: 'enum' },
    ]);
  return r.value;
}

function limitOf(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw badRequest(`limit must be an integer from 1 to ${MAX_LIMIT}.`, [
      { pointer: '/limit', detail: `must be from 1 to ${MAX_LIMIT}`, code: 'range' },
    ]);
  return limit;
}

/** Pages are private and revalidated each time: the browser sends `If-None-Match`, an unchanged page is 304. */
const LIST_CACHING = { 'Cache-Control': 'private, no-cache', Vary: 'Accept-Encoding' };

/** The strong ETag of the gzip of the page tagged `etag` (another representation, another tag: RFC 9110 §8.8.3). */
const gzipTag = (etag: string) => `${etag.slice(0, -1)}-gz"`;

/** The page's bytes, gzipped when the client accepts it (made once per page: page-cache.ts). */
async function pageAnswer(c: Context<AppEnv>, page: CachedPage, etag: string) {
  const json = { 'Content-Type': 'application/json', ...LIST_CACHING };
  if (!acceptsGzip(c.req.header('accept-encoding'))) return c.body(page.bytes, 200, { ...json, ETag: etag });
  const zipped = await page.gzipped();
  return c.body(zipped, 200, { ...json, 'Content-Encoding': 'gzip', ETag: gzipTag(etag) });
}

function listQuery(c: Context<AppEnv>, d: ModuleDeps): ListQuery {
  const user = requireUser(c);
  const q = c.req.query();
  return {
    userId: user.id,
    mailbox: mailboxKey(user.email),
    all: user.role === 'broker',
    status: statusFilter(q.status),
    before: q.cursor ? decodeCursor(q.cursor) : undefined,
    limit: limitOf(q.limit),
    basePath: d.basePath,
  };
}

/**
 * One round trip for an unchanged page (its ETag, with the expiry sweep's check); the page built
 * only when this process has not got it yet.
 */
async function list(c: Context<AppEnv>, d: ModuleDeps, cache: PageCache) {
  const query = listQuery(c, d);
  const office = officeOf(c);
  const scope = d.store.scope(office);
  const first = await listEtag(scope, query, d.today());
  let etag = first.etag;
  if (first.due) {
    await sweep(d);
    ({ etag } = await listEtag(scope, query));
  }
  if (noneMatch(c.req.header('if-none-match'), etag, gzipTag(etag)))
    return c.body(null, 304, {
      ETag: acceptsGzip(c.req.header('accept-encoding')) ? gzipTag(etag) : etag,
      ...LIST_CACHING,
    });
  const cached = cache.get(etag);
  if (cached) return pageAnswer(c, cached, etag);
  const page = await listPage(d.store, query, office);
  const next = page.more && page.lastSeq !== null ? `,"nextCursor":${JSON.stringify(encodeCursor(page.lastSeq))}` : '';
  return pageAnswer(c, cache.set(page.etag, `{"grants":${page.json}${next}}`), page.etag);
}

async function one(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  await sweep(d);
  const g = await visibleGrant(d, c.req.param('id') ?? '', user, officeOf(c));
  const trail = await events(d.store.scope(g.office), g.id);
  const chain = verifyChain(
    trail.map((e) => ({ ...e, grantId: e.grant_id, at: new Date(e.at).toISOString(), prevHash: e.prev_hash })),
  );
  // `chain`: the links alone; `verification`: links, content, documents and signed checkpoints.
  const verification = await verifyGrant(d.store, g, [d.proofKey.publicJwk]);
  return c.json({ ...toGrant(g, user, d.basePath), events: trail.map(toEvent), chain, verification });
}

/** The grant's evidence (proof-spec "Evidence export"): what `procura verify` checks offline. */
async function evidence(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  await sweep(d);
  const g = await visibleGrant(d, c.req.param('id') ?? '', user, officeOf(c));
  const lang = negotiate(c.req.header('accept-language'));
  const body = await evidenceExport(d.store, g, [d.proofKey.publicJwk], lang, d.now());
  return c.json(body, 200, { 'Cache-Control': 'private, no-store', 'Content-Language': lang });
}

interface ChangeRule {
  allowed: (rel: NonNullable<Relation>, user: User) => boolean;
  forbiddenDetail: string;
  plan: (user: User, body: unknown) => Plan;
  withBody?: boolean;
}

/** One state change of a grant by someone allowed to see it, honouring Idempotency-Key. */
const change = (d: ModuleDeps, rule: ChangeRule) => async (c: Context<AppEnv>) => {
  const user = requireUser(c);
  const key = idempotencyKey(c, false);
  const body = rule.withBody ? await readJson(c) : null;
  const office = officeOf(c);
  const g = await visibleGrant(d, c.req.param('id') ?? '', user, office);
  if (!rule.allowed(relationTo(g, user)!, user)) throw forbidden(rule.forbiddenDetail);
  const now = d.now();
  let mails = 0;
  const claim = { key, principal: user.id, fingerprint: fingerprintOf(body), now };
  const answer = await idempotent(c, d.store, claim, async () => {
    await sweep(d);
    const plan = rule.plan(user, body);
    // `transition` and the mails its change calls for (mail/notify.ts), in one transaction.
    const mailDeps = notifyDeps(d, c.req.url);
    const done = await d.store.transaction((s) => transitionNotified(s, g.id, now, plan, mailDeps), office);
    mails = done.mails;
    if (!done.grant) throw notFound();
    return { status: 200, body: toGrant(done.grant, user, d.basePath) };
  });
  // Committed: the sender may now see them.
  if (mails > 0) d.mailer?.wake();
  return answer;
};

const isBroker = (_: unknown, u: User) => u.role === 'broker';

export function grantsModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  const pages = pageCache();
  app.get('/', (c) => list(c, d, pages));
  app.get('/:id', (c) => one(c, d));
  app.get('/:id/evidence', (c) => evidence(c, d));
  app.post(
    '/:id/revoke',
    change(d, {
      allowed: (rel, u) => rel === 'grantor' || u.role === 'broker',
      forbiddenDetail: 'Only the grantor or the broker revokes a grant; a mandatary asks one of them.',
      plan: (user) => revokePlan(d, user),
    }),
  );
  app.post(
    '/:id/activate',
    change(d, {
      allowed: isBroker,
      forbiddenDetail: 'Only the broker activates a mandate.',
      plan: (user) => activatePlan(d, user),
    }),
  );
  const refuse = { allowed: isBroker, forbiddenDetail: 'Only the broker refuses a mandate.', withBody: true };
  app.post('/:id/refuse', change(d, { ...refuse, plan: (user, body) => refusePlan(body, user) }));
  const rescope = {
    allowed: isBroker,
    forbiddenDetail: 'Only the broker changes the access in force.',
    withBody: true,
  };
  app.post('/:id/scope', change(d, { ...rescope, plan: (user, body) => scopePlan(body, user) }));
  return app;
}
