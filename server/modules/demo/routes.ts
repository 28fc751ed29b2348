/**
 * `/demo/*`, mounted only in demo mode: the demo people, bulk data for the 10,000-grant tests and
 * benchmarks, and a reset. The reset empties every table and puts the people back as the directory
 * has them (corrections undone, nobody disabled or erased), so it also needs `reset`
 * (PROCURA_DEMO_RESET=1, or `demoReset` for tests).
 */
import type { Context } from 'hono';
import { integer, object, parse, string } from '../../../src/model/index.js';
import { type AppEnv, requireUser } from '../../auth.js';
import { forbidden, invalid } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { readJson } from '../../http/respond.js';
import { officeOf } from '../office.js';
import { SYSTEM_OFFICE } from '../scope.js';
import { seedPdf } from '../../demo/seed-pdf.js';
import { mailboxKey } from '../../users.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { publicUser } from '../session/people.js';
import { analyzeGrants, resetDemo, seedGrants } from './repository.js';

const seedRequest = object({ count: integer({ min: 1, max: 50_000 }), user: string({ min: 1 }) });

/** Only the broker, signed in, touches the demo's data in bulk (the origin check applies as to any POST). */
function requireBroker(c: Context<AppEnv>) {
  const user = requireUser(c);
  if (user.role !== 'broker') throw forbidden('Only the broker may seed or reset the demo data.');
  return user;
}

async function seed(d: ModuleDeps, body: unknown, office: string) {
  const r = parse(seedRequest, body);
  if (!r.ok) throw invalid(r.issues);
  const user = d.users.get(r.value.user);
  if (!user) throw invalid([{ path: 'user', code: 'enum', message: 'is not a known demo user' }]);
  const document = await seedPdf();
  const inserted = await d.store.transaction(
    (s) =>
      seedGrants(s, {
        grantorUser: user.id,
        grantorKey: mailboxKey(user.email),
        grantorDisplay: user.displayName,
        count: r.value.count,
        document,
        at: d.now(),
        ids: d.newId,
      }),
    office,
  );
  await analyzeGrants(d.store.scope(office));
  return { status: 201, body: { inserted } };
}

export function demoModule(d: ModuleDeps, opts: { reset: boolean }) {
  // The directory as given, before the `people` rows' corrections reach d.users (createApp seeds them later).
  const directory = [...d.users.values()].map((u) => structuredClone(u));
  const app = signedInRouter(d);
  app.get('/users', (c) => c.json({ users: [...d.users.values()].map(publicUser) }));
  app.post('/seed-grants', async (c) => {
    const broker = requireBroker(c);
    const key = idempotencyKey(c, false);
    const body = await readJson(c);
    const fingerprint = fingerprintOf(body);
    return idempotent(c, d.store, { key, principal: broker.id, fingerprint, now: d.now() }, () =>
      seed(d, body, officeOf(c)),
    );
  });
  app.post('/reset', async (c) => {
    requireBroker(c);
    if (!opts.reset)
      throw forbidden('Resetting the demo data is off: start the server with PROCURA_DEMO_RESET=1 to allow it.');
    // A JSON body, as every other POST: a cross-site form cannot send one without a preflight.
    await readJson(c);
    // Every office's demo data (TRUNCATE knows no rows, nor row-level security), and the people as the directory has them.
    await d.store.transaction((s) => resetDemo(s, directory), SYSTEM_OFFICE);
    d.users.clear();
    for (const u of directory) d.users.set(u.id, structuredClone(u));
    return c.json({ ok: true });
  });
  return app;
}
