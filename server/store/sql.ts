/** Small helpers every repository shares: JSON columns and the one unique-violation check. */
import type { DomainError } from '../modules/domain-error.js';

/** A value for a json/jsonb column (`undefined` is SQL NULL). */
export const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === '23505';

/**
 * Runs `write`; a unique violation (SQLSTATE 23505) becomes the domain error `onDuplicate`
 * makes (a 409 at the edge). Every "already exists" in the store goes through here.
 */
export async function uniqueOr<T>(write: () => Promise<T>, onDuplicate: () => DomainError): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw onDuplicate();
    throw err;
  }
}
