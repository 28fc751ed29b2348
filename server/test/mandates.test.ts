import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { suite, makePdf, validMandate, sha256, problemOf, pointers } from './helpers.js';

suite('POST /mandates', (ctx) => {
  let anne: string;
  let pdf: Uint8Array;
  beforeEach(async () => {
    await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
    anne = await ctx.signIn('anne');
    pdf ??= await makePdf(2);
  });

  const nothingStored = async () => {
    for (const t of ['mandates', 'documents', 'grants', 'grant_events', 'idempotency_keys'])
      assert.equal(await ctx.count(t), 0, `${t} should be empty`);
  };

  test('a valid mandate answers 201 pending, stores the PDF and a pending grant with its created event', async () => {
    const res = await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf);
    assert.equal(res.status, 201);
    const body = (await res.json()) as { id: string; status: string; grantId: string };
    assert.equal(body.status, 'pending');
    assert.match(body.id, /^[0-9a-f-]{36}$/);
    const [doc] = await ctx.store.db.query<{ size: number; pages: number; sha256: string }>(
      'SELECT size, pages, sha256 FROM documents WHERE mandate_id = $1',
      [body.id],
    );
    assert.deepEqual(doc, { size: pdf.byteLength, pages: 2, sha256: sha256(pdf) });
    const grant = (await (await ctx.fetch(`/grants/${body.grantId}`, { token: anne })).json()) as {
      status: string;
      events: { type: string }[];
    };
    assert.equal(grant.status, 'pending');
    assert.deepEqual(
      grant.events.map((e) => e.type),
      ['created'],
    );
  });

  test('the document comes back as its sealed copy, the original byte for byte at its start, with its headers', async () => {
    const { grantId, id } = (await (await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf)).json()) as {
      grantId: string;
      id: string;
    };
    const res = await ctx.fetch(`/grants/${grantId}/document`, { token: anne });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(res.headers.get('content-disposition'), `inline; filename="mandate-${id}.pdf"`);
    const served = new Uint8Array(await res.arrayBuffer());
    // The seal (proof-seal.test.ts) is an incremental update after the client's bytes.
    assert.equal(sha256(served.subarray(0, pdf.byteLength)), sha256(pdf));
    assert.equal(res.headers.get('x-original-sha256'), sha256(pdf));
    assert.equal(res.headers.get('x-content-sha256'), sha256(served));
    assert.equal(res.headers.get('x-seal-level'), 'B-B');
  });

  test('pages are counted inside compressed object streams and in plain files alike', async () => {
    for (const objectStreams of [true, false]) {
      const doc = await makePdf(3, { objectStreams });
      const res = await ctx.submitMandate(
        anne,
        validMandate(sha256(doc), { service: `Service ${objectStreams}` }),
        doc,
      );
      assert.equal(res.status, 201);
      const { id } = (await res.json()) as { id: string };
      const [row] = await ctx.store.db.query<{ pages: number }>('SELECT pages FROM documents WHERE mandate_id = $1', [
        id,
      ]);
      assert.ok(row, 'the document is stored');
      assert.equal(row.pages, 3, `objectStreams=${objectStreams}`);
    }
  });

  test('the same Idempotency-Key twice stores one mandate and answers the same', async () => {
    const key = randomUUID();
    const m = validMandate(sha256(pdf));
    const first = await ctx.submitMandate(anne, m, pdf, key);
    const second = await ctx.submitMandate(anne, m, pdf, key);
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), await first.json());
    assert.equal(await ctx.count('mandates'), 1);
    assert.equal(await ctx.count('grants'), 1);
    const other = await ctx.submitMandate(anne, { ...m, service: 'Autre service' }, pdf, key);
    assert.equal(other.status, 422);
    assert.deepEqual(
      (await problemOf(other)).errors?.map((e) => e.code),
      ['idempotencyMismatch'],
    );
    assert.equal(await ctx.count('mandates'), 1);
  });

  test('Idempotency-Key is required', async () => {
    const res = await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf, false);
    assert.equal(res.status, 400);
    assert.match((await problemOf(res)).detail ?? '', /Idempotency-Key header is required/);
    await nothingStored();
  });

  test('a second pending mandate for the same mandatary and service is a 409', async () => {
    assert.equal((await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf)).status, 201);
    const again = await ctx.submitMandate(
      anne,
      validMandate(sha256(pdf), {
        mandatary: { givenName: 'Bram', familyName: 'Janssens', email: 'Bram.Janssens+x@example.com' },
      }),
      pdf,
    );
    assert.equal(again.status, 409);
    assert.deepEqual(pointers(await problemOf(again)), ['/mandatary/email']);
    assert.equal((await ctx.submitMandate(anne, validMandate(sha256(pdf), { service: 'Sinistres' }), pdf)).status, 201);
    assert.equal(await ctx.count('grants'), 2);
    assert.equal(await ctx.count('mandates'), 2, 'the refused one left nothing behind');
  });

  const refused: [string, () => Promise<Response>, number, string[], RegExp?][] = [
    [
      'a "PDF" that is not one',
      async () => ctx.submitMandate(anne, validMandate(sha256('hello')), new TextEncoder().encode('hello')),
      422,
      ['/document'],
      /does not start with %PDF-/,
    ],
    [
      'a tampered hash',
      async () => ctx.submitMandate(anne, validMandate('0'.repeat(64)), pdf),
      422,
      ['/document/sha256'],
      /does not match/,
    ],
    [
      'a missing hash',
      async () => {
        const m = validMandate(sha256(pdf)) as Record<string, unknown>;
        delete m.document;
        return ctx.submitMandate(anne, m, pdf);
      },
      422,
      ['/document/sha256'],
    ],
    [
      'equal e-mail addresses',
      async () =>
        ctx.submitMandate(
          anne,
          validMandate(sha256(pdf), {
            mandatary: { givenName: 'A', familyName: 'D', email: 'ANNE.DUPONT@example.com' },
          }),
          pdf,
        ),
      422,
      ['/mandatary/email'],
      /must differ/,
    ],
    [
      'a role address',
      async () =>
        ctx.submitMandate(
          anne,
          validMandate(sha256(pdf), {
            mandatary: { givenName: 'B', familyName: 'J', email: 'info@janssens.example.com' },
          }),
          pdf,
        ),
      422,
      ['/mandatary/email'],
      /shared or role/,
    ],
    [
      'a missing signature',
      async () =>
        ctx.submitMandate(
          anne,
          validMandate(sha256(pdf), {
            signatures: [
              { party: 'grantor', method: 'drawn', signerName: 'Anne Dupont', signedAt: new Date().toISOString() },
            ],
          }),
          pdf,
        ),
      422,
      ['/signatures'],
      /mandatary's signature/,
    ],
    [
      'wrong types',
      async () =>
        ctx.submitMandate(
          anne,
          validMandate(sha256(pdf), { service: 42 as unknown as string, scope: { contracts: 'some' } }),
          pdf,
        ),
      422,
      ['/scope/contracts', '/service'],
    ],
    [
      'a truncated PDF',
      async () => {
        const cut = pdf.slice(0, pdf.length - 40);
        return ctx.submitMandate(anne, validMandate(sha256(cut)), cut);
      },
      422,
      ['/document'],
      /%%EOF/,
    ],
    [
      'a document sent as another type',
      async () => ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf, randomUUID(), 'image/png'),
      422,
      ['/document'],
      /application\/pdf/,
    ],
    [
      'a mandate part that is not JSON',
      async () => {
        const form = new FormData();
        form.set('mandate', '{"service": ');
        form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }));
        return ctx.fetch('/mandates', { method: 'POST', body: form, token: anne, key: randomUUID() });
      },
      400,
      ['/mandate'],
      /not valid JSON/,
    ],
    [
      'a missing document part',
      async () => {
        const form = new FormData();
        form.set('mandate', JSON.stringify(validMandate(sha256(pdf))));
        return ctx.fetch('/mandates', { method: 'POST', body: form, token: anne, key: randomUUID() });
      },
      400,
      ['/document'],
    ],
  ];
  for (const [what, send, status, expected, detail] of refused)
    test(`${what} is a ${status} problem at ${expected.join(', ')} and stores nothing`, async () => {
      const res = await send();
      assert.equal(res.status, status);
      const p = await problemOf(res);
      assert.deepEqual([...new Set(pointers(p))], expected);
      if (detail) assert.match(p.errors!.map((e) => e.detail).join(' | '), detail);
      await nothingStored();
    });

  test('JSON instead of multipart is a 415 problem', async () => {
    const res = await ctx.post('/mandates', validMandate(sha256(pdf)), { token: anne });
    assert.equal(res.status, 415);
    await nothingStored();
  });

  test('only a signed-in client submits (or the broker for a client of the directory): 401 anonymous, 403 for the mandatary and for the broker naming no client', async () => {
    assert.equal((await ctx.submitMandate('', validMandate(sha256(pdf)), pdf)).status, 401);
    assert.equal((await ctx.submitMandate(await ctx.signIn('bram'), validMandate(sha256(pdf)), pdf)).status, 403);
    const stranger = { kind: 'natural', givenName: 'Piet', familyName: 'Claes', email: 'piet.claes@example.com' };
    const broker = await ctx.submitMandate(
      await ctx.signIn('claire'),
      validMandate(sha256(pdf), { grantor: stranger }),
      pdf,
    );
    assert.equal(broker.status, 403);
    assert.equal((await problemOf(broker)).code, 'not-you');
    await nothingStored();
  });

  test('a legal person with an invalid enterprise number is refused at that field', async () => {
    const acme = await ctx.signIn('acme');
    const grantor = {
      kind: 'legal',
      legalName: 'ACME SA',
      enterpriseNumber: '0123.456.748',
      seat: 'Bruxelles',
      email: 'marie.lambert@acme.example.com',
      representative: { givenName: 'Marie', familyName: 'Lambert', capacity: 'gérante' },
    };
    const res = await ctx.submitMandate(acme, validMandate(sha256(pdf), { grantor }), pdf);
    assert.equal(res.status, 422);
    assert.deepEqual(pointers(await problemOf(res)), ['/grantor/enterpriseNumber']);
    const ok = await ctx.submitMandate(
      acme,
      validMandate(sha256(pdf), { grantor: { ...grantor, enterpriseNumber: '0123.456.749' } }),
      pdf,
    );
    assert.equal(ok.status, 201);
  });
});

