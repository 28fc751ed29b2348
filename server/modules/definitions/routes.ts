/**
 * Published definitions (issue 17, the studio; migrations/014_definitions.sql).
 * `POST /definitions`: an administrator of the office publishes a definition, checked first with
 * the kit's own checker for its kind (422 with the checker's problems); its SHA-256 is that of
 * its canonical JSON, its version the previous one + 1; the same hash as the newest answers 200
 * with the newest (no new version). `GET /definitions` (staff): the newest of each;
 * `GET /definitions/{id}` (anyone: an element's `src`; the office from the host name), with
 * `?version=N`, and `GET /definitions/{id}/versions` (staff: the publish log, newest first).
 */
import type { Context } from 'hono';
import { canonicalJson, sha256 } from '../../chain.js';
import {
  DEFINITION_KINDS,
  type DefinitionKind,
  type DefinitionVersion,
  type PublishedDefinition,
} from '../../../src/model/definition.js';
import { literal, object, optional, parse, string, type Issue } from '../../../src/model/schema.js';
import type { AppEnv } from '../../auth.js';
import { fieldErrors, forbidden, invalid, notFound, Problem } from '../../errors.js';
import { fingerprintOf, idempotencyKey, idempotent } from '../../http/idempotency.js';
import { readJson } from '../../http/respond.js';
import type { User } from '../../users.js';
import { requireStaff } from '../desk/service.js';
import { noneMatch } from '../grants/page-cache.js';
import { signedInRouter, type ModuleDeps } from '../module.js';
import { officeOf } from '../office.js';
import { checkDefinition } from './check.js';
import {
  definitionOf,
  insertVersion,
  newestOfEach,
  versionsOf,
  type DefinitionRow,
  type NewVersion,
} from './repository.js';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const input = object({
  kind: literal(...DEFINITION_KINDS),
  id: string({ pattern: ID }),
  definition: { check: (v: unknown) => v },
  note: optional(string({ max: 500 })),
});

/** Publishing is for an administrator of the office; a reviewer reads the log but does not publish. */
function requireAdmin(c: Context<AppEnv>): User {
  const user = requireStaff(c);
  if (user.staffRole !== 'admin')
    throw forbidden('Publishing a definition is for an administrator of the office; a reviewer may not publish.');
  return user;
}

function versionOf(row: DefinitionRow, d: ModuleDeps, staff: boolean): DefinitionVersion {
  const at = row.published_at;
  return {
    id: row.id,
    version: row.version,
    sha256: row.sha256,
    kind: row.kind,
    publishedAt: (at instanceof Date ? at : new Date(at)).toISOString(),
    // Who published is for the office's staff; a site's visitor gets the definition, not a name.
    publishedBy: staff ? (d.users.get(row.published_by)?.displayName ?? row.published_by) : '',
    ...(row.note !== null && { note: row.note }),
  };
}

/** The publishing itself, inside the idempotency key's transaction: a new version, or the newest when unchanged. */
async function store(d: ModuleDeps, office: string, v: Omit<NewVersion, 'version' | 'at'>) {
  const s = d.store.scope(office);
  const newest = await definitionOf(s, v.id);
  if (newest && newest.kind !== v.kind)
    throw invalid([
      {
        path: 'kind',
        code: 'kind',
        message: `"${v.id}" is a ${newest.kind} definition: publish a ${v.kind} under another id`,
      },
    ]);
  if (newest?.sha256 === v.sha256) return { status: 200, body: versionOf(newest, d, true) };
  const row: NewVersion = { ...v, version: (newest?.version ?? 0) + 1, at: d.now() };
  await insertVersion(s, row);
  const kept: DefinitionRow = { ...row, published_at: row.at, published_by: row.by, note: row.note ?? null };
  return { status: 201, body: versionOf(kept, d, true) };
}

async function publish(c: Context<AppEnv>, d: ModuleDeps) {
  const user = requireAdmin(c);
  const key = idempotencyKey(c, true);
  const body = await readJson(c);
  const r = parse(input, body);
  if (!r.ok) throw invalid(r.issues);
  const kind = r.value.kind as DefinitionKind;
  const issues = checkDefinition(kind, r.value.definition);
  if (issues.length)
    throw new Problem('validation', 'The definition does not pass the checker of its kind.', checkerErrors(issues));
  const text = canonicalJson(r.value.definition);
  const v = {
    id: r.value.id,
    kind,
    sha256: sha256(text),
    definition: JSON.parse(text) as unknown,
    by: user.id,
    note: r.value.note,
  };
  const office = officeOf(c);
  const fingerprint = fingerprintOf(body);
  return idempotent(c, d.store, { key, principal: user.id, fingerprint, now: d.now() }, () => store(d, office, v));
}

/** The checker's problems, each at its place in the body (`/definition/questions/0/text`). */
const checkerErrors = (issues: Issue[]) =>
  fieldErrors(issues.map((i) => ({ ...i, path: i.path === '(root)' ? '' : i.path }))).map((e) => ({
    ...e,
    pointer: '/definition' + e.pointer,
  }));

const isStaffOf = (c: Context<AppEnv>) => c.get('user')?.role === 'broker';

async function read(c: Context<AppEnv>, d: ModuleDeps) {
  const id = c.req.param('id') ?? '';
  const asked = c.req.query('version');
  if (!ID.test(id) || (asked !== undefined && !/^[1-9]\d{0,8}$/.test(asked))) throw notFound();
  const row = await definitionOf(d.store.scope(officeOf(c)), id, asked === undefined ? undefined : Number(asked));
  if (!row) throw notFound();
  const etag = `"${row.sha256}"`;
  const headers = {
    ETag: etag,
    // A version never changes; the newest may be replaced by a newer one at any time.
    'Cache-Control':
      asked === undefined ? 'public, max-age=60, must-revalidate' : 'public, max-age=31536000, immutable',
  };
  if (noneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  const body: PublishedDefinition = { ...versionOf(row, d, isStaffOf(c)), definition: row.definition };
  return c.json(body, 200, headers);
}

async function versions(c: Context<AppEnv>, d: ModuleDeps) {
  requireStaff(c);
  const id = c.req.param('id') ?? '';
  if (!ID.test(id)) throw notFound();
  const rows = await versionsOf(d.store.scope(officeOf(c)), id);
  if (!rows.length) throw notFound();
  return c.json({ items: rows.map((r) => versionOf(r, d, true)) });
}

async function list(c: Context<AppEnv>, d: ModuleDeps) {
  requireStaff(c);
  const rows = await newestOfEach(d.store.scope(officeOf(c)));
  return c.json({ items: rows.map((r) => versionOf(r, d, true)) });
}

export function definitionsModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.post('/', (c) => publish(c, d));
  app.get('/', (c) => list(c, d));
  app.get('/:id', (c) => read(c, d));
  app.get('/:id/versions', (c) => versions(c, d));
  return app;
}
