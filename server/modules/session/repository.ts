/**
 * The SQL of sessions: only the token's SHA-256 is kept. A session is written in its person's
 * office; it is looked up by the token's hash in the scope the caller gives (auth.ts: the
 * system scope, since the token is what says who, and so which office, is calling).
 */
import { inOffice, type Scope } from '../scope.js';

export async function createSession(s: Scope, tokenHash: string, userId: string, at: Date, expires: Date) {
  await s.tx.query(
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at, office) VALUES ($1, $2, $3, $4, $5)',
    [tokenHash, userId, at, expires, s.office],
  );
}

export async function sessionUser(s: Scope, tokenHash: string, at: Date): Promise<string | null> {
  const params: unknown[] = [tokenHash, at];
  const rows = await s.tx.query<{ user_id: string }>(
    `SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > $2 AND ${inOffice(s, params)}`,
    params,
  );
  return rows[0]?.user_id ?? null;
}

export async function deleteSession(s: Scope, tokenHash: string) {
  const params: unknown[] = [tokenHash];
  await s.tx.query(`DELETE FROM sessions WHERE token_hash = $1 AND ${inOffice(s, params)}`, params);
}

export async function purgeSessions(s: Scope, at: Date) {
  const params: unknown[] = [at];
  await s.tx.query(`DELETE FROM sessions WHERE expires_at < $1 AND ${inOffice(s, params)}`, params);
}
