/** The rules around published definitions that other modules use (consents, decisions). */
import type { DefinitionKind, DefinitionRef } from '../../../src/model/definition.js';
import { Problem } from '../../errors.js';
import type { Scope } from '../scope.js';
import { isPublished } from './repository.js';

/**
 * A record (a consent, a decision) that names a published definition: it must be one of the
 * office's versions with that very hash (422 `unknown-definition` otherwise), so a record never
 * claims a text the office did not publish. With `kind`, a version of that kind only (a mandate
 * names a `mandate-form`).
 */
export async function requirePublished(s: Scope, ref: DefinitionRef | undefined, kind?: DefinitionKind): Promise<void> {
  if (ref === undefined || (await isPublished(s, ref, kind))) return;
  throw new Problem(
    'validation',
    'The definition this record names is not one the office published (id, version and SHA-256).',
    [{ pointer: '/definition', detail: 'is not a published version of this office', code: 'unknown-definition' }],
  );
}
