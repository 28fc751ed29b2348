/**
 * `/desk/rights` (issue 21): the office's queue of rights requests, oldest due first, one request
 * with the person's data beside it, the answer (done, partly done, refused with a code) and the
 * one extension (art. 12(3)). Staff of the office: a reviewer or an admin.
 */
import type { Context } from 'hono';
import type {
  DeskRightsItem,
  DeskRightsPage,
  DeskRightsRequest,
  MyData,
  RightsAnswer,
  RightsChange,
} from '../../../src/model/rights.js';
import type { AppEnv } from '../../auth.js';
import { badRequest, notFound, wrongState } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { isUuid, readJson } from '../../http/respond.js';
import { correctPerson, personRow } from '../../people.js';
import type { User } from '../../users.js';
import { foldText } from '../desk/repository.js';
import { requireStaff } from '../desk/service.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { officeOf } from '../office.js';
import type { Scope } from '../scope.js';
import { checkAnswer, checkReason, type CheckedAnswer } from './answer.js';
import { erasePerson } from './erase.js';
import { myData } from './my-data.js';
import { signAnswerReceipt } from './receipt.js';
import { answerRights, extendRights, getRights, officeRights, rightsCounts, type RightsRow } from './repository.js';
import { dueOf, referenceOf, toRequest } from './service.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

/** Who the request is from, as the office holds them now (an erased person keeps only their id). */
async function personOfRow(s: Scope, d: ModuleDeps, personId: string): Promise<DeskRightsItem['person']> {
  const u = (await personRow(s, personId))?.data ?? d.users.get(personId);
  return { id: personId, displayName: u?.displayName ?? '', ...(u?.clientRef && { clientRef: u.clientRef }) };
}

async function itemOf(s: Scope, d: ModuleDeps, r: RightsRow): Promise<DeskRightsItem> {
  return { ...toRequest(r, d.basePath), person: await personOfRow(s, d, r.person_id) };
}

function statusFilter(raw: string | undefined): 'open' | 'answered' | 'all' {
  if (raw === undefined || raw === '') return 'open';
  if (raw === 'open' || raw === 'answered' || raw === 'all') return raw;
  throw badRequest('status must be open, answered or all.', [
    { pointer: '/status', detail: 'must be open, answered or all', code: 'enum' },
  ]);
}

async function queue(c: Context<AppEnv>, d: ModuleDeps) {
  requireStaff(c);
  const status = statusFilter(c.req.query('status'));
  const q = foldText(c.req.query('q') ?? '').trim();
  const body = await d.store.transaction(async (s): Promise<DeskRightsPage> => {
    const items = await Promise.all((await officeRights(s, status)).map((r) => itemOf(s, d, r)));
    const found = q
      ? items.filter((i) =>
          [i.person.displayName, i.person.clientRef ?? '', i.reference].some((t) => foldText(t).includes(q)),
        )
      : items;
    return { items: found, counts: await rightsCounts(s, d.now()) };
  }, officeOf(c));
  return c.json(body, 200, PRIVATE);
}

/** The sheet of someone the office no longer holds (erased): their id only, said empty. */
function emptySheet(d: ModuleDeps, s: Scope, item: DeskRightsItem): MyData {
  return {
    generatedAt: d.now().toISOString(),
    person: { id: item.person.id, role: 'client', displayName: item.person.displayName, email: '' },
    office: { id: s.office, name: s.office },
    consents: { records: [] },
    oppositions: { linkable: false },
    grantsGiven: [],
    grantsHeld: [],
    decisions: [],
    requests: [],
    sessions: { open: 0 },
  };
}

async function one(c: Context<AppEnv>, d: ModuleDeps) {
  requireStaff(c);
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound();
  const body = await d.store.transaction(async (s): Promise<DeskRightsRequest> => {
    const row = await getRights(s, id);
    if (!row) throw notFound();
    const request = await itemOf(s, d, row);
    const data = (await myData(d, s, row.person_id)) ?? emptySheet(d, s, request);
    return { request, data };
  }, officeOf(c));
  return c.json(body, 200, PRIVATE);
}

