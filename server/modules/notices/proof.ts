/**
 * What `GET /desk/consents` adds to a subject's records (issue 16: "every record and decision,
 * the notice texts by hash"): the notices the records name, as the office kept them, and the
 * decision trees' outcomes of the subject's signed-in person (`decisions.principal` is a user id;
 * a prospect's decisions, made signed out, name nobody and cannot be linked).
 */
import type { DeskNotice, DeskTreeDecision } from '../../../src/model/index.js';
import type { User } from '../../users.js';
import type { Scope } from '../scope.js';
import { DEFAULT_OFFICE } from '../scope.js';
import { noticesByHash } from './repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export async function subjectNotices(s: Scope, records: { noticeSha256?: string }[]): Promise<DeskNotice[]> {
  const hashes = [...new Set(records.map((r) => r.noticeSha256).filter((h): h is string => !!h))];
  const rows = await noticesByHash(s, hashes);
  return rows.map((r) => ({ sha256: r.sha256, text: r.text, firstSeen: iso(r.first_seen) }));
}

interface DecisionRow {
  id: string;
  tree_id: string;
  tree_version: string;
  outcome: string;
  answers: DeskTreeDecision['answers'];
  created_at: Date | string;
}

export async function subjectDecisions(
  s: Scope,
  users: Map<string, User>,
  subject: string,
): Promise<DeskTreeDecision[]> {
  const ids = [...users.values()]
    .filter((u) => u.clientRef === subject && (u.office ?? DEFAULT_OFFICE) === s.office)
    .map((u) => u.id);
  if (!ids.length) return [];
  const rows = await s.tx.query<DecisionRow>(
    `SELECT id::text AS id, tree_id, tree_version, outcome, answers, created_at FROM decisions
     WHERE office = $1 AND principal = ANY($2::text[]) ORDER BY created_at, id`,
    [s.office, ids],
  );
  return rows.map((r) => ({
    id: r.id,
    treeId: r.tree_id,
    treeVersion: r.tree_version,
    outcome: r.outcome,
    answers: r.answers,
    at: iso(r.created_at),
  }));
}
