/** The SQL of cookie oppositions: the model's fields only, no identifier column. */
import type { Scope } from '../scope.js';

export async function insertOpposition(
  s: Scope,
  o: { opposed: boolean; source: string; at: string; locale?: string; site?: string },
) {
  await s.tx.query(
    'INSERT INTO oppositions (opposed, source, at, locale, site, office) VALUES ($1, $2, $3, $4, $5, $6)',
    [o.opposed, o.source, o.at, o.locale ?? null, o.site ?? null, s.office],
  );
}
