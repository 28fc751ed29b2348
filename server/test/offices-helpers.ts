/** What offices.test.ts and offices-rls.test.ts share: a client of office `nord` and her data, a request to a chosen Host. */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { makePdf, sha256, validMandate, type Ctx } from './helpers.js';

/** Sofie (office `nord`) gives a mandate: the grantor and signatures are hers. */
export const sofieMandate = (pdfSha: string) =>
  validMandate(pdfSha, {
    grantor: {
      kind: 'natural',
      givenName: 'Sofie',
      familyName: 'Maes',
      email: 'sofie.maes@example.com',
      clientRef: 'C-300017',
    },
    signatures: [
      { party: 'grantor', method: 'drawn', signerName: 'Sofie Maes', signedAt: new Date().toISOString() },
      { party: 'mandatary', method: 'typed', signerName: 'Bram Janssens', signedAt: new Date().toISOString() },
    ],
  });

export async function sofieGrant(ctx: Ctx, token: string): Promise<string> {
  const pdf = await makePdf(1);
  const res = await ctx.submitMandate(token, sofieMandate(sha256(pdf)), pdf);
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { grantId: string }).grantId;
}

/** A consent record body (as consents.test.ts makes them). */
export const consentBody = () => ({
  recordId: randomUUID(),
  indicatedBy: { role: 'subject' },
  noticeVersion: '2025-01',
  noticeSha256: 'a'.repeat(64),
  locale: 'fr-BE',
  decisions: [
    { purpose: 'newsletter', state: 'given', at: new Date(Date.now() - 86_400_000).toISOString(), basis: 'consent' },
  ],
  collectedAt: new Date().toISOString(),
  source: 'https://assurances.example.com/mon-espace',
});

/** A POST with a Host header of our choosing (fetch sends the URL's own). */
export function postWithHost(url: string, host: string, body: unknown): Promise<number> {
  const u = new URL(url);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        headers: { host, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}
