import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PROBLEM_CODES } from '../../src/model/index.js';
import { fingerprintOf } from '../http/idempotency.js';
import { suite, makePdf, validMandate, sha256 } from './helpers.js';
import { at } from '../../test/support/at.js';

interface P {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: { pointer: string; detail: string; code?: string }[];
}

/** Words a French, Dutch or German sentence of ours never holds. */
const ENGLISH =
  /\b(the|is|are|not|first|sign|signed|needed|bearer|cookie|token|must|please|this|with|field|fields|valid|invalid)\b/i;

const decisionBody = { treeId: 't', treeVersion: '1', outcome: 'o', answers: [{ question: 'q', option: 'a' }] };

suite(
  'problems: stable codes, in the caller’s language',
  (ctx) => {
    let anne: string, bram: string, claire: string;
    beforeEach(async () => {
      await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
      [anne, bram, claire] = await Promise.all([ctx.signIn('anne'), ctx.signIn('bram'), ctx.signIn('claire')]);
    });
    const read = async (res: Response) => {
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      return (await res.json()) as P;
    };

    test('every problem the server can answer carries its code from PROBLEM_CODES, its status and its type', async () => {
      const pdf = await makePdf(1);
      const { grantId } = await ctx.makeGrant(anne);
      const cookie = at(((await ctx.post('/session', { user: 'anne' })).headers.get('set-cookie') ?? '').split(';'), 0);
      const busyKey = randomUUID();
      await ctx.store.claimIdempotency(
        '',
        'POST /api/decisions',
        busyKey,
        fingerprintOf(decisionBody),
        new Date(ctx.nowMs),
      );
      const mismatchKey = randomUUID();
      await ctx.post(
        '/oppositions',
        { opposed: true, source: 'user', at: new Date().toISOString() },
        { key: mismatchKey },
      );
      const cases: [string, () => Promise<Response>][] = [
        ['validation', () => ctx.submitMandate(anne, validMandate(sha256(pdf), { service: '' }), pdf)],
        ['bad-request', () => ctx.post('/session', '{"user": ')],
        [
          'media-type',
          () =>
            ctx.fetch('/consents', {
              method: 'POST',
              body: 'x',
              headers: { 'content-type': 'text/plain', 'idempotency-key': randomUUID() },
              token: anne,
            }),
        ],
        // Small enough to sit in the socket's buffers: the refusal comes before the body is read.
        ['too-large', () => ctx.post('/consents', { pad: 'x'.repeat(8 * 1024) }, { token: anne })],
        ['unauthorized', () => ctx.fetch('/grants')],
        ['forbidden', () => ctx.post(`/grants/${grantId}/activate`, {}, { token: bram })],
        [
          'not-you',
          () =>
            ctx.submitMandate(
              anne,
              validMandate(sha256(pdf), {
                grantor: { kind: 'natural', givenName: 'Jan', familyName: 'Peeters', email: 'jan.peeters@example.com' },
              }),
              pdf,
            ),
        ],
        [
          'origin',
          () =>
            ctx.fetch('/decisions', {
              method: 'POST',
              headers: {
                cookie,
                origin: 'https://elsewhere.example',
                'content-type': 'application/json',
                'idempotency-key': randomUUID(),
              },
              body: '{}',
            }),
        ],
        ['not-found', () => ctx.fetch('/no-such-route')],
        ['conflict', () => ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf)],
        ['in-progress', () => ctx.post('/decisions', decisionBody, { key: busyKey })],
        [
          'idempotency-mismatch',
          () =>
            ctx.post(
              '/oppositions',
              { opposed: false, source: 'user', at: new Date().toISOString() },
              { key: mismatchKey },
            ),
        ],
        [
          'state',
          async () => {
            await ctx.post(`/grants/${grantId}/revoke`, {}, { token: claire });
            return ctx.post(`/grants/${grantId}/revoke`, {}, { token: claire });
          },
        ],
      ];
      const seen = new Set<string>();
      for (const [code, run] of cases) {
        const p = await read(await run());
        assert.equal(p.code, code, `${code}: ${JSON.stringify(p)}`);
        assert.equal(p.type, `https://procura.dev/problems/${code}`);
        assert.ok(p.title && p.detail, code);
        assert.ok((PROBLEM_CODES as readonly string[]).includes(p.code), code);
        for (const e of p.errors ?? []) assert.ok(e.code, `${code}: a field error without a code at ${e.pointer}`);
        seen.add(p.code);
      }
      // A real fault: the table a route writes to is gone for a moment.
      await ctx.store.db.query('ALTER TABLE decisions RENAME TO decisions_away');
      try {
        const p = await read(await ctx.post('/decisions', decisionBody));
        assert.equal(p.status, 500);
        assert.equal(p.code, 'internal');
        assert.ok(!JSON.stringify(p).includes('decisions'), 'the database error stays in the log');
        seen.add(p.code);
      } finally {
        await ctx.store.db.query('ALTER TABLE decisions_away RENAME TO decisions');
      }
      // rate-limited and unavailable are for servers in front of this one; this one never answers them.
      // seal-unavailable needs a timestamp authority that is down: proof-seal.test.ts makes one.
      assert.deepEqual(
        [...PROBLEM_CODES].filter((c) => !seen.has(c)),
        ['rate-limited', 'unavailable', 'seal-unavailable'],
      );
    });

    test('without Accept-Language the problem is in English, with Content-Language and Vary', async () => {
      const res = await ctx.fetch('/grants');
      assert.equal(res.headers.get('content-language'), 'en');
      assert.match(res.headers.get('vary') ?? '', /Accept-Language/);
      const p = await read(res);
      assert.equal(p.title, 'Not signed in');
      assert.match(p.detail, /Sign in first/);
    });

    test('a French 401 is entirely French', async () => {
      const res = await ctx.fetch('/grants', { headers: { 'accept-language': 'fr-BE,fr;q=0.9,en;q=0.5' } });
      assert.equal(res.status, 401);
      assert.equal(res.headers.get('content-language'), 'fr');
      assert.match(res.headers.get('vary') ?? '', /Accept-Language/);
      const p = await read(res);
      assert.equal(p.code, 'unauthorized');
      assert.equal(p.title, 'Vous n’êtes pas connecté');
      assert.match(p.detail, /Connectez-vous/);
      assert.doesNotMatch(`${p.title} ${p.detail}`, ENGLISH);
    });

    test('a French 422 translates the problem and each common field error; the codes stay the same', async () => {
      const pdf = await makePdf(1);
      const m = validMandate('0'.repeat(64), {
        grantor: { kind: 'natural', familyName: 'Dupont', email: 'anne.dupont@example.com' },
        mandatary: { givenName: 'A', familyName: 'D', email: 'ANNE.DUPONT@example.com' },
        validUntil: '2000-01-01',
        signatures: [],
      });
      const form = new FormData();
      form.set('mandate', JSON.stringify(m));
      form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }));
      const send = (lang?: string) =>
        ctx.fetch('/mandates', {
          method: 'POST',
          body: form,
          token: anne,
          key: randomUUID(),
          headers: lang ? { 'accept-language': lang } : {},
        });
      const fr = await read(await send('fr'));
      const en = await read(await send());
      assert.equal(fr.status, 422);
      assert.equal(fr.code, 'validation');
      assert.equal(fr.title, 'Données non valables');
      assert.doesNotMatch(`${fr.title} ${fr.detail}`, ENGLISH);
      assert.deepEqual(
        fr.errors?.map((e) => [e.pointer, e.code]),
        en.errors?.map((e) => [e.pointer, e.code]),
      );
      const byCode = Object.fromEntries((fr.errors ?? []).map((e) => [e.code, e.detail]));
      assert.equal(byCode.required, 'Ce champ est obligatoire.');
      assert.match(byCode.sameEmail, /mandant/);
      assert.match(byCode.order, /date de début/);
      assert.match(byCode.signature, /signature manque/);
      assert.match(byCode.hashMismatch, /empreinte/);
      for (const e of fr.errors ?? []) assert.doesNotMatch(e.detail, ENGLISH, `${e.pointer} (${e.code}): ${e.detail}`);
      assert.match(en.errors?.find((e) => e.code === 'sameEmail')?.detail ?? '', /must differ/);
    });

    test('Dutch and German when asked, the best q-value wins, and an unknown language falls back to English', async () => {
      const as = async (lang: string) => {
        const res = await ctx.fetch('/grants', { headers: { 'accept-language': lang } });
        return [res.headers.get('content-language'), (await read(res)).title];
      };
      assert.deepEqual(await as('nl-BE'), ['nl', 'U bent niet aangemeld']);
      assert.deepEqual(await as('de-BE, fr;q=0.4'), ['de', 'Sie sind nicht angemeldet']);
      assert.deepEqual(await as('en;q=0.5, nl;q=0.8'), ['nl', 'U bent niet aangemeld']);
      assert.deepEqual(await as('ja, it;q=0.9'), ['en', 'Not signed in']);
      const p = await read(await ctx.fetch('/no-such-route', { headers: { 'accept-language': 'nl' } }));
      assert.doesNotMatch(p.detail, ENGLISH);
    });

    test('a conflict names its cause in French, not only its code', async () => {
      await ctx.makeGrant(anne);
      const pdf = await makePdf(1);
      const p = await read(
        await ctx.fetch('/mandates', {
          method: 'POST',
          body: (() => {
            const f = new FormData();
            f.set('mandate', JSON.stringify(validMandate(sha256(pdf))));
            f.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }));
            return f;
          })(),
          token: anne,
          key: randomUUID(),
          headers: { 'accept-language': 'fr' },
        }),
      );
      assert.equal(p.code, 'conflict');
      assert.match(p.detail, /Un mandat en attente ou actif existe déjà pour ce mandataire/);
    });
  },
  { limits: { jsonBytes: 4 * 1024 } },
);
