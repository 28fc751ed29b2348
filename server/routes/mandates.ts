import type { Hono } from 'hono';
import { mandateRules, parse, type Mandate } from '../../src/model/index.js';
import { type AppEnv, requireUser } from '../auth.js';
import type { Deps } from '../deps.js';
import { forbidden } from '../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../http/idempotency.js';
import { mailboxKey } from '../users.js';
import { checkSignedForm, readSignedForm } from './signed-form.js';

export const partyName = (p: Mandate['grantor']) =>
  p.kind === 'legal' ? (p.legalName ?? '') : [p.givenName, p.familyName].filter(Boolean).join(' ');

export function mandateRoutes(app: Hono<AppEnv>, d: Deps) {
  /**
   * A signed mandate: multipart with a `mandate` part (JSON) and a `document` part (the PDF).
   * Only a client (the grantor) submits; the mandate then waits, pending, for the broker.
   */
  app.post('/mandates', async (c) => {
    const user = requireUser(c);
    if (user.role !== 'client') throw forbidden('Only a client, the grantor, submits a mandate.', 'client-only');
    const key = idempotencyKey(c, true);
    const form = await readSignedForm(c, d, 'mandate');
    const now = d.now();

    return idempotent(c, d.store, { key, principal: user.id, fingerprint: fingerprintOf({ mandate: form.raw, document: form.sha256 }), now }, async () => {
      const result = parse(mandateRules({ requireSignatures: true, today: d.today() }), form.raw);
      const pages = checkSignedForm(form, d, result.ok ? [] : [...result.issues], result.ok);
      const m = (result as { value: Mandate }).value;
      await d.store.expireDue(d.today(), now);
      const id = d.newId();
      const grantId = d.newId();
      await d.store.createMandate({
        id,
        grantId,
        grantorUser: user.id,
        grantorKey: mailboxKey(m.grantor.email),
        grantorDisplay: partyName(m.grantor),
        mandataryKey: mailboxKey(m.mandatary.email),
        mandate: { service: m.service, mandatary: m.mandatary, scope: m.scope, validUntil: m.validUntil },
        body: m,
        document: { bytes: form.bytes, sha256: form.sha256, pages },
        at: now,
      });
      return { status: 201, body: { id, status: 'pending', grantId } };
    });
  });
}