/** A request still waiting (received or extended), locked for the change; 404 or 409 `state` otherwise. */
async function openRow(s: Scope, id: string): Promise<RightsRow> {
  const row = await getRights(s, id, true);
  if (!row) throw notFound();
  if (row.answer) throw wrongState('This request is answered already.');
  return row;
}

/** What the answer does before it is written: corrections applied, or the person erased. */
async function apply(
  s: Scope,
  d: ModuleDeps,
  row: RightsRow,
  a: CheckedAnswer,
  by: User,
): Promise<RightsChange[] | undefined> {
  if (a.outcome === 'refused') return undefined;
  if (row.kind === 'erasure') {
    await erasePerson(s, row.person_id, { requestId: row.id, by: by.id, users: d.users });
    return undefined;
  }
  if (row.kind !== 'rectification') return undefined;
  const asked = row.field && row.value !== null ? [{ field: row.field, after: row.value }] : [];
  const changes = a.changes ?? asked;
  if (!changes.length)
    throw badRequest('A rectification done needs the changes made.', [
      {
        pointer: '/changes',
        detail: 'is required: the fields corrected and their new values',
        code: 'changes-required',
      },
    ]);
  return correctPerson(s, row.person_id, changes, by.id, d.users);
}

/** The answer as stored, with its signed receipt. */
async function writeAnswer(s: Scope, d: ModuleDeps, row: RightsRow, a: CheckedAnswer, by: User) {
  const now = d.now();
  const changes = await apply(s, d, row, a, by);
  const done: RightsAnswer = {
    outcome: a.outcome,
    ...(a.code && { code: a.code }),
    ...(a.note && { note: a.note }),
    ...(changes && { changes }),
    at: now.toISOString(),
    by: by.id,
  };
  const receipt = await signAnswerReceipt(d.proofKey, {
    requestId: row.id,
    reference: referenceOf(row.id),
    office: s.office,
    person: row.person_id,
    kind: row.kind,
    outcome: done.outcome,
    code: done.code,
    note: done.note,
    changes: done.changes,
    dueAt: new Date(row.due_at).toISOString(),
    at: done.at,
  });
  await answerRights(s, row.id, done, receipt);
}

/**
 * One staff write on an open request: idempotent by its key, in one transaction of the office,
 * answered with the request as it now is. `change` checks the body and writes.
 */
async function deskWrite(
  c: Context<AppEnv>,
  d: ModuleDeps,
  change: (s: Scope, body: unknown, row: RightsRow, user: User, now: Date) => Promise<void>,
) {
  const user = requireStaff(c);
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound();
  const key = idempotencyKey(c, false);
  const body = await readJson(c);
  const now = d.now();
  return idempotent(c, d.store, { key, principal: user.id, fingerprint: fingerprintOf(body), now }, () =>
    d.store.transaction(async (s) => {
      await change(s, body, await openRow(s, id), user, now);
      const after = await getRights(s, id);
      if (!after) throw notFound();
      return { status: 200, body: await itemOf(s, d, after) };
    }, officeOf(c)),
  );
}

const answer = (c: Context<AppEnv>, d: ModuleDeps) =>
  deskWrite(c, d, async (s, body, row, user) => {
    const a = checkAnswer(body);
    if (a.changes && row.kind !== 'rectification')
      throw badRequest('Only a rectification has changes.', [
        { pointer: '/changes', detail: 'is only for a rectification', code: 'changes-not-allowed' },
      ]);
    await writeAnswer(s, d, row, a, user);
  });

const extend = (c: Context<AppEnv>, d: ModuleDeps) =>
  deskWrite(c, d, async (s, body, row, user, now) => {
    const reason = checkReason(body);
    if (row.extension) throw wrongState('This request was extended already: once only (art. 12(3)).');
    const receivedAt = new Date(row.received_at);
    await extendRights(s, row.id, dueOf(receivedAt, true), { reason, at: now.toISOString(), by: user.id });
  });

/** `/desk/rights`. */
export function deskRightsModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.get('/', (c) => queue(c, d));
  app.get('/:id', (c) => one(c, d));
  app.post('/:id/answer', (c) => answer(c, d));
  app.post('/:id/extend', (c) => extend(c, d));
  return app;
}
