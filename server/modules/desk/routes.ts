/**
 * `/desk`: the broker's back office (desk-spec §2). The inbox with its counts, one request with
 * what the broker checks, a subject's consent proof, and the audit export. Staff of the office
 * only; actions stay on `/grants/{id}/activate|refuse|scope|revoke`.
 */
import type { Context } from 'hono';
import type { ConsentRecord, DeskConsents, DeskPage, DeskRequest } from '../../../src/model/index.js';
import type { AppEnv } from '../../auth.js';
import { deriveConsentState, type ReceivedRecord } from '../../consent-state.js';
import { badRequest, notFound } from '../../errors.js';
import { toEvent } from '../../grant-view.js';
import { isUuid } from '../../http/respond.js';
import { verifyGrant } from '../../proof/evidence.js';
import { sealedDocument } from '../documents/repository.js';
import { getGrant } from '../grants/repository.js';
import { sweep } from '../grants/service.js';
import { events } from '../grants/trail.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { officeOf } from '../office.js';
import { clientOfAnotherOffice } from '../consents/service.js';
import { subjectDecisions, subjectNotices } from '../notices/proof.js';
import { auditLines, toCsv, toJsonLines } from './audit.js';
import { deskCounts, deskPage, deskRequestRow, deskSearch, subjectRecords } from './repository.js';
import {
  auditRange,
  checksOf,
  decodeCursor,
  encodeCursor,
  filterOf,
  limitOf,
  requireAdmin,
  requireStaff,
  toDeskItem,
} from './service.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

async function requests(c: Context<AppEnv>, d: ModuleDeps) {
  requireStaff(c);
  const q = c.req.query();
  const filter = filterOf(q);
  const before = q.cursor ? decodeCursor(q.cursor) : undefined;
  const limit = limitOf(q.limit);
  await sweep(d);
  const body = await d.store.transaction(async (s): Promise<DeskPage> => {
    const page = filter.q
      ? await deskSearch(s, filter, before, limit)
      : { ...(await deskPage(s, filter, before, limit)), counts: await deskCounts(s, filter) };
    const last = page.rows.at(-1);
    return {
      items: page.rows.map(toDeskItem),
      counts: page.counts,
      ...(page.more && last && { nextCursor: encodeCursor(last.seq) }),
    };
  }, officeOf(c));
  return c.json(body, 200, PRIVATE);
}

async function request(c: Context<AppEnv>, d: ModuleDeps) {
  requireStaff(c);
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound();
  await sweep(d);
  const s = d.store.scope(officeOf(c));
  const row = await deskRequestRow(s, id);
  const g = row && (await getGrant(s, id));
  if (!row || !g) throw notFound();
  const sealed = await sealedDocument(s, row.mandate_id);
  const href = `${d.basePath}/grants/${id}/document`;
  const body: DeskRequest = {
    item: toDeskItem(row),
    mandate: row.body,
    // The route serves the sealed copy when there is one: its hash is `sealed.sha256`.
    document: { href, sha256: g.document_sha256, ...(sealed && { sealed: { href, sha256: sealed.sha256 } }) },
    verification: await verifyGrant(d.store, g, [d.proofKey.publicJwk]),
    checks: checksOf(row.kind, row.body),
    events: (await events(s, id)).map(toEvent),
  };
  return c.json(body, 200, PRIVATE);
}

async function consentProof(c: Context<AppEnv>, d: ModuleDeps) {
  requireStaff(c);
  const subject = c.req.query('subject');
  if (!subject || subject.length > 200)
    throw badRequest('Name the subject (a client reference) whose consent to show.', [
      { pointer: '/subject', detail: 'is required', code: 'required' },
    ]);
  if (clientOfAnotherOffice(d.users, subject, officeOf(c))) throw notFound(); // offices: 404, as a missing one
  const scope = d.store.scope(officeOf(c));
  const rows = await subjectRecords(scope, subject);
  const records = rows.map((r) => ({
    ...(r.body as ConsentRecord),
    receivedAt: new Date(r.received_at).toISOString(),
    ...(r.record_sha256 && { recordSha256: r.record_sha256 }),
    ...(r.receipt && { receipt: r.receipt }),
  }));
  const body: DeskConsents & { state: unknown } = {
    subject,
    records,
    state: deriveConsentState(records as ReceivedRecord[]),
    notices: await subjectNotices(scope, records),
    decisions: await subjectDecisions(scope, d.users, subject),
  };
  return c.json(body, 200, PRIVATE);
}

async function audit(c: Context<AppEnv>, d: ModuleDeps) {
  requireAdmin(c);
  const q = c.req.query();
  const format = q.format ?? 'csv';
  if (format !== 'csv' && format !== 'jsonl')
    throw badRequest('format is csv or jsonl.', [{ pointer: '/format', detail: 'is csv or jsonl', code: 'enum' }]);
  const { from, to } = auditRange(q, d.today());
  const office = officeOf(c);
  const lines = await auditLines(d.store.scope(office), from, to);
  const name = `procura-audit-${office}-${from}-${to}.${format}`;
  return c.body(format === 'csv' ? toCsv(lines) : toJsonLines(lines), 200, {
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/jsonl; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}"`,
    ...PRIVATE,
  });
}

export function deskModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.get('/requests', (c) => requests(c, d));
  app.get('/requests/:id', (c) => request(c, d));
  app.get('/consents', (c) => consentProof(c, d));
  app.get('/audit', (c) => audit(c, d));
  return app;
}
