/** The SQL of broker offices (migrations/007): the `offices` table, written at start from `createApp({ offices })`. */
import type { Office } from '../../users.js';
import type { Scope } from '../scope.js';

/** Creates or updates each office (name and host names); `main` exists from the migration on. */
export async function upsertOffices(s: Scope, offices: readonly Office[]): Promise<void> {
  for (const o of offices)
    await s.tx.query(
      `INSERT INTO offices (id, name, hosts) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, hosts = excluded.hosts`,
      [o.id, o.name, o.hosts ?? []],
    );
}
