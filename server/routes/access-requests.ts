import type { Hono } from 'hono';
import { accessRequestRules, parse, type AccessRequest } from '../../src/model/index.js';
import { type AppEnv, requireUser } from '../auth.js';
import type { Deps } from '../deps.js';
import { forbidden } from '../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../http/idempotency.js';
import { mailboxKey } from '../users.js';
import { submitterFor } from '../identity.js';
import { clientTimeIssues } from '../proof/receipt.js';
import { createWithReceipt, partyName } from './mandates.js';
import { checkSignedForm, readSignedForm } from './signed-form.js';

/** Who holds the access asked for oneself: the requester, or the legal person's representative. */
const holderOf = (r: AccessRequest['requester']) =>
  r.kind === 'legal' && r.representative
    ? { givenName: r.representative.givenName, familyName: r.representative.familyName }
    : { givenName: r.givenName ?? '', familyName: r.familyName ?? '' };

export function accessRequestRoutes(app: Hono<AppEnv>, d: Deps) {
  /**
   * A signed request for access to one's own client space (000, first row): multipart with a
   * `request` part (JSON) and a `document` part (its PDF), checked like a mandate. It becomes a
   * grant of kind `access-request` that the requester both gives and holds, pending until the
   * broker activates it with the same routes as a mandate.
   */
  app.post('/access-requests', async (c) => {
    const user = requireUser(c);
    if (user.role !== 'client' && user.role !== 'broker')
      throw forbidden('Only a client asks for access to their own client space.', 'client-only');
    const key = idempotencyKey(c, true);
    const form = await readSignedForm(c, d, 'request');
    const now = d.now();

    return idempotent(
      c,
      d.store,
      { key, principal: user.id, fingerprint: fingerprintOf({ request: form.raw, document: form.sha256 }), now },
      async () => {
        const result = parse(accessRequestRules({ requireSignatures: true, today: d.today() }), form.raw);
        const times = result.ok
          ? clientTimeIssues(
              result.value.signatures.map((s, i) => ({ path: `signatures.${i}.signedAt`, value: s.signedAt })),
              now,
            )
          : [];
        const pages = checkSignedForm(form, d, result.ok ? times : [...result.issues], result.ok);
        const r = (result as { value: AccessRequest }).value;
        // The requester is the signed-in client, or, for the broker, the client of the directory named.
        const who = submitterFor(user, r.requester, '/requester', d.users);
        await d.store.expireDue(d.today(), now);
        const id = d.newId();
        const grantId = d.newId();
        // Keyed on the owner's mailbox from the directory, not the form's: the access is theirs,
        // and nobody else may come to see it as held by naming their address in the form.
        const self = mailboxKey(who.owner.email);
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
            mandate: {
              service: r.service,
              mandatary: { ...holderOf(r.requester), email: r.requester.email, relation: 'self' },
              scope: r.scope,
            },
            body: r,
            document: { bytes: form.bytes, sha256: form.sha256, pages },
            ...(who.indicatedBy && { indicatedBy: who.indicatedBy }),
            at: now,
          },
          r.locale,
        );
        return { status: 201, body: { id, status: 'pending', grantId, receipt } };
      },
    );
  });
}
