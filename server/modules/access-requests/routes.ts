/**
 * `POST /access-requests`: a signed request for access to one's own client space (000, first
 * row), multipart with a `request` part (JSON) and its PDF, checked like a mandate. It becomes a
 * grant of kind `access-request` that the requester both gives and holds, pending until the
 * broker activates it with the same routes as a mandate.
 */
import type { Context } from 'hono';
import { accessRequestRules, parse, type AccessRequest } from '../../../src/model/index.js';
import { type AppEnv, requireUser } from '../../auth.js';
import { forbidden } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { submitterFor } from '../../identity.js';
import { mailboxKey, type User } from '../../users.js';
import { sweep } from '../grants/service.js';
import { officeOf } from '../office.js';
import { createWithReceipt, partyName, signatureTimeIssues } from '../mandates/service.js';
import { checkSignedForm, readSignedForm, type SignedForm } from '../mandates/signed-form.js';
import { signedInRouter, type ModuleDeps } from '../module.js';

/** Who holds the access asked for oneself: the requester, or the legal person's representative. */
const holderOf = (r: AccessRequest['requester']) =>
  r.kind === 'legal' && r.representative
    ? { givenName: r.representative.givenName, familyName: r.representative.familyName }
    : { givenName: r.givenName ?? '', familyName: r.familyName ?? '' };

async function accept(d: ModuleDeps, user: User, form: SignedForm, now: Date, office: string) {
  const result = parse(accessRequestRules({ requireSignatures: true, today: d.today() }), form.raw);
  const times = result.ok ? signatureTimeIssues(result.value.signatures, now) : [];
  const pages = checkSignedForm(form, d, result.ok ? times : [...result.issues], result.ok);
  const r = (result as { value: AccessRequest }).value;
  // The requester is the signed-in client, or, for the broker, the client of the directory named.
  const who = submitterFor(user, r.requester, '/requester', d.users);
  await sweep(d);
  const id = d.newId();
  const grantId = d.newId();
  // Keyed on the owner's mailbox from the directory, not the form's: the access is theirs,
  // and nobody else may come to see it as held by naming their address in the form.
  const self = mailboxKey(who.owner.email);
  const mandatary = { ...holderOf(r.requester), email: r.requester.email, relation: 'self' };
  const receipt = await createWithReceipt(
    d,
    {
      kind: 'access-request',
      id,
      grantId,
      grantorUser: who.owner.id,
      grantorKey: self,
      grantorDisplay: partyName(r.requester),
      mandataryKey: self,
      mandate: { service: r.service, mandatary, scope: r.scope },
      body: r,
      document: { bytes: form.bytes, sha256: form.sha256, pages },
      ...(who.indicatedBy && { indicatedBy: who.indicatedBy }),
      at: now,
    },
    r.locale,
    office,
  );
  return { status: 201, body: { id, status: 'pending', grantId, receipt } };
}

async function submit(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireUser(c);
  if (user.role !== 'client' && user.role !== 'broker')
    throw forbidden('Only a client asks for access to their own client space.', 'client-only');
  const key = idempotencyKey(c, true);
  const form = await readSignedForm(c, d, 'request');
  const now = d.now();
  const fingerprint = fingerprintOf({ request: form.raw, document: form.sha256 });
  return idempotent(c, d.store, { key, principal: user.id, fingerprint, now }, () =>
    accept(d, user, form, now, officeOf(c)),
  );
}

export function accessRequestsModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.post('/', (c) => submit(c, d));
  return app;
}
