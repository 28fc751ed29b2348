/**
 * A grant's documents: `GET /grants/:id/document` (the sealed PDF) and `/grants/:id/receipt`.
 * Registered on the grants module's router (same prefix, same middleware, run once).
 */
import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { type AppEnv, requireUser } from '../../auth.js';
import type { Deps } from '../../deps.js';
import { notFound } from '../../errors.js';
import { documentHeaders } from '../../pdf.js';
import { visibleGrant } from '../grants/service.js';
import { document, grantReceipt, sealedDocument } from './repository.js';

const sha256Hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function pdf(c: Context<AppEnv>, d: Deps) {
  const user = requireUser(c);
  const g = await visibleGrant(d, c.req.param('id') ?? '', user);
  const doc = await document(d.store.scope(), g.mandate_id);
  if (!doc) throw notFound('This grant has no stored document.');
  // The sealed copy (server/proof/seal.ts); the client's original only for a grant accepted
  // before sealing existed (or while PROCURA_SEAL=off), said so by `X-Seal-Level: none`.
  const sealed = await sealedDocument(d.store.db, g.mandate_id);
  const served = sealed?.bytes ?? doc.bytes;
  // Both hashes computed from the bytes, here: a row edited in the database cannot vouch for them.
  return new Response(new Uint8Array(served), {
    headers: {
      ...documentHeaders(`${g.kind}-${g.mandate_id}.pdf`),
      'Content-Length': String(served.byteLength),
      'X-Content-SHA256': sha256Hex(served),
      'X-Original-SHA256': sha256Hex(doc.bytes),
      'X-Seal-Level': sealed?.level ?? 'none',
      'Cache-Control': 'private, no-store',
    },
  });
}

/** The receipt signed when the grant was received: whoever may see the grant may read it. */
async function receipt(c: Context<AppEnv>, d: Deps) {
  const user = requireUser(c);
  const g = await visibleGrant(d, c.req.param('id') ?? '', user);
  const jws = await grantReceipt(d.store.scope(), g.id);
  if (!jws) throw notFound('This grant was received before receipts were signed: it has none.');
  return c.json({ grantId: g.id, receipt: jws });
}

export function documentRoutes(app: Hono<AppEnv>, d: Deps) {
  app.get('/:id/document', (c) => pdf(c, d));
  app.get('/:id/receipt', (c) => receipt(c, d));
}
