/**
 * The store's public face (`procura/server` exports `Store`). The SQL is in the repositories:
 * `server/modules/<domain>/repository.ts`, idempotency in `store/idempotency.ts`.
 */
export { Store, type StoreOptions } from './store.js';
export type { Db, Sql } from './db.js';
export { STALE_CLAIM_MS, type IdempotencyClaim, type OnceResult } from './idempotency.js';
export type { GrantRow } from '../modules/grants/repository.js';
export type { EventRow } from '../modules/grants/trail.js';
export type { NewMandate } from '../modules/mandates/repository.js';
export type { ConsentProof } from '../modules/consents/repository.js';
