/**
 * The person's side of their rights (issue 21; GDPR art. 12 and 15 to 21): `GET /me/data` (the
 * summary sheet), `POST /requests` (access, rectification, erasure, restriction, objection, with
 * a signed receipt), `GET /requests` (theirs, with status and the broker's clock), a request's
 * receipts and its proof file (the person, or the office's staff).
 */
import type { Context } from 'hono';
import type { RightsReceipts } from '../../../src/model/rights.js';
import { type AppEnv, requireUser } from '../../auth.js';
import { notFound } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { isUuid, readJson } from '../../http/respond.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { officeOf } from '../office.js';
import { myData } from './my-data.js';
import { signRequestReceipt } from './receipt.js';
import { getRights, insertRights, personRights, rightsAttachment } from './repository.js';
import { checkRequest, dueOf, referenceOf, toRequest, type CheckedRequest } from './service.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

async function sheet(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  const data = await d.store.transaction((s) => myData(d, s, user.id, user), officeOf(c));
  if (!data) throw notFound();
  return c.json(data, 200, PRIVATE);
}

/** What is stored for a checked request, with its signed receipt. */
async function newRequest(d: ModuleDeps, personId: string, office: string, now: Date, r: CheckedRequest) {
  const id = d.newId();
  const dueAt = dueOf(now, false);
  const a = r.attachment;
  const meta = a && { filename: a.filename, mediaType: a.mediaType, sha256: a.sha256, size: a.size };
  const receipt = await signRequestReceipt(d.proofKey, {
    requestId: id,
    reference: referenceOf(id),
    office,
    person: personId,
    kind: r.kind,
    asked: { field: r.field, value: r.value, note: r.note },
    receivedAt: now.toISOString(),
    dueAt: dueAt.toISOString(),
    attachmentSha256: meta?.sha256,
  });
  const { field, value, note, kind } = r;
  return {
    id,
    personId,
    kind,
    field,
    value,
    note,
    receivedAt: now,
    dueAt,
    receipt,
    ...(a && meta && { attachment: { bytes: a.bytes, meta } }),
  };
}

async function submit(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  const key = idempotencyKey(c, true);
  const body = await readJson(c);
  const office = officeOf(c);
  const now = d.now();
  return idempotent(c, d.store, { key, principal: user.id, fingerprint: fingerprintOf(body), now }, async () => {
    const s = d.store.scope(office);
    const row = await newRequest(d, user.id, office, now, checkRequest(body));
    await insertRights(s, row);
    const stored = await getRights(s, row.id);
    if (!stored) throw new Error('the request just stored is not there');
    return { status: 201, body: toRequest(stored, d.basePath) };
  });
}

async function list(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  const rows = await personRights(d.store.scope(officeOf(c)), user.id);
  return c.json({ items: rows.map((r) => toRequest(r, d.basePath)) }, 200, PRIVATE);
}

/** The request's person, or the office's staff; anyone else (another person, another office) 404. */
const mayRead = (user: { id: string; role: string }, personId: string) =>
  user.role === 'broker' || user.id === personId;

async function receipts(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound();
  const row = await getRights(d.store.scope(officeOf(c)), id);
  if (!row || !mayRead(user, row.person_id)) throw notFound();
  const body: RightsReceipts = {
    request: row.request_receipt,
    ...(row.answer_receipt && { answer: row.answer_receipt }),
  };
  return c.json(body, 200, PRIVATE);
}

/** `filename*` (RFC 6266 / 5987) for the name as sent, an ASCII fallback beside it. */
function disposition(filename: string) {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

async function attachment(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound();
  const row = await rightsAttachment(d.store.scope(officeOf(c)), id);
  if (!row || !mayRead(user, row.person_id)) throw notFound();
  if (!row.bytes || !row.meta) throw notFound('This request has no proof file (or it was erased).');
  return new Response(new Uint8Array(row.bytes), {
    status: 200,
    headers: {
      'Content-Type': row.meta.mediaType,
      'Content-Disposition': disposition(row.meta.filename),
      'X-Content-SHA256': row.meta.sha256,
      ...PRIVATE,
    },
  });
}

/** `/me`: the summary sheet. */
export function meModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.get('/data', (c) => sheet(c, d));
  return app;
}

/** `/requests`: the person's rights requests. */
export function requestsModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.post('/', (c) => submit(c, d));
  app.get('/', (c) => list(c, d));
  app.get('/:id/receipt', (c) => receipts(c, d));
  app.get('/:id/attachment', (c) => attachment(c, d));
  return app;
}
