/** The SQL of sessions: only the token's SHA-256 is kept. */
import type { Scope } from '../scope.js';

export async function createSession(s: Scope, tokenHash: string, userId: string, at: Date, expires: Date) {
  await s.tx.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    tokenHash,
    userId,
    at,
    expires,
  ]);
}

export async function sessionUser(s: Scope, tokenHash: string, at: Date): Promise<string | null> {
  const rows = await s.tx.query<{ user_id: string }>(
    'SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > $2',
    [tokenHash, at],
  );
  return rows[0]?.user_id ?? null;
}

export async function deleteSession(s: Scope, tokenHash: string) {
  await s.tx.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function purgeSessions(s: Scope, at: Date) {
  await s.tx.query('DELETE FROM sessions WHERE expires_at < $1', [at]);
}
