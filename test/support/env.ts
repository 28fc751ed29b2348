// What every browser test shares: the addresses of the real servers started by
// web-test-runner.config.js, helpers to drive them, and the kit's storage reset.
import { executeServerCommand } from '@web/test-runner-commands';
import { configure, resetConfiguration } from '../../src/core/configure.js';
import { database } from '../../src/core/idb.js';
import { draftWritesSettled } from '../../src/core/draft-store.js';

export const env = (window as unknown as { __procuraTest: { control: string; backend?: string; origin?: string } })
  .__procuraTest;

// A failing chai assertion holding a DOM node hangs the runner: keep only strings.
afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  for (const k of ['actual', 'expected'] as const)
    if (err[k] instanceof Node) err[k] = (err[k] as Element).outerHTML ?? String(err[k]);
});

export async function control(cmd: 'reset' | 'down' | 'up' | 'plan', body?: unknown): Promise<void> {
  await fetch(`${env.control}/_control/${cmd}`, {
    method: 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export interface Received {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | undefined>;
  body: string;
  size: number;
}
export async function received(path?: string): Promise<Received[]> {
  const res = await fetch(`${env.control}/_control/received${path ? `?path=${encodeURIComponent(path)}` : ''}`, {
    method: 'POST',
  });
  return res.json();
}

/** Signs in a demo user of the reference server and sends its token with every request. */
export async function signIn(user: string): Promise<string> {
  if (!env.backend) throw new Error('the reference server is not running');
  const res = await fetch(`${env.backend}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ user, token: true }),
  });
  if (!res.ok) throw new Error(`sign-in as ${user} failed: ${res.status}`);
  const { token } = (await res.json()) as { token: string };
  configure({ headers: { Authorization: `Bearer ${token}` } });
  return token;
}

/** Reads a PDF back with poppler or qpdf on the test machine. */
export async function pdfTool(
  tool: 'pdftotext' | 'pdfinfo' | 'qpdf' | 'pdffonts',
  bytes: Uint8Array | ArrayBuffer,
): Promise<{ ok: boolean; output: string }> {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let bin = '';
  for (let i = 0; i < u8.length; i += 0x8000) bin += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return (await executeServerCommand('pdf-tool', { tool, base64: btoa(bin) })) as { ok: boolean; output: string };
}

/** Empties the kit's drafts, outbox and cache, and forgets configure(). */
export async function resetKit(): Promise<void> {
  resetConfiguration();
  // A draft the previous test's element was still writing (on its last change, or as it was removed).
  await draftWritesSettled();
  const db = await database();
  if (db) for (const store of ['drafts', 'outbox', 'cache'] as const) await db.clear(store);
}

/** Waits until `check` is true, or fails with `what` after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
