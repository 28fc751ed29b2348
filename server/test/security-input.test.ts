/**
 * Security battery, input side (issue 14, items 2, 3, 4, 5 and 10): each test names an attack
 * and shows it refused, over HTTP, on PGlite and PostgreSQL.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, problemOf, makePdf, sha256, validMandate, type Ctx } from './helpers.js';

// As access-requests.test.ts builds them (importing it would run its suite too).
const validAccessRequest = (documentSha256: string, overrides: Record<string, unknown> = {}) => ({
  service: 'Espace client',
  requester: {
    kind: 'natural',
    givenName: 'Anne',
    familyName: 'Dupont',
    email: 'anne.dupont@example.com',
    clientRef: 'C-100231',
  },
  scope: { contracts: 'all', includeFuture: true },
  signatures: [{ party: 'requester', method: 'drawn', signerName: 'Anne Dupont', signedAt: new Date().toISOString() }],
  locale: 'fr',
  ...overrides,
  document: { sha256: documentSha256 },
});
function submitAccessRequest(ctx: Ctx, token: string, request: unknown, pdf: Uint8Array) {
  const form = new FormData();
  form.set('request', JSON.stringify(request));
  form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'access-request.pdf');
  return ctx.fetch('/access-requests', { method: 'POST', body: form, token, key: crypto.randomUUID() });
}

const record = (at: string, extra: Record<string, unknown> = {}) => ({
  recordId: crypto.randomUUID(),
  indicatedBy: { role: 'subject' },
  noticeVersion: '2025-01',
  noticeSha256: 'a'.repeat(64),
  locale: 'fr-BE',
  decisions: [{ purpose: 'newsletter', basis: 'consent', state: 'given', at }],
  collectedAt: new Date().toISOString(),
  source: 'https://assurances.example.com/mon-espace',
  ...extra,
});
const decision = (treeId: string) => ({
  treeId,
  treeVersion: '1',
  answers: [{ question: 'who', option: 'natural' }],
  outcome: 'mandate-insured',
});
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

/** The status, pointer and code of a refusal. */
async function refusal(res: Response) {
  const p = await problemOf(res);
  return { status: res.status, errors: (p.errors ?? []).map((e) => `${e.pointer} ${e.code}`) };
}

/** A raw GET, so that `//host/..%2f` reaches the server exactly as an attacker writes it. */
function rawGet(url: string, path: string): Promise<{ status: number; location?: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    })
      .on('error', reject)
      .end();
  });
}

const site = mkdtempSync(join(tmpdir(), 'procura-site-'));
mkdirSync(join(site, 'kit'));
writeFileSync(join(site, 'kit', 'index.html'), '<!doctype html><title>kit</title>');
after(() => rmSync(site, { recursive: true, force: true }));

