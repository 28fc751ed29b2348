/**
 * A grant's documents: `GET /grants/:id/document` (the sealed PDF) and `/grants/:id/receipt`.
 * Registered on the grants module's router (same prefix, same middleware, run once).
 */
import type { Context, Hono } from 'hono';
import { type AppEnv, requireUser } from '../../auth.js';
import type { Deps } from '../../deps.js';
import { notFound } from '../../errors.js';
import { documentHeaders } from '../../pdf.js';
import { visibleGrant } from '../grants/service.js';
import { officeOf } from '../office.js';
import { noneMatch } from '../grants/page-cache.js';
import { grantReceipt } from './repository.js';
import { documentStream, servedDocument } from './stream.js';

async function pdf(c: Context<AppEnv>, d: Deps) {
  const user = requireUser(c);
  const g = await visibleGrant(d, c.req.param('id') ?? '', user, officeOf(c));
  // The sealed copy (server/proof/seal.ts); the client's original only for a grant accepted
  // before sealing existed (or while PROCURA_SEAL=off), said so by `X-Seal-Level: none`.
  // Both hashes computed by the database from the bytes (stream.ts): a row edited in the
  // database cannot vouch for them. Unchanged bytes: 304; otherwise streamed in chunks.
  const doc = await servedDocument(d.store.scope(g.office), g.mandate_id);
  if (!doc) throw notFound('This grant has no stored document.');
  const etag = `"${doc.sha256}"`;
  const headers = {
    ...documentHeaders(`${g.kind}-${g.mandate_id}.pdf`),
    ETag: etag,
    'X-Content-SHA256': doc.sha256,
    'X-Original-SHA256': doc.originalSha256,
    'X-Seal-Level': doc.level,
    // Not kept by the browser (a signed form); a client keeping its own copy revalidates it by its ETag.
    'Cache-Control': 'private, no-store',
  };
  if (noneMatch(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  const body = documentStream(d.store.scope(g.office), g.mandate_id, doc);
  return new Response(body, { headers: { ...headers, 'Content-Length': String(doc.size) } });
}

/** The receipt signed when the grant was received: whoever may see the grant may read it. */
async function receipt(c: Context<AppEnv>, d: Deps) {
  const user = requireUser(c);
  const g = await visibleGrant(d, c.req.param('id') ?? '', user, officeOf(c));
  const jws = await grantReceipt(d.store.scope(g.office), g.id);
  if (!jws) throw notFound('This grant was received before receipts were signed: it has none.');
  return c.json({ grantId: g.id, receipt: jws });
}

export function documentRoutes(app: Hono<AppEnv>, d: Deps) {
  app.get('/:id/document', (c) => pdf(c, d));
  app.get('/:id/receipt', (c) => receipt(c, d));
}
