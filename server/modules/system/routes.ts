/**
 * Liveness (`/health`: the process answers, its database too) and readiness (`/ready`,
 * server/ready.ts): a load balancer or an orchestrator sends traffic only once /ready says 200.
 * No session is read: a probe carries none.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../auth.js';
import type { Deps } from '../../deps.js';
import { readiness } from '../../ready.js';

export function systemModule(d: Deps) {
  const app = new Hono<AppEnv>();
  app.get('/health', async (c) => {
    await d.store.db.query('SELECT 1');
    return c.json({ status: 'ok', store: d.store.db.kind, demo: d.demo });
  });
  app.get('/ready', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await readiness(d), 200);
  });
  return app;
}
