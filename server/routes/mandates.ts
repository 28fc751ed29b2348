import type { Hono } from 'hono';
import { mandateRules, parse, type Mandate } from '../../src/model/index.js';
import { type AppEnv, requireUser } from '../auth.js';
import type { Deps } from '../deps.js';
import { forbidden, notFound } from '../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../http/idempotency.js';
import { isUuid } from '../http/respond.js';
import { relationTo } from '../grant-view.js';
import { submitterFor } from '../identity.js';
import { clientTimeIssues, mandateSha256, signMandateReceipt } from '../proof/receipt.js';
import type { SealedDocument } from '../proof/types.js';
import type { NewMandate } from '../store/index.js';
import { grantReceipt, insertGrantReceipt } from '../store/receipts.js';
import { mailboxKey, type User } from '../users.js';
import { checkSignedForm, readSignedForm } from './signed-form.js';

export const partyName = (p: Mandate['grantor']) =>
  p.kind === 'legal' ? (p.legalName ?? '') : [p.givenName, p.familyName].filter(Boolean).join(' ');

/**
 * Seals the PDF (when the host seals), creates the grant, then signs and keeps its receipt, all
 * inside the idempotent handler's transaction: a replay answers the same receipt, a failure
 * (a seal that cannot be made: 503) leaves nothing behind.
 */
export async function createWithReceipt(
  d: Deps,
  m: Omit<NewMandate, 'sealed'>,
  locale: string | undefined,
): Promise<string> {
  const sealed: SealedDocument | undefined = d.seal
    ? await d.seal.seal(m.document.bytes, {
        documentId: m.id,
        kind: m.kind ?? 'mandate',
        originalSha256: m.document.sha256,
        ...(m.indicatedBy && { assistedBy: m.indicatedBy }),
        ...(locale && { locale }),
      })
    : undefined;
  await d.store.createMandate({ ...m, ...(sealed && { sealed }) });
  const [created] = await d.store.events(m.grantId);
  const receipt = await signMandateReceipt(d.proofKey, {
    grantId: m.grantId,
    mandateId: m.id,
    kind: m.kind ?? 'mandate',
    receivedAt: m.at.toISOString(),
    grantor: { display: m.grantorDisplay },
    mandatary:
      (m.kind ?? 'mandate') === 'mandate'
        ? {
            display: [m.mandate.mandatary.givenName, m.mandate.mandatary.familyName].join(' '),
            email: m.mandate.mandatary.email,
          }
        : null,
    service: m.mandate.service,
    scope: m.mandate.scope,
    validUntil: m.mandate.validUntil ?? null,
    ...(m.indicatedBy && { indicatedBy: m.indicatedBy }),
    mandateSha256: mandateSha256(m.body),
    documentSha256: m.document.sha256,
    ...(sealed && { sealedSha256: sealed.sha256, sealLevel: sealed.level }),
    event: { seq: 1, hash: created!.hash },
  });
  await insertGrantReceipt(d.store.db, m.grantId, receipt, m.at);
  return receipt;
}

export function mandateRoutes(app: Hono<AppEnv>, d: Deps) {
  /**
   * A signed mandate: multipart with a `mandate` part (JSON) and a `document` part (the PDF).
   * The grantor submits it, in their own name (403 `not-you` otherwise), or the broker for a
   * client of the directory (assisted: `indicatedBy`); it then waits, pending, for the broker.
   */
  app.post('/mandates', async (c) => {
    const user = requireUser(c);
    if (user.role !== 'client' && user.role !== 'broker')
      throw forbidden('Only a client, the grantor, submits a mandate.', 'client-only');
    const key = idempotencyKey(c, true);
    const form = await readSignedForm(c, d, 'mandate');
    const now = d.now();

    return idempotent(
      c,
      d.store,
      { key, principal: user.id, fingerprint: fingerprintOf({ mandate: form.raw, document: form.sha256 }), now },
      async () => {
        const result = parse(mandateRules({ requireSignatures: true, today: d.today() }), form.raw);
        const times = result.ok
          ? clientTimeIssues(
              result.value.signatures.map((s, i) => ({ path: `signatures.${i}.signedAt`, value: s.signedAt })),
              now,
            )
          : [];
        const pages = checkSignedForm(form, d, result.ok ? times : [...result.issues], result.ok);
        const m = (result as { value: Mandate }).value;
        const who = submitterFor(user, m.grantor, '/grantor', d.users);
        await d.store.expireDue(d.today(), now);
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
        );
        return { status: 201, body: { id, status: 'pending', grantId, receipt } };
      },
    );
  });

  /** The receipt signed when the grant was received: whoever may see the grant may read it. */
  app.get('/grants/:id/receipt', async (c) => {
    const user: User = requireUser(c);
    const id = c.req.param('id');
    if (!isUuid(id)) throw notFound();
    const g = await d.store.getGrant(id);
    if (!g || !relationTo(g, user)) throw notFound();
    const receipt = await grantReceipt(d.store.db, g.id);
    if (!receipt) throw notFound('This grant was received before receipts were signed: it has none.');
    return c.json({ grantId: g.id, receipt });
  });
}
