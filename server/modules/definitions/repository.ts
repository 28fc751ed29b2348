/**
 * The SQL of published definitions (migrations/014_definitions.sql): each version written once,
 * never changed (the app role may only INSERT and SELECT). The table is the publish log.
 */
import type { DefinitionKind, DefinitionRef } from '../../../src/model/definition.js';
import { DomainError } from '../domain-error.js';
import type { Scope } from '../scope.js';
import { json, uniqueOr } from '../../store/sql.js';

export interface DefinitionRow {
  id: string;
  version: number;
  kind: DefinitionKind;
  sha256: string;
  definition: unknown;
  published_at: Date | string;
  published_by: string;
  note: string | null;
}

const COLUMNS = 'id, version, kind, sha256, definition, published_at, published_by, note';

export interface NewVersion {
  id: string;
  version: number;
  kind: DefinitionKind;
  sha256: string;
  definition: unknown;
  at: Date;
  by: string;
  note?: string;
}

/** Writes one version; two publishers racing for the same number: the second gets a 409. */
export async function insertVersion(s: Scope, v: NewVersion): Promise<void> {
  await uniqueOr(
    () =>
      s.tx.query(
        `INSERT INTO definitions (office, id, version, kind, sha256, definition, published_at, published_by, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [s.office, v.id, v.version, v.kind, v.sha256, json(v.definition), v.at, v.by, v.note ?? null],
      ),
    () =>
      new DomainError(
        'state',
        '/id',
        'Another version of this definition was published at the same moment: publish again.',
      ),
  );
}

/** The newest version of `id` in the office, or a given one. */
export async function definitionOf(s: Scope, id: string, version?: number): Promise<DefinitionRow | undefined> {
  const rows =
    version === undefined
      ? await s.tx.query<DefinitionRow>(
          `SELECT ${COLUMNS} FROM definitions WHERE office = $1 AND id = $2 ORDER BY version DESC LIMIT 1`,
          [s.office, id],
        )
      : await s.tx.query<DefinitionRow>(
          `SELECT ${COLUMNS} FROM definitions WHERE office = $1 AND id = $2 AND version = $3`,
          [s.office, id, version],
        );
  return rows[0];
}

/** Every version of `id`, newest first, without the definitions themselves. */
export function versionsOf(s: Scope, id: string): Promise<DefinitionRow[]> {
  return s.tx.query<DefinitionRow>(
    `SELECT id, version, kind, sha256, NULL AS definition, published_at, published_by, note
     FROM definitions WHERE office = $1 AND id = $2 ORDER BY version DESC`,
    [s.office, id],
  );
}

/** The newest version of each definition of the office, by id. */
export function newestOfEach(s: Scope): Promise<DefinitionRow[]> {
  return s.tx.query<DefinitionRow>(
    `SELECT DISTINCT ON (id) id, version, kind, sha256, NULL AS definition, published_at, published_by, note
     FROM definitions WHERE office = $1 ORDER BY id, version DESC`,
    [s.office],
  );
}

/** Whether `ref` names a version the office published, with that very hash. */
export async function isPublished(s: Scope, ref: DefinitionRef, kind?: DefinitionKind): Promise<boolean> {
  const rows = await s.tx.query(
    'SELECT 1 FROM definitions WHERE office = $1 AND id = $2 AND version = $3 AND sha256 = $4 AND kind = coalesce($5, kind)',
    [s.office, ref.id, ref.version, ref.sha256, kind ?? null],
  );
  return rows.length > 0;
}
