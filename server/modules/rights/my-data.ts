/**
 * The summary sheet ("fiche de synthèse", 001; GDPR art. 15): what the backend holds on one
 * person of the office, as `GET /me/data` answers it to them and `GET /desk/rights/{id}` shows it
 * beside their request. Read in one transaction, so every part is of the same moment.
 */
import type { ConsentRecord, Decision } from '../../../src/model/index.js';
import type { GrantSummary, MyData } from '../../../src/model/rights.js';
import type { Deps } from '../../deps.js';
import { personOf, personRow } from '../../people.js';
import { mailboxKey, type User } from '../../users.js';
import { consents } from '../consents/repository.js';
import type { Scope } from '../scope.js';
import { personRights } from './repository.js';
import { toRequest } from './service.js';

const iso = (d: Date | string) => new Date(d).toISOString();

interface GrantRowLite {
  id: string;
  kind: 'mandate' | 'access-request';
  status: GrantSummary['status'];
  service: string;
  grantor_display: string;
  mandatary: { givenName?: string; familyName?: string; legalName?: string; email?: string } | null;
  created_at: Date | string;
  valid_until: string | null;
  document_sha256: string;
  sealed_sha256: string | null;
}

function toSummary(g: GrantRowLite, basePath: string): GrantSummary {
  const m = g.mandatary;
  const name = m && (m.legalName ?? [m.givenName, m.familyName].filter(Boolean).join(' '));
  return {
    id: g.id,
    kind: g.kind,
    status: g.status,
    service: g.service,
    grantor: { displayName: g.grantor_display },
    ...(m && name && { mandatary: { displayName: name, ...(m.email && { email: m.email }) } }),
    createdAt: iso(g.created_at),
    ...(g.valid_until && { validUntil: g.valid_until }),
    document: {
      href: `${basePath}/grants/${g.id}/document`,
      sha256: g.document_sha256,
      ...(g.sealed_sha256 && { sealedSha256: g.sealed_sha256 }),
    },
  };
}

/** The grants the person gave (`given`) or holds (`held`, by their mailbox), oldest first. */
async function grantsOf(s: Scope, user: User, basePath: string) {
  const rows = await s.tx.query<GrantRowLite & { given: boolean }>(
    `SELECT g.id::text AS id, g.kind, g.status, g.service, g.grantor_display, g.mandatary, g.created_at,
       g.valid_until::text AS valid_until, g.document_sha256, sd.sha256 AS sealed_sha256, g.grantor_user = $2 AS given
     FROM grants g LEFT JOIN sealed_documents sd ON sd.office = g.office AND sd.mandate_id = g.mandate_id
     WHERE g.office = $1 AND (g.grantor_user = $2 OR g.mandatary_key = $3) ORDER BY g.seq`,
    [s.office, user.id, mailboxKey(user.email)],
  );
  return {
    given: rows.filter((r) => r.given).map((r) => toSummary(r, basePath)),
    held: rows.filter((r) => !r.given).map((r) => toSummary(r, basePath)),
  };
}

async function decisionsOf(s: Scope, personId: string): Promise<Decision[]> {
  const rows = await s.tx.query<{
    tree_id: string;
    tree_version: string;
    outcome: string;
    answers: unknown;
    definition: Decision['definition'] | null;
    at: Date;
  }>(
    `SELECT tree_id, tree_version, outcome, answers, definition, created_at AS at FROM decisions
     WHERE office = $1 AND principal = $2 ORDER BY created_at, id`,
    [s.office, personId],
  );
  return rows.map((r) => {
    const d: Decision & { at: string } = {
      treeId: r.tree_id,
      treeVersion: r.tree_version,
      outcome: r.outcome,
      answers: r.answers as Decision['answers'],
      // The published questionnaire it came from: the sheet reads its words there (GET /definitions/{id}).
      ...(r.definition && { definition: r.definition }),
      at: iso(r.at),
    };
    return d;
  });
}

async function sessionsOf(s: Scope, personId: string, now: Date) {
  const [row] = await s.tx.query<{ n: number }>(
    'SELECT count(*)::integer AS n FROM sessions WHERE office = $1 AND user_id = $2 AND expires_at > $3',
    [s.office, personId, now],
  );
  const held = await personRow(s, personId);
  return { open: row?.n ?? 0, ...(held?.lastSeenAt && { lastSeenAt: held.lastSeenAt }) };
}

async function officeOfId(s: Scope): Promise<MyData['office']> {
  const [row] = await s.tx.query<{ name: string }>('SELECT name FROM offices WHERE id = $1', [s.office]);
  return { id: s.office, name: row?.name ?? s.office };
}

function personPart(u: User): MyData['person'] {
  const keys = [
    'kind',
    'givenName',
    'familyName',
    'legalName',
    'enterpriseNumber',
    'seat',
    'phone',
    'birthDate',
    'clientRef',
  ] as const;
  const part: MyData['person'] = { id: u.id, role: u.role, displayName: u.displayName, email: u.email };
  for (const k of keys) if (u[k] !== undefined) Object.assign(part, { [k]: u[k] });
  return part;
}

/**
 * The sheet of `personId` in the scope's office (the scope should be a transaction's); null when
 * nobody is held under that id (unknown, erased). `fallback` is the signed-in person when no row
 * holds them yet (a person given by a site's own sign-in, not in the directory).
 */
export async function myData(d: Deps, s: Scope, personId: string, fallback?: User): Promise<MyData | null> {
  const user = (await personOf(s, personId)) ?? fallback ?? null;
  if (!user) return null;
  const now = d.now();
  const subject = user.clientRef;
  const records = subject
    ? (await consents(s, subject)).map((r) => ({ ...(r.body as ConsentRecord), receivedAt: iso(r.receivedAt) }))
    : [];
  const grants = await grantsOf(s, user, d.basePath);
  return {
    generatedAt: now.toISOString(),
    person: personPart(user),
    office: await officeOfId(s),
    consents: { ...(subject && { subject }), records },
    oppositions: { linkable: false },
    grantsGiven: grants.given,
    grantsHeld: grants.held,
    decisions: await decisionsOf(s, user.id),
    requests: (await personRights(s, user.id)).map((r) => toRequest(r, d.basePath)),
    sessions: await sessionsOf(s, user.id, now),
  };
}
