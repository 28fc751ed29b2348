/**
 * Readiness (`GET /ready`): whether this process can serve, as a load balancer or an orchestrator
 * asks before sending it traffic. `/health` only says the process and its database answer.
 *
 * Ready when: the database answers; every migration beside the server (`migrations/*.sql`) is
 * recorded in `schema_migrations` (a server started on a database migrated by an older or newer
 * release, or whose migrations failed, is not); the proof key signs; the seal certificate, when
 * sealing is on, is within its validity. Otherwise 503 `unavailable` with one `errors[]` entry
 * per cause (pointer `/database`, `/migrations`, `/proofKey`, `/seal`) and `Retry-After`.
 * Nothing personal and no connection string is said.
 */
import { X509Certificate } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Deps } from './deps.js';
import { type FieldError, Problem } from './errors.js';

// Beside this file in the sources (server/migrations) and in the build (dist/server/migrations).
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Readiness {
  status: 'ready';
  store: 'pglite' | 'pg';
  migrations: number;
  proofKey: string;
  seal: 'configured' | 'demo' | 'off';
}

type ReadyDeps = Pick<Deps, 'store' | 'proofKey' | 'seal' | 'now'>;

/** The migrations recorded in the database, or null when it does not answer (then said in `errors`). */
async function appliedMigrations(d: ReadyDeps, errors: FieldError[]): Promise<Set<string> | null> {
  try {
    await d.store.db.query('SELECT 1');
  } catch {
    errors.push({ pointer: '/database', detail: 'the database does not answer', code: 'unreachable' });
    return null;
  }
  try {
    const rows = await d.store.db.query<{ name: string }>('SELECT name FROM schema_migrations');
    return new Set(rows.map((r) => r.name));
  } catch {
    return new Set();
  }
}

async function checkProofKey(d: ReadyDeps, errors: FieldError[]) {
  try {
    await d.proofKey.sign({ ready: true }, 'procura-ready');
  } catch {
    errors.push({ pointer: '/proofKey', detail: 'the proof key does not sign', code: 'missing' });
  }
}

function checkSeal(d: ReadyDeps, errors: FieldError[]) {
  if (!d.seal) return;
  try {
    const cert = new X509Certificate(d.seal.certificatePem);
    const now = d.now().getTime();
    if (now > Date.parse(cert.validTo))
      errors.push({
        pointer: '/seal',
        detail: `the seal certificate expired on ${new Date(cert.validTo).toISOString()}`,
        code: 'expired',
      });
    else if (now < Date.parse(cert.validFrom))
      errors.push({ pointer: '/seal', detail: 'the seal certificate is not valid yet', code: 'notYetValid' });
  } catch {
    errors.push({ pointer: '/seal', detail: 'the seal certificate cannot be read', code: 'missing' });
  }
}

export async function readiness(d: ReadyDeps): Promise<Readiness> {
  const errors: FieldError[] = [];
  const applied = await appliedMigrations(d, errors);
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  const pending = applied ? files.filter((f) => !applied.has(f)) : [];
  if (pending.length)
    errors.push({ pointer: '/migrations', detail: `not applied: ${pending.join(', ')}`, code: 'pending' });
  await checkProofKey(d, errors);
  checkSeal(d, errors);
  if (errors.length)
    throw new Problem(
      'unavailable',
      `Not ready: ${errors.map((e) => `${e.pointer.slice(1)} (${e.detail})`).join('; ')}.`,
      errors,
      { retryAfter: 10 },
    );
  return {
    status: 'ready',
    store: d.store.db.kind,
    migrations: files.length,
    proofKey: d.proofKey.kid,
    seal: d.seal ? d.seal.origin : 'off',
  };
}
