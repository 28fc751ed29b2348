/**
 * Published definitions (issue 17, the studio): what `POST /definitions`, `GET /definitions/{id}`
 * and `GET /definitions/{id}/versions` carry, and the reference a record keeps of the definition
 * it was made from. Shared by the reference server, the elements (`src`) and `<procura-studio>`.
 */
import { integer, object, string } from './schema.js';

export type DefinitionKind = 'tree' | 'consent' | 'cookie-opposition' | 'mandate-form';
export const DEFINITION_KINDS: readonly DefinitionKind[] = ['tree', 'consent', 'cookie-opposition', 'mandate-form'];

/** Which published text a record was made from: a consent or a decision proves what the person saw. */
export interface DefinitionRef {
  id: string;
  version: number;
  /** SHA-256 (hex) of the canonical JSON (`canonicalJson`) of the definition. */
  sha256: string;
}

/** The schema of a `DefinitionRef` (records' optional `definition`: `ConsentRecord`, `Decision`). */
export const definitionRef = object({
  id: string({ min: 1, max: 64, pattern: /^[a-z0-9][a-z0-9-]{0,63}$/ }),
  version: integer({ min: 1 }),
  sha256: string({ format: 'sha256' }),
});

/** `POST /definitions` body. `id`: a slug (`^[a-z0-9][a-z0-9-]{0,63}$`), the same across versions. */
export interface DefinitionInput {
  kind: DefinitionKind;
  id: string;
  definition: unknown;
  /** What changed, in the publisher's words (≤ 500). */
  note?: string;
}

export interface DefinitionVersion extends DefinitionRef {
  kind: DefinitionKind;
  publishedAt: string;
  /** The staff member's display name. */
  publishedBy: string;
  note?: string;
}

/** `GET /definitions/{id}` (the newest) or `?version=N`. */
export interface PublishedDefinition extends DefinitionVersion {
  definition: unknown;
}
