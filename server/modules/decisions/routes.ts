/** `POST /decisions`: a tree's outcome, kept when the site wants it; a signed-in person's id is kept with it. */
import { decision, parse } from '../../../src/model/index.js';
import { invalid } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { readJson } from '../../http/respond.js';
import { officeOf } from '../office.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { insertDecision } from './repository.js';
import { requirePublished } from '../definitions/service.js';

export function decisionsModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.post('/', async (c) => {
    const user = c.get('user');
    const key = idempotencyKey(c, true);
    const body = await readJson(c);
    const principal = user?.id ?? '';
    return idempotent(c, d.store, { key, principal, fingerprint: fingerprintOf(body), now: d.now() }, async () => {
      const r = parse(decision, body);
      if (!r.ok) throw invalid(r.issues);
      await requirePublished(d.store.scope(officeOf(c)), r.value.definition);
      const id = d.newId();
      await insertDecision(d.store.scope(officeOf(c)), {
        id,
        decision: r.value,
        principal: user?.id ?? null,
        at: d.now(),
      });
      return { status: 201, body: { id } };
    });
  });
  return app;
}