suite(
  'POST /mandates limits',
  (ctx) => {
    test('a document over the size limit is a 413 at /document', async () => {
      const anne = await ctx.signIn('anne');
      const pdf = await makePdf(1);
      const big = new Uint8Array(70 * 1024);
      big.set(pdf);
      const res = await ctx.submitMandate(anne, validMandate(sha256(big)), big);
      assert.equal(res.status, 413);
      assert.deepEqual(pointers(await problemOf(res)), ['/document']);
      assert.equal(await ctx.count('documents'), 0);
    });

    test('a whole request over the multipart limit is a 413 problem', async () => {
      const anne = await ctx.signIn('anne');
      const huge = new Uint8Array(200 * 1024);
      const res = await ctx.submitMandate(anne, validMandate(sha256(huge)), huge);
      assert.equal(res.status, 413);
      assert.equal((await problemOf(res)).status, 413);
    });

    test('more pages than allowed is a 422 at /document', async () => {
      const anne = await ctx.signIn('anne');
      const pdf = await makePdf(4);
      const res = await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf);
      assert.equal(res.status, 422);
      assert.match((await problemOf(res)).errors?.[0]?.detail ?? '', /has 4 pages; at most 3/);
    });
  },
  { limits: { documentBytes: 64 * 1024, multipartBytes: 128 * 1024, maxPages: 3 } },
);
