import type { Hono } from 'hono';
import { mandateRules, parse, type Issue, type Mandate } from '../../src/model/index.js';
import { type AppEnv, requireUser } from '../auth.js';
import type { Deps } from '../deps.js';
import { Problem, badRequest, forbidden, invalid, tooLarge, type FieldError } from '../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../http/idempotency.js';
import { sha256 } from '../chain.js';
import { inspectPdf } from '../pdf.js';
import { mailboxKey } from '../users.js';

const displayNameOf = (m: Mandate) =>
  m.grantor.kind === 'legal' ? (m.grantor.legalName ?? '') : [m.grantor.givenName, m.grantor.familyName].filter(Boolean).join(' ');

export function mandateRoutes(app: Hono<AppEnv>, d: Deps) {
  /**
   * A signed mandate: multipart with a `mandate` part (JSON) and a `document` part (the PDF).
   * Only a client (the grantor) submits; the mandate then waits, pending, for the broker.
   */
  app.post('/mandates', async (c) => {
    const user = requireUser(c);
    if (user.role !== 'client') throw forbidden('Only a client, the grantor, submits a mandate.');
    const key = idempotencyKey(c, true);
    if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? ''))
      throw new Problem(415, 'Unsupported media type', 'Send multipart/form-data with a "mandate" part (JSON) and a "document" part (application/pdf).');
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      throw badRequest('The multipart body could not be read.');
    }
    const mandatePart = form.get('mandate');
    const documentPart = form.get('document');
    const missing: FieldError[] = [];
    if (mandatePart === null) missing.push({ pointer: '/mandate', detail: 'the "mandate" part (JSON) is missing', code: 'required' });
    if (!(documentPart instanceof Blob)) missing.push({ pointer: '/document', detail: 'the "document" part (a PDF file) is missing', code: 'required' });
    if (missing.length) throw badRequest('A part of the multipart body is missing.', missing);
    let raw: unknown;
    try {
      raw = JSON.parse(typeof mandatePart === 'string' ? mandatePart : await (mandatePart as Blob).text());
    } catch (err) {
      throw badRequest(`The "mandate" part is not valid JSON: ${(err as Error).message}`, [{ pointer: '/mandate', detail: 'is not valid JSON', code: 'json' }]);
    }
    const doc = documentPart as Blob;
    if (doc.size > d.limits.documentBytes)
      throw tooLarge(`The document is larger than ${d.limits.documentBytes} bytes.`, [{ pointer: '/document', detail: `must be at most ${d.limits.documentBytes} bytes`, code: 'max' }]);
    const bytes = new Uint8Array(await doc.arrayBuffer());
    const docHash = sha256(bytes);
    const now = d.now();

    return idempotent(c, d.store, { key, principal: user.id, fingerprint: fingerprintOf({ mandate: raw, document: docHash }), now }, async () => {
      const result = parse(mandateRules({ requireSignatures: true, today: d.today() }), raw);
      const issues: Issue[] = result.ok ? [] : [...result.issues];
      const errors: FieldError[] = [];
      if (doc.type && !/^application\/pdf\b/i.test(doc.type))
        errors.push({ pointer: '/document', detail: `must be sent as application/pdf, not ${doc.type.slice(0, 60)}`, code: 'type' });
      const pdf = inspectPdf(bytes, d.limits);
      for (const p of pdf.problems) errors.push({ pointer: '/document', detail: p.detail, code: p.code });
      const declared = (raw as { document?: { sha256?: unknown } })?.document?.sha256;
      if (result.ok && !declared) issues.push({ path: 'document.sha256', code: 'required', message: "is required: the SHA-256 of the signed PDF" });
      else if (typeof declared === 'string' && declared !== docHash)
        issues.push({ path: 'document.sha256', code: 'hashMismatch', message: 'does not match the SHA-256 of the uploaded PDF' });
      if (issues.length || errors.length) {
        const p = invalid(issues);
        throw new Problem(422, p.title, p.detail, [...(p.errors ?? []), ...errors], p.type);
      }
      const m = (result as { value: Mandate }).value;
      await d.store.expireDue(d.today(), now);
      const id = d.newId();
      const grantId = d.newId();
      await d.store.createMandate({
        id,
        grantId,
        grantorUser: user.id,
        grantorKey: mailboxKey(m.grantor.email),
        grantorDisplay: displayNameOf(m),
        mandataryKey: mailboxKey(m.mandatary.email),
        mandate: { service: m.service, mandatary: m.mandatary, scope: m.scope, validUntil: m.validUntil },
        body: m,
        document: { bytes, sha256: docHash, pages: pdf.pages },
        at: now,
      });
      return { status: 201, body: { id, status: 'pending', grantId } };
    });
  });
}
