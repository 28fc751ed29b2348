/** The SQL of kept notice texts (migrations/010_notices.sql): written once, never changed. */
import type { Scope } from '../scope.js';

export interface NoticeRow {
  sha256: string;
  text: string;
  first_seen: Date | string;
}

/** Keeps a notice; false when the office already had it (the first one stays, with its date). */
export async function insertNotice(s: Scope, sha256: string, text: string, at: Date): Promise<boolean> {
  const rows = await s.tx.query(
    `INSERT INTO notices (office, sha256, text, first_seen) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [s.office, sha256, text, at],
  );
  return rows.length > 0;
}

/** The office's notices among `hashes` (those it does not know are simply absent). */
export async function noticesByHash(s: Scope, hashes: string[]): Promise<NoticeRow[]> {
  if (!hashes.length) return [];
  return s.tx.query<NoticeRow>(
    'SELECT sha256, text, first_seen FROM notices WHERE office = $1 AND sha256 = ANY($2::text[]) ORDER BY first_seen',
    [s.office, hashes],
  );
}
