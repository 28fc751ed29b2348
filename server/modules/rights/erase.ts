/**
 * Erasure of a prospect or client (GDPR art. 17, issue 21): their personal data is removed or
 * anonymised in every table of the reference server, except what the legal hold keeps
 * (`legal_holds`, migrations/013, server/README "Erasure"), and every hash chain they appear in
 * still verifies: a trail event's data becomes its recorded salted digest (server/chain.ts), and
 * each trail touched gets an `erased` event naming the request. Runs in the caller's transaction.
 */
import { json } from '../../store/sql.js';
import { markErased, personRow } from '../../people.js';
import type { User } from '../../users.js';
import { appendEvent } from '../grants/trail.js';
import type { Scope } from '../scope.js';

/** What an erasure did: rows changed per table, and what the legal hold keeps and until when. */
export interface ErasureReport {
  tables: Record<string, number>;
  held: { what: string; until: string }[];
}

/** The hold's law, in 001's words, and its length (accounting documents: 10 years, CDE III.86 / C. com. L123-22). */
export const HOLD_LAW = 'la comptabilité enregistrée sur son compte (001): pièces comptables, 10 ans';
export const HOLD_YEARS = 10;

interface Who {
  id: string;
  /** The texts that identify the person (name, e-mail, phone, birth date, client reference). */
  marks: string[];
  email: string;
  clientRef?: string;
  displayName: string;
}

interface GrantOfPerson {
  id: string;
  mandate_id: string;
  mine: 'grantor' | 'mandatary';
  document_sha256: string;
  activated: boolean;
  erased: boolean;
}

const normal = (email: string) => email.trim().toLowerCase();

async function whoIs(s: Scope, personId: string): Promise<Who> {
  const row = await personRow(s, personId);
  const u = row?.data;
  const email = u?.email ?? '';
  const marks = [u?.displayName, u?.familyName, email, u?.phone, u?.birthDate, u?.clientRef, u?.legalName];
  return {
    id: personId,
    email,
    clientRef: u?.clientRef,
    displayName: u?.displayName ?? '',
    marks: marks.filter((m): m is string => typeof m === 'string' && m.length > 2),
  };
}

/** The person's grants, as grantor or as mandatary, with whether each already had its erasure. */
async function grantsOf(s: Scope, who: Who): Promise<GrantOfPerson[]> {
  await s.tx.query('SELECT pg_advisory_xact_lock(7213)');
  return s.tx.query<GrantOfPerson>(
    `SELECT g.id::text AS id, g.mandate_id::text AS mandate_id, g.document_sha256,
       CASE WHEN g.grantor_user = $2 THEN 'grantor' ELSE 'mandatary' END AS mine,
       g.activated_at IS NOT NULL AS activated,
       EXISTS (SELECT 1 FROM grant_events e WHERE e.grant_id = g.id AND e.type = 'erased') AS erased
     FROM grants g WHERE g.office = $1 AND (g.grantor_user = $2 OR g.mandatary_key = $3)
     ORDER BY g.seq FOR UPDATE`,
    [s.office, who.id, normal(who.email) || null],
  );
}

/** Runs a write and answers how many rows it changed. */
async function changed(s: Scope, sql: string, params: unknown[]): Promise<number> {
  const rows = await s.tx.query<{ n: number }>(
    `WITH x AS (${sql} RETURNING 1) SELECT count(*)::integer AS n FROM x`,
    params,
  );
  return rows[0]?.n ?? 0;
}

/** Rows changed per table. */
class Tally {
  readonly tables: Record<string, number> = {};
  add(table: string, n: number) {
    if (n) this.tables[table] = (this.tables[table] ?? 0) + n;
  }
}

/**
 * The evidence tables (grants' parties, mandates, PDFs, receipts, trail data, consent records,
 * decisions) through `erase_person_evidence` (migrations/013): the app role may not write them
 * itself; the function does, only for a person marked erased and grants whose trail holds `erased`.
 */
async function eraseEvidence(s: Scope, who: Who, t: Tally) {
  const subjects = [who.id, who.clientRef, who.email].filter((x): x is string => !!x);
  const [row] = await s.tx.query<{ n: Record<string, number> }>(
    'SELECT erase_person_evidence($1, $2, $3, $4::text[]) AS n',
    [s.office, who.id, normal(who.email) || null, subjects],
  );
  for (const [table, n] of Object.entries(row?.n ?? {})) t.add(table, n);
}

