/**
 * What every repository function works in: the SQL to run on (the pool, or the transaction it
 * is called inside: db.ts makes a transaction ambient) and the signer that signs each event's
 * checkpoint, and the broker office it acts for: every repository filters on `office`, and on
 * PostgreSQL row-level security filters again (the second wall).
 */
import type { Sql } from '../store/db.js';
import type { Signer } from '../proof/checkpoints.js';

export interface Scope {
  readonly tx: Sql;
  readonly signer?: Signer;
  /** The broker office (offices.id) every query of this scope is limited to. */
  readonly office: string;
}

/** The office of a server that serves only one (no `offices` configured). */
export const DEFAULT_OFFICE = 'main';

/** The office of the server's own jobs (`store.systemScope()`): every office's rows, never a request's. */
export const SYSTEM_OFFICE = '*';

/**
 * The SQL condition limiting `column` to the scope's office, its value pushed onto `params`;
 * `true` in the system scope (`*`), which reads every office.
 */
export function inOffice(s: Scope, params: unknown[], column = 'office'): string {
  return s.office === SYSTEM_OFFICE ? 'true' : `${column} = $${params.push(s.office)}`;
}
