import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { suite, problemOf } from './helpers.js';
import { DEMO_USERS, type User } from '../users.js';
import type { DeskPage, DeskRequest, Grant } from '../../src/model/index.js';

/** The demo people, with the desk's staff roles (desk-spec: claire admin, lucas reviewer, pieter in another office). */
const USERS: User[] = [
  ...DEMO_USERS.filter((u) => !['claire', 'lucas', 'pieter'].includes(u.id)),
  { ...DEMO_USERS.find((u) => u.id === 'claire')!, office: 'main', staffRole: 'admin' },
  {
    id: 'lucas',
    role: 'broker',
    office: 'main',
    staffRole: 'reviewer',
    displayName: 'Lucas Dubois',
    email: 'lucas.dubois@broker.example.com',
  },
  {
    id: 'pieter',
    role: 'broker',
    office: 'nord',
    staffRole: 'admin',
    displayName: 'Pieter Claes',
    email: 'pieter.claes@nord.example.com',
  },
];

const SEEDED = 1200;

/** RFC 4180, enough for the audit: quoted fields with doubled quotes, CRLF after every record. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  const cell = /"((?:[^"]|"")*)"|([^",\r]*)/y;
  let i = 0;
  while (i < text.length) {
    cell.lastIndex = i;
    const m = cell.exec(text)!;
    field = m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '');
    i = cell.lastIndex;
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  assert.deepEqual(row, [], 'the CSV ends with CRLF');
  return rows;
}

suite(
  'the broker’s desk',
  (ctx) => {
    let claire: string, lucas: string, pieter: string, anne: string;
    let zoe: string, bramGrant: string;
    const page = async (query: string, token = claire) => {
      const res = await ctx.fetch(`/desk/requests${query}`, { token });
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as DeskPage;
    };

    before(async () => {
      claire = await ctx.signIn('claire');
      [lucas, pieter, anne] = await Promise.all([ctx.signIn('lucas'), ctx.signIn('pieter'), ctx.signIn('anne')]);
      ({ grantId: bramGrant } = await ctx.makeGrant(anne));
      ({ grantId: zoe } = await ctx.makeGrant(anne, {
        service: 'Déclaration de sinistre',
        mandatary: { givenName: 'Zoé', familyName: 'Müller', email: 'zoe.muller@example.com', relation: 'fille' },
        signatures: [
          { party: 'grantor', method: 'drawn', signerName: 'Anne Dupont', signedAt: new Date().toISOString() },
          { party: 'mandatary', method: 'typed', signerName: 'Zoé Müller', signedAt: new Date().toISOString() },
        ],
      }));
      const seeded = await ctx.post('/demo/seed-grants', { count: SEEDED, user: 'jan' }, { token: claire });
      assert.equal(seeded.status, 201, await seeded.clone().text());
    });

    test('signed out 401, a client 403, another office sees nothing of this one', async () => {
      assert.equal((await ctx.fetch('/desk/requests')).status, 401);
      const client = await ctx.fetch('/desk/requests', { token: anne });
      assert.equal(client.status, 403);
      assert.equal((await problemOf(client)).code, 'forbidden');
      assert.equal((await ctx.fetch(`/desk/requests/${zoe}`, { token: anne })).status, 403);
      const nord = await page('', pieter);
      assert.deepEqual(nord.items, []);
      assert.deepEqual(nord.counts, { pending: 0, active: 0, refused: 0, revoked: 0, expired: 0 });
      assert.equal((await ctx.fetch(`/desk/requests/${zoe}`, { token: pieter })).status, 404);
    });

    test('counts per status, newest first, the cursor walks every pending request once', async () => {
      const first = await page('?status=pending&limit=50');
      assert.deepEqual(first.counts, {
        pending: SEEDED / 10 + 2,
        active: SEEDED - SEEDED / 10,
        refused: 0,
        revoked: 0,
        expired: 0,
      });
      const seen: string[] = first.items.map((i) => i.id);
      let cursor = first.nextCursor;
      while (cursor) {
        const next = await page(`?status=pending&limit=50&cursor=${encodeURIComponent(cursor)}`);
        seen.push(...next.items.map((i) => i.id));
        cursor = next.nextCursor;
      }
      assert.equal(seen.length, SEEDED / 10 + 2);
      assert.equal(new Set(seen).size, seen.length);
      // The two submitted through the routes came first, so they are last, the newest (Zoé's) before.
      assert.deepEqual(seen.slice(-2), [zoe, bramGrant]);
      const all = await page('?limit=1000');
      assert.equal(all.items.length, 1000);
      const rest = await page(`?limit=1000&cursor=${encodeURIComponent(all.nextCursor!)}`);
      assert.equal(rest.items.length, SEEDED + 2 - 1000);
      assert.equal(rest.nextCursor, undefined);
      const tooMany = await ctx.fetch('/desk/requests?limit=1001', { token: claire });
      assert.equal(tooMany.status, 400);
      assert.equal((await ctx.fetch('/desk/requests?cursor=nope', { token: claire })).status, 400);
      assert.equal((await ctx.fetch('/desk/requests?status=lost', { token: claire })).status, 400);
    });

    test('search: accents and case aside, by client, mandatary, e-mail, service, reference; counts honour it', async () => {
      const ids = async (q: string) => (await page(`?q=${encodeURIComponent(q)}`)).items.map((i) => i.id);
      assert.deepEqual(await ids('zoe muller'), [zoe]);
      assert.deepEqual(await ids('MÜLLER'), [zoe]);
      assert.deepEqual(await ids('declaration de SINISTRE'), [zoe]);
      assert.deepEqual(await ids('bram.janssens@example'), [bramGrant]);
      assert.deepEqual(await ids(zoe.slice(0, 8).toUpperCase()), [zoe]);
      assert.deepEqual(await ids('100%'), []);
      const anneDupont = await page(`?q=${encodeURIComponent('anne dupont')}`);
      assert.deepEqual(anneDupont.items.map((i) => i.id).sort(), [zoe, bramGrant].sort());
      assert.deepEqual(anneDupont.counts, { pending: 2, active: 0, refused: 0, revoked: 0, expired: 0 });
      const item = (await page(`?q=zoe`)).items[0]!;
      assert.equal(item.reference, zoe.slice(0, 8).toUpperCase());
      assert.deepEqual(item.mandatary, { givenName: 'Zoé', familyName: 'Müller', email: 'zoe.muller@example.com' });
      assert.deepEqual(item.grantor, { displayName: 'Anne Dupont', clientRef: 'C-100231' });
      assert.equal(item.kind, 'mandate');
      assert.equal((await page('?kind=access-request')).items.length, 0);
    });

    test('one request: the mandate, the document and its hashes, the verification, the checks, the trail', async () => {
      const res = await ctx.fetch(`/desk/requests/${zoe}`, { token: lucas });
      assert.equal(res.status, 200);
      const r = (await res.json()) as DeskRequest;
      assert.equal(r.item.id, zoe);
      assert.equal((r.mandate as { grantor: { clientRef: string } }).grantor.clientRef, 'C-100231');
      assert.deepEqual(r.checks, {
        grantorSigned: true,
        mandatarySigned: true,
        distinctEmails: true,
        identityComplete: true,
      });
      assert.equal(r.verification.valid, true);
      assert.deepEqual(
        r.events.map((e) => e.type),
        ['created'],
      );
      assert.equal(r.document.href, `/api/grants/${zoe}/document`);
      const pdf = await ctx.fetch(r.document.href.replace(/^\/api/, ''), { token: lucas });
      assert.equal(pdf.status, 200);
      assert.equal(pdf.headers.get('x-original-sha256'), r.document.sha256);
      assert.equal(pdf.headers.get('x-content-sha256'), r.document.sealed?.sha256 ?? r.document.sha256);
      const seeded = (await page('?limit=1')).items[0]!;
      const s = (await (await ctx.fetch(`/desk/requests/${seeded.id}`, { token: claire })).json()) as DeskRequest;
      assert.deepEqual(s.checks, {
        grantorSigned: false,
        mandatarySigned: false,
        distinctEmails: false,
        identityComplete: false,
      });
      assert.equal((await ctx.fetch(`/desk/requests/${randomUUID()}`, { token: claire })).status, 404);
    });

    test('refusal: a code and a note, seen by the client in the grant; the old { reason } still reads', async () => {
      const note = 'La pièce d’identité est illisible.';
      const res = await ctx.post(`/grants/${zoe}/refuse`, { code: 'identity', note }, { token: lucas });
      assert.equal(res.status, 200, await res.clone().text());
      const refused = (await res.json()) as Grant;
      assert.equal(refused.status, 'refused');
      assert.deepEqual({ ...refused.refusal, at: undefined }, { code: 'identity', note, at: undefined });
      const seen = (await (await ctx.fetch(`/grants/${zoe}`, { token: anne })).json()) as Grant;
      assert.deepEqual(seen.refusal, refused.refusal);
      assert.deepEqual(seen.events?.at(-1)?.data, { code: 'identity', note, staff: 'lucas' });
      const listed = (await (await ctx.fetch('/grants', { token: anne })).json()) as { grants: Grant[] };
      assert.deepEqual(listed.grants.find((g) => g.id === zoe)?.refusal, refused.refusal);
      const desk = await page('?status=refused');
      assert.deepEqual(
        desk.items.map((i) => [i.id, i.refusal]),
        [[zoe, refused.refusal]],
      );
      assert.equal(desk.counts.refused, 1);

      const old = await ctx.post(`/grants/${bramGrant}/refuse`, { reason: 'Formulaire incomplet' }, { token: claire });
      assert.equal(old.status, 200);
      assert.deepEqual(
        { ...((await old.json()) as Grant).refusal, at: undefined },
        { code: 'other', note: 'Formulaire incomplet', at: undefined },
      );
      const seeded = (await page('?status=pending&limit=1')).items[0]!;
      for (const body of [{ code: 'rude' }, { code: 'other', note: 'x'.repeat(1001) }, {}]) {
        const bad = await ctx.post(`/grants/${seeded.id}/refuse`, body, { token: claire });
        assert.equal(bad.status, 422, JSON.stringify(body));
      }
    });

    test('consent proof of a subject: every record with its hash and signed receipt', async () => {
      const recordId = randomUUID();
      const record = {
        recordId,
        subject: 'C-100231',
        indicatedBy: { role: 'subject' },
        noticeVersion: '2025-01',
        noticeSha256: 'a'.repeat(64),
        locale: 'fr-BE',
        decisions: [{ purpose: 'newsletter', state: 'given', basis: 'consent', at: new Date().toISOString() }],
        collectedAt: new Date().toISOString(),
        source: 'https://assurances.example.com/mon-espace',
      };
      assert.equal((await ctx.post('/consents', record, { token: anne })).status, 201);
      const res = await ctx.fetch('/desk/consents?subject=C-100231', { token: lucas });
      assert.equal(res.status, 200);
      const body = (await res.json()) as { subject: string; records: Record<string, unknown>[]; decisions: unknown[] };
      assert.equal(body.subject, 'C-100231');
      assert.deepEqual(
        body.records.map((r) => r.recordId),
        [recordId],
      );
      assert.match(String(body.records[0]?.recordSha256), /^[0-9a-f]{64}$/);
      assert.match(String(body.records[0]?.receipt), /^[\w-]+\.[\w-]+\.[\w-]+$/);
      assert.equal((await ctx.fetch('/desk/consents', { token: lucas })).status, 400);
      assert.equal((await ctx.fetch('/desk/consents?subject=C-100231', { token: anne })).status, 403);
      // A client of another office: 404, as a subject nobody knows (offices).
      assert.equal((await ctx.fetch('/desk/consents?subject=C-100231', { token: pieter })).status, 404);
    });

    test('audit: a reviewer is refused; the admin gets one CSV line per event and record, no e-mail', async () => {
      const reviewer = await ctx.fetch('/desk/audit?format=csv', { token: lucas });
      assert.equal(reviewer.status, 403);
      assert.match(String((await problemOf(reviewer)).detail), /administrator/);
      assert.equal((await ctx.fetch('/desk/audit', { token: anne })).status, 403);
      assert.equal((await ctx.fetch('/desk/audit')).status, 401);
      const today = new Date(ctx.nowMs).toISOString().slice(0, 10);
      const res = await ctx.fetch(`/desk/audit?format=csv&from=${today}&to=${today}`, { token: claire });
      assert.equal(res.status, 200);
      assert.equal(
        res.headers.get('content-disposition'),
        `attachment; filename="procura-audit-main-${today}-${today}.csv"`,
      );
      const text = await res.text();
      assert.doesNotMatch(text, /@/, 'no e-mail address');
      const [header, ...rows] = parseCsv(text);
      assert.deepEqual(header, [
        'line',
        'id',
        'reference',
        'kind',
        'service',
        'client',
        'mandatary',
        'event',
        'at',
        'actor',
        'subject',
        'purposes',
        'hash',
        'prevHash',
      ]);
      const events = await ctx.count('grant_events');
      const records = await ctx.count('consent_records');
      assert.equal(rows.filter((r) => r[0] === 'grant-event').length, events);
      assert.equal(rows.filter((r) => r[0] === 'consent-record').length, records);
      assert.equal(rows.length, events + records);
      assert.ok(rows.every((r) => r.length === header!.length));
      const refusal = rows.find((r) => r[1] === zoe && r[7] === 'refused')!;
      assert.deepEqual(
        [refusal[2], refusal[4], refusal[5], refusal[6]],
        [zoe.slice(0, 8).toUpperCase(), 'Déclaration de sinistre', 'Anne Dupont', 'Zoé Müller'],
      );
      assert.match(refusal[12]!, /^[0-9a-f]{64}$/);
      const jsonl = await (
        await ctx.fetch(`/desk/audit?format=jsonl&from=${today}&to=${today}`, { token: claire })
      ).text();
      const lines = jsonl
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { line: string });
      assert.equal(lines.length, events + records);
      const yesterday = new Date(ctx.nowMs - 86_400_000).toISOString().slice(0, 10);
      const none = await (await ctx.fetch(`/desk/audit?from=${yesterday}&to=${yesterday}`, { token: claire })).text();
      assert.equal(parseCsv(none).length, 1);
      assert.equal((await ctx.fetch('/desk/audit?from=2026-13-01', { token: claire })).status, 400);
      assert.equal((await ctx.fetch('/desk/audit?format=xml', { token: claire })).status, 400);
    });
  },
  { users: USERS },
);
