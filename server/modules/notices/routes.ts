/**
 * `PUT /notices/{sha256}`: the notice text a consent record names by its `noticeSha256`, sent
 * once by `<procura-consent>` (issue 16: consent proof). Open like `POST /consents` (a prospect
 * is not signed in); the server recomputes the hash over the canonical JSON, exactly as the
 * element does (src/consent/consent.ts `noticeSha256()`), and keeps that canonical text. A notice
 * holds no personal data; it is evidence: written once, never changed.
 */
import type { Context } from 'hono';
import { canonicalJson, sha256 } from '../../chain.js';
import type { AppEnv } from '../../auth.js';
import { badRequest, notFound, Problem, tooLarge } from '../../errors.js';
import { readJson } from '../../http/respond.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { officeOf } from '../office.js';
import { insertNotice } from './repository.js';

/** A notice is a few kilobytes of text; far more is not a notice. */
export const NOTICE_BYTES = 64 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;

async function put(c: Context<AppEnv>, d: ModuleDeps) {
  const hash = c.req.param('sha256') ?? '';
  if (!SHA256.test(hash)) throw notFound();
  const body = await readJson(c);
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('The body is the notice as shown: a JSON object.');
  const text = canonicalJson(body);
  if (Buffer.byteLength(text) > NOTICE_BYTES) throw tooLarge(`A notice is at most ${NOTICE_BYTES} bytes.`);
  if (sha256(text) !== hash)
    throw new Problem('validation', 'The SHA-256 of the notice (canonical JSON) is not the one in the address.', [
      { pointer: '', detail: 'does not hash to the address', code: 'sha256' },
    ]);
  const stored = await d.store.transaction((s) => insertNotice(s, hash, text, d.now()), officeOf(c));
  return c.json({ sha256: hash }, stored ? 201 : 200);
}

export function noticesModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.put('/:sha256', (c) => put(c, d));
  return app;
}
