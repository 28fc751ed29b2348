/** `/consents`: record a decision set (with its receipt), read a subject's records and state, read a receipt again. */
import type { Context } from 'hono';
import { consentRecord, parse, type ConsentRecord } from '../../../src/model/index.js';
import { type AppEnv, requireUser } from '../../auth.js';
import { invalid, notFound } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotencyRoute, idempotent } from '../../http/idempotency.js';
import { isUuid, readJson } from '../../http/respond.js';
import { deriveConsentState, type ReceivedRecord } from '../../consent-state.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { officeOf } from '../office.js';
import { consentBatcher, type ConsentBatcher } from './batch.js';
import { requirePublished } from '../definitions/service.js';
import { consentReceipt, consents, insertConsent } from './repository.js';
import { clientOfAnotherOffice, prepareConsent, subjectFor } from './service.js';

async function record(c: Context<AppEnv>, d: ModuleDeps, batcher: ConsentBatcher) {
  const key = idempotencyKey(c, true);
  const body = await readJson(c);
  const r = parse(consentRecord, body);
  if (!r.ok) throw invalid(r.issues);
  await requirePublished(d.store.scope(officeOf(c)), r.value.definition);
  // A prospect on a quote form is not signed in: without a subject, the record is its own
  // reference. Naming a subject needs a session, or anyone could write in a client's name.
  const signedIn = c.get('user');
  const user = signedIn ?? (r.value.subject === undefined ? undefined : requireUser(c));
  const { row, answer } = await prepareConsent(d, r.value, user);
  const fingerprint = fingerprintOf(body);
  const idem = { route: idempotencyRoute(c), key: key!, fingerprint, status: 201, body: JSON.stringify(answer) };
  // One statement in the usual case, shared with the records arriving meanwhile (batch.ts);
  // a key seen before goes the general way (replay, 422, 409).
  const office = officeOf(c);
  if (await batcher.insert(row, idem, office)) return c.json(answer, 201);
  return idempotent(c, d.store, { key, principal: row.principal, fingerprint, now: row.at }, async () => {
    await insertConsent(d.store.scope(office), row);
    return { status: 201, body: answer };
  });
}

/** A record's receipt, again: for whoever may read the record (its client, or the broker). */
async function receipt(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  const recordId = c.req.param('recordId') ?? '';
  if (!isUuid(recordId)) throw notFound();
  const row = await consentReceipt(d.store.scope(officeOf(c)), recordId);
  const mine = row && (user.role === 'broker' || (user.clientRef !== undefined && row.subject === user.clientRef));
  if (!row || !mine) throw notFound();
  if (!row.receipt) throw notFound('This record was kept before receipts were signed: it has none.');
  return c.json({ recordId, receipt: row.receipt });
}

async function read(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  const subject = subjectFor(user, c.req.query('subject') || undefined);
  const office = officeOf(c);
  if (clientOfAnotherOffice(d.users, subject, office)) throw notFound();
  const records = (await consents(d.store.scope(office), subject)).map((r): ReceivedRecord => ({
    ...(r.body as ConsentRecord),
    receivedAt: r.receivedAt.toISOString(),
  }));
  return c.json({ subject, records, state: deriveConsentState(records) });
}

export function consentsModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  const batcher = consentBatcher((office) => d.store.scope(office));
  app.post('/', (c) => record(c, d, batcher));
  app.get('/', (c) => read(c, d));
  app.get('/:recordId/receipt', (c) => receipt(c, d));
  return app;
}
