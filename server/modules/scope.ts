/**
 * What every repository function works in: the SQL to run on (the pool, or the transaction it
 * is called inside: db.ts makes a transaction ambient) and the signer that signs each event's
 * checkpoint. Once offices exist, `office` joins here, and each repository filters by it:
 * the one place to add it.
 */
import type { Sql } from '../store/db.js';
import type { Signer } from '../proof/checkpoints.js';

export interface Scope {
  readonly tx: Sql;
  readonly signer?: Signer;
  // readonly office: string;  (multi-office: every query then filters on it)
}
