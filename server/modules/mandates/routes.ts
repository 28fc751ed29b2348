/** `POST /mandates`: a signed mandate, multipart with a `mandate` part (JSON) and its PDF. */
import type { Context } from 'hono';
import { mandateRules, parse, type Mandate } from '../../../src/model/index.js';
import { type AppEnv, requireUser } from '../../auth.js';
import { forbidden } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { submitterFor } from '../../identity.js';
import { mailboxKey, type User } from '../../users.js';
import { sweep } from '../grants/service.js';
import { officeOf } from '../office.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { createWithReceipt, partyName, signatureTimeIssues } from './service.js';
import { checkSignedForm, readSignedForm, type SignedForm } from './signed-form.js';

/** Checks the form (422 naming every field), then stores it and answers its receipt. */
async function accept(d: ModuleDeps, user: User, form: SignedForm, now: Date, office: string) {
  const result = parse(mandateRules({ requireSignatures: true, today: d.today() }), form.raw);
  const times = result.ok ? signatureTimeIssues(result.value.signatures, now) : [];
  const pages = checkSignedForm(form, d, result.ok ? times : [...result.issues], result.ok);
  const m = (result as { value: Mandate }).value;
  const who = submitterFor(user, m.grantor, '/grantor', d.users);
  await sweep(d);
  const id = d.newId();
  const grantId = d.newId();
  const receipt = await createWithReceipt(
    d,
    {
      id,
      grantId,
      grantorUser: who.owner.id,
      grantorKey: mailboxKey(m.grantor.email),
      grantorDisplay: partyName(m.grantor),
      mandataryKey: mailboxKey(m.mandatary.email),
      mandate: { service: m.service, mandatary: m.mandatary, scope: m.scope, validUntil: m.validUntil },
      body: m,
      document: { bytes: form.bytes, sha256: form.sha256, pages },
      ...(who.indicatedBy && { indicatedBy: who.indicatedBy }),
      at: now,
    },
    m.locale,
    office,
  );
  return { status: 201, body: { id, status: 'pending', grantId, receipt } };
}

/**
 * The grantor submits it, in their own name (403 `not-you` otherwise), or the broker for a
 * client of the directory (assisted: `indicatedBy`); it then waits, pending, for the broker.
 */
async function submit(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  if (user.role !== 'client' && user.role !== 'broker')
    throw forbidden('Only a client, the grantor, submits a mandate.', 'client-only');
  const key = idempotencyKey(c, true);
  const form = await readSignedForm(c, d, 'mandate');
  const now = d.now();
  const fingerprint = fingerprintOf({ mandate: form.raw, document: form.sha256 });
  return idempotent(c, d.store, { key, principal: user.id, fingerprint, now }, () =>
    accept(d, user, form, now, officeOf(c)),
  );
}

export function mandatesModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.post('/', (c) => submit(c, d));
  return app;
}