suite(
  'security: input',
  (ctx: Ctx) => {
    let anne: string, claire: string, pdf: Uint8Array;
    before(async () => {
      [anne, claire] = await Promise.all([ctx.signIn('anne'), ctx.signIn('claire')]);
      pdf = await makePdf(1);
    });

    // 2. Demo routes
    test('demo reset from another site with a form body and no session: refused, no grant deleted', async () => {
      await ctx.makeGrant(anne);
      const before = await ctx.count('grants');
      const res = await ctx.fetch('/demo/reset', {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'x=1',
      });
      assert.equal(res.status, 401);
      assert.equal(await ctx.count('grants'), before);
      assert.ok(before > 0);
    });

    test('demo reset and seed by a client: refused (broker only)', async () => {
      const before = await ctx.count('grants');
      assert.equal((await ctx.post('/demo/reset', {}, { token: anne })).status, 403);
      assert.equal((await ctx.post('/demo/seed-grants', { count: 5, user: 'anne' }, { token: anne })).status, 403);
      assert.equal(await ctx.count('grants'), before);
    });

    test('demo seed-grants without a session: refused', async () => {
      const before = await ctx.count('grants');
      const res = await ctx.post('/demo/seed-grants', { count: 5, user: 'anne' });
      assert.equal(res.status, 401);
      assert.equal(await ctx.count('grants'), before);
    });

    test('demo reset by the broker with a form body (a cross-site form post): refused', async () => {
      const before = await ctx.count('grants');
      const res = await ctx.fetch('/demo/reset', {
        method: 'POST',
        token: claire,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'x=1',
      });
      assert.equal(res.status, 415);
      assert.equal(await ctx.count('grants'), before);
    });

    // 3. Open redirect
    for (const path of [
      '//evil.example/..%2fkit',
      '/%5Cevil.example/..%2fkit',
      '/%5C%5Cevil.example/..%2fkit',
      '/kit',
    ]) {
      test(`open redirect through the folder redirect (${path}): only to the same-origin /kit/`, async () => {
        const res = await rawGet(ctx.url, path);
        assert.equal(res.status, 301);
        assert.equal(res.location, '/kit/');
      });
    }

    // 4. Text and dates the database cannot store
    for (const [what, bad] of [
      ['a NUL', 'Anne\u0000Dupont'],
      ['a lone surrogate', 'Anne\ud800'],
    ] as const) {
      test(`${what} in a text field: 422 with pointer and code on /mandates, /access-requests, /consents, /decisions`, async () => {
        const m = await ctx.submitMandate(
          anne,
          validMandate(sha256(pdf), {
            mandatary: { givenName: bad, familyName: 'Janssens', email: 'bram.janssens@example.com', relation: 'fils' },
          }),
          pdf,
        );
        assert.deepEqual(await refusal(m), { status: 422, errors: ['/mandatary/givenName text'] });
        const r = await submitAccessRequest(ctx, anne, validAccessRequest(sha256(pdf), { service: bad }), pdf);
        assert.deepEqual(await refusal(r), { status: 422, errors: ['/service text'] });
        const c = await ctx.post('/consents', record('2025-04-01T09:00:00Z', { noticeVersion: bad }), { token: anne });
        assert.deepEqual(await refusal(c), { status: 422, errors: ['/noticeVersion text'] });
        const d = await ctx.post('/decisions', decision(bad));
        assert.deepEqual(await refusal(d), { status: 422, errors: ['/treeId text'] });
      });
    }

    for (const [date, time] of [
      ['2031-02-30', '2024-13-45T99:99Z'],
      ['2099-02-31', '2025-02-29T10:00:00Z'],
    ] as const) {
      test(`a date that does not exist (${date}, ${time}): 422 format on /mandates, /access-requests, /consents`, async () => {
        const m = await ctx.submitMandate(anne, validMandate(sha256(pdf), { validUntil: date }), pdf);
        assert.deepEqual(await refusal(m), { status: 422, errors: ['/validUntil format'] });
        const r = await submitAccessRequest(ctx, anne, validAccessRequest(sha256(pdf), { validFrom: date }), pdf);
        assert.deepEqual(await refusal(r), { status: 422, errors: ['/validFrom format'] });
        const c = await ctx.post('/consents', record(time), { token: anne });
        assert.deepEqual(await refusal(c), { status: 422, errors: ['/decisions/0/at format'] });
        const s = await submitAccessRequest(
          ctx,
          anne,
          validAccessRequest(sha256(pdf), {
            signatures: [{ party: 'requester', method: 'drawn', signerName: 'Anne Dupont', signedAt: time }],
          }),
          pdf,
        );
        assert.deepEqual(await refusal(s), { status: 422, errors: ['/signatures/0/signedAt format'] });
      });
    }

    // 5. Deep nesting
    test('5,000 nested brackets on /oppositions, /decisions, /consents, /demo/seed-grants and in a mandate: 400 bad-request, before anything recursive', async () => {
      for (const [path, token] of [
        ['/oppositions'],
        ['/decisions'],
        ['/consents', anne],
        ['/demo/seed-grants', claire],
      ] as const) {
        const res = await ctx.post(path, `{"a":${deep(5000)}}`, { token });
        assert.equal(res.status, 400, path);
        assert.equal((await problemOf(res)).code, 'bad-request', path);
      }
      const form = new FormData();
      form.set('mandate', deep(5000));
      form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'mandate.pdf');
      const m = await ctx.fetch('/mandates', { method: 'POST', body: form, token: anne, key: crypto.randomUUID() });
      assert.equal(m.status, 400);
      assert.equal((await problemOf(m)).code, 'bad-request');
      // Brackets inside strings are text, not nesting.
      const ok = await ctx.post('/decisions', decision(deep(30).slice(0, 60)));
      assert.equal(ok.status, 201);
    });

    // 10. Untrusted documents
    const active = async (how: 'openAction' | 'launch' | 'embedded' | 'hexName'): Promise<Uint8Array> => {
      const { PDFDocument, PDFName, PDFString, StandardFonts } = await import('pdf-lib');
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage([595, 842]).drawText('Mandat', { x: 50, y: 780, size: 14, font });
      if (how === 'openAction' || how === 'hexName')
        doc.catalog.set(
          PDFName.of('OpenAction'),
          doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }),
        );
      if (how === 'launch')
        doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'Launch', F: PDFString.of('calc.exe') }));
      if (how === 'embedded')
        await doc.attach(new TextEncoder().encode('hello'), 'notes.txt', { mimeType: 'text/plain' });
      const bytes = await doc.save({ useObjectStreams: how !== 'hexName' });
      if (how !== 'hexName') return bytes;
      // `/J#53` is `/JS` to a reader: the escape must not hide it.
      return new Uint8Array(
        Buffer.from(
          Buffer.from(bytes)
            .toString('latin1')
            .replace(/\/JavaScript/g, '/J#61vaScript')
            .replace(/\/JS /g, '/J#53 '),
          'latin1',
        ),
      );
    };
    for (const how of ['openAction', 'launch', 'embedded', 'hexName'] as const) {
      test(`a PDF with active content (${how}): refused at upload, 422 pdfActive at /document`, async () => {
        const bad = await active(how);
        const before = await ctx.count('grants');
        const res = await ctx.submitMandate(anne, validMandate(sha256(bad)), bad);
        const p = await problemOf(res);
        assert.equal(res.status, 422);
        const e = p.errors?.find((x) => x.pointer === '/document');
        assert.equal(e?.code, 'pdfActive');
        assert.match(e!.detail, how === 'launch' ? /launch/i : how === 'embedded' ? /embedded file/i : /JavaScript/);
        const r = await submitAccessRequest(ctx, anne, validAccessRequest(sha256(bad)), bad);
        assert.equal(r.status, 422);
        assert.equal(await ctx.count('grants'), before);
      });
    }
  },
  { staticDir: site },
);

suite(
  'security: demo reset outside demo-reset mode',
  (ctx: Ctx) => {
    test('demo reset by the broker without PROCURA_DEMO_RESET: refused, nothing deleted', async () => {
      const [anne, claire] = await Promise.all([ctx.signIn('anne'), ctx.signIn('claire')]);
      await ctx.makeGrant(anne);
      const res = await ctx.post('/demo/reset', {}, { token: claire });
      assert.equal(res.status, 403);
      assert.equal(await ctx.count('grants'), 1);
    });
  },
  { demoReset: false },
);
