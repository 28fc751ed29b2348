/**
 * People as the server holds them (issue 21, migrations/011_people.sql): the directory given to
 * createApp is the seed; the `people` row is then what is true (a rectification corrects it, an
 * erasure blanks it, a staff account is disabled on it). Used by auth.ts (a disabled or erased
 * person's session resolves to nobody), the staff module, the rights module and the erasure.
 */
import type { CorrectableField, RightsChange } from '../src/model/rights.js';
import { json } from './store/sql.js';
import type { Store } from './store/store.js';
import { DEFAULT_OFFICE, inOffice, type Scope } from './modules/scope.js';
import { badRequest } from './errors.js';
import type { User } from './users.js';

/** A `people` row as its readers need it. */
export interface PersonRow {
  id: string;
  office: string;
  data: User;
  disabledAt?: string;
  disabledBy?: string;
  lastSeenAt?: string;
  erasedAt?: string;
}

interface RawRow {
  id: string;
  office: string;
  data: User | string;
  disabled_at: Date | string | null;
  disabled_by: string | null;
  last_seen_at: Date | string | null;
  erased_at: Date | string | null;
}

const iso = (v: Date | string | null) => (v === null ? undefined : new Date(v).toISOString());

export function toPersonRow(r: RawRow): PersonRow {
  const data = (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as User;
  return {
    id: r.id,
    office: r.office,
    data,
    ...(r.disabled_at && { disabledAt: iso(r.disabled_at) }),
    ...(r.disabled_by && { disabledBy: r.disabled_by }),
    ...(r.last_seen_at && { lastSeenAt: iso(r.last_seen_at) }),
    ...(r.erased_at && { erasedAt: iso(r.erased_at) }),
  };
}

export const PERSON_COLUMNS = 'id, office, data, disabled_at, disabled_by, last_seen_at, erased_at';

/**
 * At start: every person of the directory gets a row in their office (`main` by default), unless
 * one is there already (its corrections are kept). Then this process's directory (`users`) takes
 * the rows' data, so a correction made before a restart, or by another process, shows.
 */
export async function seedPeople(store: Store, users: Map<string, User>): Promise<void> {
  const s = store.systemScope();
  const ids = [...users.keys()];
  if (!ids.length) return;
  // One statement for the whole directory (a site's may hold thousands).
  const seed = [...users.values()].map((u) => ({ office: u.office ?? DEFAULT_OFFICE, id: u.id, data: u }));
  await s.tx.query(
    `INSERT INTO people (office, id, data)
      SELECT x->>'office', x->>'id', x->'data' FROM jsonb_array_elements($1::jsonb) AS x
      ON CONFLICT (office, id) DO NOTHING`,
    [json(seed)],
  );
  const rows = await s.tx.query<RawRow>(`SELECT ${PERSON_COLUMNS} FROM people WHERE id = ANY($1)`, [ids]);
  for (const r of rows.map(toPersonRow)) {
    const u = users.get(r.id);
    if (!u || (u.office ?? DEFAULT_OFFICE) !== r.office) continue;
    if (r.erasedAt) users.delete(r.id);
    else users.set(r.id, r.data);
  }
}

/** The row of one person of the scope's office, or null. */
export async function personRow(s: Scope, id: string): Promise<PersonRow | null> {
  const params: unknown[] = [id];
  const rows = await s.tx.query<RawRow>(
    `SELECT ${PERSON_COLUMNS} FROM people WHERE id = $1 AND ${inOffice(s, params)}`,
    params,
  );
  return rows[0] ? toPersonRow(rows[0]) : null;
}

/** The person as held now (the directory's data with its corrections), or null (unknown or erased). */
export async function personOf(s: Scope, id: string): Promise<User | null> {
  const row = await personRow(s, id);
  return row && !row.erasedAt ? row.data : null;
}

const SHAPES: Partial<Record<CorrectableField, RegExp>> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  birthDate: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  phone: /^\+?[0-9 ().-]{6,20}$/,
};

