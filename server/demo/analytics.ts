/**
 * A local stand-in for an analytics editor (Matomo-like), mounted at the root in demo mode.
 * It keeps hits in memory only (time and path; no visitor id, no address), so browser tests
 * can count what reached it.
 */
import { Hono } from 'hono';
import { DEFAULT_LIMITS, limitBodies } from '../http/limits.js';
import { TRACKER_JS } from './tracker-script.js';

const MAX_HITS = 10_000;
/** A hit is a few hundred bytes of form fields: anything much bigger is refused (413) before it is read. */
export const MAX_HIT_BYTES = 16 * 1024;

export function analyticsApp(now: () => Date = () => new Date()) {
  const hits: { at: string; path: string }[] = [];
  const app = new Hono();
  app.use('/analytics/*', limitBodies({ ...DEFAULT_LIMITS, jsonBytes: MAX_HIT_BYTES, multipartBytes: MAX_HIT_BYTES }));

  app.get(
    '/analytics/tracker.js',
    () =>
      new Response(TRACKER_JS, {
        headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' },
      }),
  );

  const collect = (params: URLSearchParams) => {
    let path = '/';
    try {
      path = new URL(params.get('url') ?? '/', 'http://x').pathname;
    } catch {
      // A malformed url still counts as a hit.
    }
    if (hits.length >= MAX_HITS) hits.shift();
    hits.push({ at: now().toISOString(), path });
    return new Response(null, { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } });
  };
  app.get('/analytics/collect', (c) => collect(new URL(c.req.url).searchParams));
  app.post('/analytics/collect', async (c) => {
    const text = (await c.req.text()).slice(0, 8192);
    const params = new URLSearchParams(text);
    for (const [k, v] of new URL(c.req.url).searchParams) params.set(k, v);
    return collect(params);
  });
  app.get('/analytics/hits', (c) => c.json({ count: hits.length, hits }));
  app.delete('/analytics/hits', (c) => {
    hits.length = 0;
    return c.body(null, 204);
  });
  return app;
}
