import type { Hono } from 'hono';
import { integer, object, parse, string } from '../../src/model/index.js';
import type { AppEnv } from '../auth.js';
import type { Deps } from '../deps.js';
import { invalid, notFound } from '../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../http/idempotency.js';
import { readJson } from '../http/respond.js';
import { seedPdf } from '../demo/seed-pdf.js';
import { mailboxKey } from '../users.js';

const seedRequest = object({ count: integer({ min: 1, max: 50_000 }), user: string({ min: 1 }) });

/** Demo-only routes: bulk data for the 10,000-grant tests and benchmarks, and a reset. */
export function demoRoutes(app: Hono<AppEnv>, d: Deps) {
  app.post('/demo/seed-grants', async (c) => {
    if (!d.demo) throw notFound();
    const key = idempotencyKey(c, false);
    const body = await readJson(c);
    return idempotent(c, d.store, { key, principal: c.get('user')?.id ?? '', fingerprint: fingerprintOf(body), now: d.now() }, async () => {
      const r = parse(seedRequest, body);
      if (!r.ok) throw invalid(r.issues);
      const user = d.users.get(r.value.user);
      if (!user) throw invalid([{ path: 'user', code: 'enum', message: 'is not a known demo user' }]);
      const inserted = await d.store.seedGrants({
        grantorUser: user.id,
        grantorKey: mailboxKey(user.email),
        grantorDisplay: user.displayName,
        count: r.value.count,
        document: await seedPdf(),
        at: d.now(),
        ids: d.newId,
      });
      return { status: 201, body: { inserted } };
    });
  });

  app.post('/demo/reset', async (c) => {
    if (!d.demo) throw notFound();
    await d.store.resetDemo();
    return c.json({ ok: true });
  });
}
