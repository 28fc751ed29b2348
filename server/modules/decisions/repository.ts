/** The SQL of decision-tree outcomes. */
import type { Scope } from '../scope.js';
import { json } from '../../store/sql.js';

export interface NewDecision {
  id: string;
  decision: { treeId: string; treeVersion: string; outcome: string; answers: unknown; definition?: unknown };
  principal: string | null;
  at: Date;
}

export async function insertDecision(s: Scope, d: NewDecision) {
  const v = d.decision;
  await s.tx.query(
    'INSERT INTO decisions (id, tree_id, tree_version, outcome, answers, principal, created_at, office, definition) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [d.id, v.treeId, v.treeVersion, v.outcome, json(v.answers), d.principal, d.at, s.office, json(v.definition)],
  );
}
