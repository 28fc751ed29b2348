/** The SQL of grant receipts (migrations/005_receipts.sql). Consent receipts live in consent_records. */
import type { Sql } from './db.js';

export async function insertGrantReceipt(tx: Sql, grantId: string, receipt: string, at: Date): Promise<void> {
  await tx.query('INSERT INTO grant_receipts (grant_id, receipt, created_at) VALUES ($1, $2, $3)', [
    grantId,
    receipt,
    at,
  ]);
}

export async function grantReceipt(db: Sql, grantId: string): Promise<string | null> {
  const [row] = await db.query<{ receipt: string }>('SELECT receipt FROM grant_receipts WHERE grant_id = $1', [
    grantId,
  ]);
  return row?.receipt ?? null;
}