/** The problems of a list of changes (400 with one field error per bad change). */
function checkChanges(changes: { field: CorrectableField; after: string }[]) {
  const errors = changes.flatMap((ch, i) => {
    const after = ch.after.trim();
    const shape = SHAPES[ch.field];
    const bad = after === '' || after.length > 200 || (shape && !shape.test(after));
    return bad ? [{ pointer: `/changes/${i}/after`, detail: `is not a valid ${ch.field}`, code: 'value-invalid' }] : [];
  });
  if (errors.length) throw badRequest('A correction’s new value is not valid.', errors);
}

/**
 * Applies corrections (a rectification answered `done`): the row's data changes, each change
 * comes back with the value before it; `users` (this process's directory, `d.users`) follows.
 * Unknown or erased person: 404-like `null` is the caller's to report, here an error.
 */
export async function correctPerson(
  s: Scope,
  id: string,
  changes: { field: CorrectableField; after: string }[],
  by: string,
  users?: Map<string, User>,
): Promise<RightsChange[]> {
  checkChanges(changes);
  const params: unknown[] = [id];
  const rows = await s.tx.query<RawRow>(
    `SELECT ${PERSON_COLUMNS} FROM people WHERE id = $1 AND ${inOffice(s, params)} FOR UPDATE`,
    params,
  );
  const row = rows[0] ? toPersonRow(rows[0]) : null;
  if (!row || row.erasedAt) throw badRequest('This person is not held (unknown or erased).');
  const data: Record<string, unknown> = { ...row.data };
  const done: RightsChange[] = changes.map(({ field, after }) => {
    const before = typeof data[field] === 'string' ? (data[field] as string) : undefined;
    data[field] = after.trim();
    return { field, ...(before !== undefined && { before }), after: after.trim() };
  });
  if (changes.some((ch) => ch.field === 'givenName' || ch.field === 'familyName') && data.givenName && data.familyName)
    data.displayName = data.displayName ?? `${String(data.givenName)} ${String(data.familyName)}`;
  void by; // who corrected is kept with the answer (rights_requests), not on the row
  await s.tx.query('UPDATE people SET data = $3 WHERE office = $1 AND id = $2', [row.office, id, json(data)]);
  users?.set(id, data as unknown as User);
  return done;
}

/**
 * Erasure (R3's erasePerson): the row keeps only the id, role and office, blanked, with the
 * moment; every later session of theirs resolves to nobody. `users` (d.users) forgets them.
 */
export async function markErased(s: Scope, id: string, by: string, users?: Map<string, User>): Promise<void> {
  const row = await personRow(s, id);
  if (!row) return;
  const { role, office, staffRole } = row.data;
  const blank = { id, role, ...(office && { office }), ...(staffRole && { staffRole }), displayName: '', email: '' };
  void by; // the erasure's own event names who erased (R3)
  await s.tx.query('UPDATE people SET data = $3, erased_at = COALESCE(erased_at, $4) WHERE office = $1 AND id = $2', [
    row.office,
    id,
    json(blank),
    new Date(),
  ]);
  users?.delete(id);
}

/** The last write of `touch` per office and person, in this process: at most one UPDATE a minute. */
const touched = new Map<string, number>();
const TOUCH_MS = 60_000;

/** Records a person's last activity (the staff panel's "last seen"): at most one write a minute per person. */
export async function touch(s: Scope, id: string, at: Date): Promise<void> {
  const key = `${s.office}\u0000${id}`;
  const last = touched.get(key);
  if (last !== undefined && at.getTime() - last < TOUCH_MS && at.getTime() >= last) return;
  if (touched.size > 10_000) touched.clear();
  touched.set(key, at.getTime());
  const params: unknown[] = [id, at, new Date(at.getTime() - TOUCH_MS)];
  await s.tx.query(
    `UPDATE people SET last_seen_at = $2 WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < $3) AND ${inOffice(s, params)}`,
    params,
  );
}
