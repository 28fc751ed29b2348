/**
 * Erasure of a prospect or client (GDPR art. 17, issue 21): their personal data is removed or
 * anonymised in every table of the reference server, except what the legal hold keeps
 * (`legal_holds`, migrations/013, server/README "Erasure"), and every hash chain they appear in
 * still verifies: a trail event's data becomes its recorded salted digest (server/chain.ts), and
 * each trail touched gets an `erased` event naming the request. Runs in the caller's transaction.
 */
import { canonicalJson, sha256 } from '../../chain.js';
import { json } from '../../store/sql.js';
import { markErased, personRow } from '../../people.js';
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

/** One write per line: [table, SQL with $1 = office, $2 = the grant ids or their mandate ids, which]. */
const GRANT_WRITES: [string, string, 'grants' | 'mandates'][] = [
  ['documents', 'DELETE FROM documents WHERE office = $1 AND mandate_id = ANY($2::uuid[])', 'mandates'],
  ['sealed_documents', 'DELETE FROM sealed_documents WHERE office = $1 AND mandate_id = ANY($2::uuid[])', 'mandates'],
  ['grant_receipts', 'DELETE FROM grant_receipts WHERE office = $1 AND grant_id = ANY($2::uuid[])', 'grants'],
  ['invitations', 'DELETE FROM invitations WHERE office = $1 AND grant_id = ANY($2::uuid[])', 'grants'],
  [
    'grant_events',
    `UPDATE grant_events SET data = jsonb_build_object('redacted', true, 'sha256', data_sha256), salt = NULL
     WHERE office = $1 AND grant_id = ANY($2::uuid[]) AND salt IS NOT NULL AND type <> 'erased'`,
    'grants',
  ],
];

/** The person's side of each grant row: their name and mailbox (the other party's stays). */
async function blankSides(s: Scope, grants: GrantOfPerson[], t: Tally) {
  const side = (mine: GrantOfPerson['mine']) => grants.filter((g) => g.mine === mine).map((g) => g.id);
  const grantor = `UPDATE grants SET grantor_key = 'erased:' || id::text, grantor_display = ''
    WHERE office = $1 AND id = ANY($2::uuid[]) AND grantor_display <> ''`;
  const mandatary = `UPDATE grants SET mandatary_key = 'erased:' || id::text, mandatary = '{}'
    WHERE office = $1 AND id = ANY($2::uuid[]) AND mandatary <> '{}'`;
  t.add('grants', await changed(s, grantor, [s.office, side('grantor')]));
  t.add('grants', await changed(s, mandatary, [s.office, side('mandatary')]));
}

/** Each signed form's body becomes the SHA-256 of its canonical JSON (what the trail's `created` named). */
async function redactMandates(s: Scope, mandateIds: string[], t: Tally) {
  const rows = await s.tx.query<{ id: string; body: unknown }>(
    `SELECT id::text AS id, body FROM mandates WHERE office = $1 AND id = ANY($2::uuid[]) AND NOT (body ? 'redacted')`,
    [s.office, mandateIds],
  );
  for (const m of rows) {
    const body = { redacted: true, sha256: sha256(canonicalJson(m.body)) };
    const sql = 'UPDATE mandates SET body = $3 WHERE office = $1 AND id = $2::uuid';
    t.add('mandates', await changed(s, sql, [s.office, m.id, json(body)]));
  }
}

/** The grants' rows, bodies, documents, receipts and trails; then one `erased` event in each trail. */
async function eraseGrants(s: Scope, grants: GrantOfPerson[], o: { requestId: string; by: string }, t: Tally) {
  const ids = grants.map((g) => g.id);
  const mandates = grants.map((g) => g.mandate_id);
  await blankSides(s, grants, t);
  await redactMandates(s, mandates, t);
  for (const [table, sql, which] of GRANT_WRITES)
    t.add(table, await changed(s, sql, [s.office, which === 'grants' ? ids : mandates]));
  const [legacy] = await s.tx.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM grant_events
     WHERE office = $1 AND grant_id = ANY($2::uuid[]) AND salt IS NULL AND data_sha256 IS NULL AND data IS NOT NULL`,
    [s.office, ids],
  );
  // Events chained before migrations/013 link their data itself: redacting them would break the chain.
  if (legacy?.n) t.add('grant_events (chained before 013: kept)', legacy.n);
  for (const g of grants.filter((x) => !x.erased)) {
    await appendEvent(s, g.id, { type: 'erased', actor: o.by, data: { requestId: o.requestId } }, new Date());
    t.add('grant_events', 1);
  }
}

/** Consent records: the body becomes its SHA-256 (what receipts and the global checkpoint cover), no subject. */
async function redactConsents(s: Scope, who: Who, t: Tally) {
  const subjects = [who.id, who.clientRef, who.email].filter((x): x is string => !!x);
  const rows = await s.tx.query<{ record_id: string; body: unknown; record_sha256: string | null }>(
    `SELECT record_id::text AS record_id, body, record_sha256 FROM consent_records
     WHERE office = $1 AND (principal = $2 OR subject = ANY($3::text[])) AND NOT (body ? 'redacted')`,
    [s.office, who.id, subjects],
  );
  for (const r of rows) {
    const digest = r.record_sha256 ?? sha256(canonicalJson(r.body));
    const sql = `UPDATE consent_records SET body = $3, record_sha256 = $4, subject = NULL, principal = '', receipt = NULL
      WHERE office = $1 AND record_id = $2::uuid`;
    t.add(
      'consent_records',
      await changed(s, sql, [s.office, r.record_id, json({ redacted: true, sha256: digest }), digest]),
    );
  }
}

/** The rest, one statement each: [table, SQL, its parameters] ($1 the office; $2 the id or the e-mail; $3 the texts naming them). */
const PERSON_WRITES: [string, string, 'id' | 'marks' | 'mail' | 'email'][] = [
  ['sessions', 'DELETE FROM sessions WHERE office = $1 AND user_id = $2', 'id'],
  ['decisions', 'DELETE FROM decisions WHERE office = $1 AND principal = $2', 'id'],
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
  o: { requestId: string; by: string },
): Promise<ErasureReport> {
  const t = new Tally();
  const who = await whoIs(s, personId);
  const grants = await grantsOf(s, who);
  const held = await hold(s, who, grants, o.requestId);
  await eraseGrants(s, grants, o, t);
  await redactConsents(s, who, t);
  await erasePersonRows(
    s,
    who,
    o.requestId,
    t,
    grants.map((g) => g.id),
  );
  const [before] = await s.tx.query<{ n: number }>(
    'SELECT count(*)::integer AS n FROM people WHERE office = $1 AND id = $2 AND erased_at IS NULL',
    [s.office, personId],
  );
  await markErased(s, personId, o.by);
  t.add('people', before?.n ?? 0);
  return { tables: t.tables, held };
}
