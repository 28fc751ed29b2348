import type { Context, Hono } from 'hono';
import { integer, object, parse, string } from '../../src/model/index.js';
import { type AppEnv, requireUser } from '../auth.js';
import type { Deps } from '../deps.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../http/idempotency.js';
import { readJson } from '../http/respond.js';
import { seedPdf } from '../demo/seed-pdf.js';
import { mailboxKey } from '../users.js';

const seedRequest = object({ count: integer({ min: 1, max: 50_000 }), user: string({ min: 1 }) });

/** Only the broker, signed in, touches the demo's data in bulk (the origin check of app.ts applies as to any POST). */
function requireBroker(c: Context<AppEnv>) {
  const user = requireUser(c);
  if (user.role !== 'broker') throw forbidden('Only the broker may seed or reset the demo data.');
  return user;
}

/**
 * Demo-only routes: bulk data for the 10,000-grant tests and benchmarks, and a reset. The reset
 * empties every table, so it also needs `reset` (PROCURA_DEMO_RESET=1, or `demoReset` for tests).
 */
export function demoRoutes(app: Hono<AppEnv>, d: Deps, opts: { reset: boolean }) {
  app.post('/demo/seed-grants', async (c) => {
    if (!d.demo) throw notFound();
    const broker = requireBroker(c);
    const key = idempotencyKey(c, false);
    const body = await readJson(c);
    return idempotent(
      c,
      d.store,
      { key, principal: broker.id, fingerprint: fingerprintOf(body), now: d.now() },
      async () => {
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
      },
    );
  });

  app.post('/demo/reset', async (c) => {
    if (!d.demo) throw notFound();
    requireBroker(c);
    if (!opts.reset)
      throw forbidden('Resetting the demo data is off: start the server with PROCURA_DEMO_RESET=1 to allow it.');
    // A JSON body, as every other POST: a cross-site form cannot send one without a preflight.
    await readJson(c);
    await d.store.resetDemo();
    return c.json({ ok: true });
  });
}