/** One `erased` event in each trail not erased yet, then what the app role removes itself about the grants. */
async function markGrants(s: Scope, grants: GrantOfPerson[], o: { requestId: string; by: string }, t: Tally) {
  for (const g of grants.filter((x) => !x.erased)) {
    await appendEvent(s, g.id, { type: 'erased', actor: o.by, data: { requestId: o.requestId } }, new Date());
    t.add('grant_events', 1);
  }
  const ids = grants.map((g) => g.id);
  const invitations = 'DELETE FROM invitations WHERE office = $1 AND grant_id = ANY($2::uuid[])';
  t.add('invitations', await changed(s, invitations, [s.office, ids]));
  const [legacy] = await s.tx.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM grant_events
     WHERE office = $1 AND grant_id = ANY($2::uuid[]) AND salt IS NULL AND data_sha256 IS NULL AND data IS NOT NULL`,
    [s.office, ids],
  );
  // Events chained before migrations/013 link their data itself: redacting them would break the chain.
  if (legacy?.n) t.add('grant_events (chained before 013: kept)', legacy.n);
}

/** The rest, one statement each: [table, SQL, its parameters] ($1 the office; $2 the id or the e-mail; $3 the texts naming them). */
const PERSON_WRITES: [string, string, 'id' | 'marks' | 'mail' | 'email'][] = [
  ['sessions', 'DELETE FROM sessions WHERE office = $1 AND user_id = $2', 'id'],
  [
    'idempotency_keys',
    `DELETE FROM idempotency_keys WHERE office = $1
     AND (principal = $2 OR EXISTS (SELECT 1 FROM unnest($3::text[]) m WHERE strpos(coalesce(body, ''), m) > 0))`,
    'marks',
  ],
  [
    'mail_outbox',
    `DELETE FROM mail_outbox WHERE office = $1
     AND (lower(to_address) = $2 OR EXISTS (SELECT 1 FROM unnest($3::text[]) m WHERE strpos(params::text, m) > 0))`,
    'mail',
  ],
  ['invitations', 'DELETE FROM invitations WHERE office = $1 AND mailbox_key = $2', 'email'],
];

/** Their rights requests keep their receipts (each request's own proof) and lose what the person sent. */
const RIGHTS_WRITE = `UPDATE rights_requests SET value = NULL, note = NULL, attachment = NULL, attachment_meta = NULL,
    answer = CASE WHEN id::text = $3 THEN answer ELSE answer - 'changes' - 'note' END
  WHERE office = $1 AND person_id = $2 AND (value IS NOT NULL OR note IS NOT NULL OR attachment IS NOT NULL
    OR attachment_meta IS NOT NULL OR (id::text <> $3 AND (answer ? 'changes' OR answer ? 'note')))`;

async function erasePersonRows(s: Scope, who: Who, requestId: string, t: Tally, grantIds: string[]) {
  const email = normal(who.email) || null;
  const marks = [...who.marks, ...grantIds];
  for (const [table, sql, what] of PERSON_WRITES) {
    const params = {
      id: [s.office, who.id],
      email: [s.office, email],
      marks: [s.office, who.id, marks],
      mail: [s.office, email, marks],
    }[what];
    t.add(table, await changed(s, sql, params));
  }
  const [rights] = await s.tx.query<{ t: string | null }>(`SELECT to_regclass('rights_requests')::text AS t`);
  if (rights?.t) t.add('rights_requests', await changed(s, RIGHTS_WRITE, [s.office, who.id, requestId]));
}

/** The hold (001: an account with accounting is not deleted): a client's identity and grants, 10 years. */
async function hold(s: Scope, who: Who, grants: GrantOfPerson[], requestId: string): Promise<ErasureReport['held']> {
  const kept = grants.filter((g) => g.mine === 'grantor' && g.activated);
  if (kept.length && who.displayName) {
    const now = new Date();
    const until = new Date(now);
    until.setUTCFullYear(until.getUTCFullYear() + HOLD_YEARS);
    const data = {
      displayName: who.displayName,
      email: who.email,
      ...(who.clientRef && { clientRef: who.clientRef }),
      grants: kept.map((g) => ({ id: g.id, documentSha256: g.document_sha256 })),
    };
    await s.tx.query(
      `INSERT INTO legal_holds (office, person_id, request_id, what, law, until, data, created_at)
       VALUES ($1, $2, $3, 'accounting', $4, $5, $6, $7) ON CONFLICT (office, person_id, what) DO NOTHING`,
      [s.office, who.id, requestId, HOLD_LAW, until.toISOString().slice(0, 10), json(data), now],
    );
  }
  const rows = await s.tx.query<{ what: string; until: string }>(
    `SELECT what, to_char(until, 'YYYY-MM-DD') AS until FROM legal_holds WHERE office = $1 AND person_id = $2`,
    [s.office, who.id],
  );
  return rows.map((r) => ({ what: r.what, until: r.until }));
}

/** Erases `personId` in the scope's office; erasing twice changes nothing the second time. */
export async function erasePerson(
  s: Scope,
  personId: string,
  o: { requestId: string; by: string; users?: Map<string, User> },
): Promise<ErasureReport> {
  const t = new Tally();
  const who = await whoIs(s, personId);
  const grants = await grantsOf(s, who);
  const held = await hold(s, who, grants, o.requestId);
  await markGrants(s, grants, o, t);
  const [before] = await s.tx.query<{ n: number }>(
    'SELECT count(*)::integer AS n FROM people WHERE office = $1 AND id = $2 AND erased_at IS NULL',
    [s.office, personId],
  );
  await markErased(s, personId, o.by, o.users); // this process's directory forgets them too
  t.add('people', before?.n ?? 0);
  await eraseEvidence(s, who, t);
  await erasePersonRows(
    s,
    who,
    o.requestId,
    t,
    grants.map((g) => g.id),
  );
  return { tables: t.tables, held };
}
