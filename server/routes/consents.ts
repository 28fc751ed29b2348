import type { Hono } from 'hono';
import { consentRecord, decision, opposition, parse, type ConsentRecord } from '../../src/model/index.js';
import { type AppEnv, requireUser } from '../auth.js';
import type { Deps } from '../deps.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { fingerprintOf, idempotencyKey, idempotencyRoute, idempotent } from '../http/idempotency.js';
import { isUuid, readJson } from '../http/respond.js';
import { deriveConsentState, type ReceivedRecord } from '../consent-state.js';
import { clientTimeIssues, consentReceipt } from '../proof/receipt.js';
import type { User } from '../users.js';

/**
 * Whose consent the caller may record or read: a client only their own client reference
 * (used when `subject` is absent), the broker anyone's. Others have no subject of their own.
 */
function subjectFor(user: User, asked: string | undefined): string {
  if (user.role === 'broker') {
    if (!asked)
      throw invalid([
        { path: 'subject', code: 'required', message: 'is required when the broker records or reads consent' },
      ]);
    return asked;
  }
  if (!user.clientRef) throw forbidden('Only a client or the broker records and reads consent.');
  if (asked?.startsWith('prospect:')) throw forbidden('A prospect’s record is read by the broker only.');
  if (asked !== undefined && asked !== user.clientRef)
    throw forbidden('A client records and reads only their own consent.');
  return user.clientRef;
}

export function consentRoutes(app: Hono<AppEnv>, d: Deps) {
  app.post('/consents', async (c) => {
    const key = idempotencyKey(c, true);
    const body = await readJson(c);
    const r = parse(consentRecord, body);
    if (!r.ok) throw invalid(r.issues);
    // A prospect on a quote form is not signed in: without a subject, the record is its own
    // reference (`prospect:<recordId>`), which the site keeps with the request it came with.
    // Naming a subject needs a session, or anyone could write in a client's name.
    const signedIn = c.get('user');
    const user = signedIn ?? (r.value.subject === undefined ? undefined : requireUser(c));
    const subject = user ? subjectFor(user, r.value.subject) : `prospect:${r.value.recordId}`;
    // The server's clock orders and decides; the browser's times are its claim, kept if plausible.
    const receivedAt = d.now();
    const late = clientTimeIssues(
      [
        { path: 'collectedAt', value: r.value.collectedAt },
        ...r.value.decisions.map((dec, i) => ({ path: `decisions.${i}.at`, value: dec.at })),
      ],
      receivedAt,
    );
    if (late.length) throw invalid(late);
    const record: ConsentRecord & { subject: string } = { ...r.value, subject };
    const proof = await consentReceipt(d.proofKey, record, receivedAt);
    const answer = { recordId: record.recordId, receivedAt: receivedAt.toISOString(), receipt: proof.receipt };
    const fingerprint = fingerprintOf(body);
    const principal = user?.id ?? '';
    const idem = { route: idempotencyRoute(c), key: key!, fingerprint, status: 201, body: JSON.stringify(answer) };
    // One statement in the usual case; a key seen before goes the general way (replay, 422, 409).
    if (await d.store.insertConsentOnce(record, subject, principal, receivedAt, idem, proof))
      return c.json(answer, 201);
    return idempotent(c, d.store, { key, principal, fingerprint, now: receivedAt }, async () => {
      await d.store.insertConsent(record, subject, principal, receivedAt, proof);
      return { status: 201, body: answer };
    });
  });

  /** A record's receipt, again: for whoever may read the record (its client, or the broker). */
  app.get('/consents/:recordId/receipt', async (c) => {
    const user = requireUser(c);
    const recordId = c.req.param('recordId');
    if (!isUuid(recordId)) throw notFound();
    const row = await d.store.consentReceipt(recordId);
    const mine = row && (user.role === 'broker' || (user.clientRef !== undefined && row.subject === user.clientRef));
    if (!row || !mine) throw notFound();
    if (!row.receipt) throw notFound('This record was kept before receipts were signed: it has none.');
    return c.json({ recordId, receipt: row.receipt });
  });

  app.get('/consents', async (c) => {
    const user = requireUser(c);
    const subject = subjectFor(user, c.req.query('subject') || undefined);
    const records = (await d.store.consents(subject)).map((r): ReceivedRecord => ({
      ...(r.body as ConsentRecord),
      receivedAt: r.receivedAt.toISOString(),
    }));
    return c.json({ subject, records, state: deriveConsentState(records) });
  });

  /**
   * A cookie opposition carries no identifier (DOMAIN.md §4): no session is read, the key is
   * scoped to nobody, and only the model's fields are stored. Not even its body is logged.
   */
  app.post('/oppositions', async (c) => {
    const key = idempotencyKey(c, true);
    const body = await readJson(c);
    return idempotent(c, d.store, { key, principal: '', fingerprint: fingerprintOf(body), now: d.now() }, async () => {
      const r = parse(opposition, body);
      if (!r.ok) throw invalid(r.issues);
      await d.store.insertOpposition(r.value);
      return { status: 201, body: { ok: true } };
    });
  });

  /** A tree's outcome, kept when the site wants it; a signed-in person's id is kept with it. */
  app.post('/decisions', async (c) => {
    const user = c.get('user');
    const key = idempotencyKey(c, true);
    const body = await readJson(c);
    return idempotent(
      c,
      d.store,
      { key, principal: user?.id ?? '', fingerprint: fingerprintOf(body), now: d.now() },
      async () => {
        const r = parse(decision, body);
        if (!r.ok) throw invalid(r.issues);
        const id = d.newId();
        await d.store.insertDecision(id, r.value, user?.id ?? null, d.now());
        return { status: 201, body: { id } };
      },
    );
  });
}
