/**
 * `POST /oppositions`: a cookie opposition carries no identifier (DOMAIN.md §4): no session is
 * read (the module is anonymous), the key is scoped to nobody, and only the model's fields are
 * stored. Not even its body is logged.
 */
import { opposition, parse } from '../../../src/model/index.js';
import type { Deps } from '../../deps.js';
import { invalid } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { readJson } from '../../http/respond.js';
import { officeOf } from '../office.js';
import { anonymousRouter } from '../module.js';
import { insertOpposition } from './repository.js';

export function oppositionsModule(d: Deps) {
  const app = anonymousRouter();
  app.post('/', async (c) => {
    const key = idempotencyKey(c, true);
    const body = await readJson(c);
    return idempotent(c, d.store, { key, principal: '', fingerprint: fingerprintOf(body), now: d.now() }, async () => {
      const r = parse(opposition, body);
      if (!r.ok) throw invalid(r.issues);
      await insertOpposition(d.store.scope(officeOf(c)), r.value);
      return { status: 201, body: { ok: true } };
    });
  });
  return app;
}
