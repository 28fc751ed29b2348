/**
 * Issue 13, item 2: the server's receipt time orders and decides; a browser's time is a claim,
 * parsed as a real date, refused (422, pointer, code) when impossible, more than 5 minutes
 * ahead of the server, or more than 31 days back. Never a 500 for a date.
 */
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { suite, makePdf, validMandate, sha256, problemOf } from './helpers.js';

const MIN = 60_000;
const DAY = 86_400_000;

suite('proof: server time', (ctx) => {
  let anne: string;
  let pdf: Uint8Array;
  beforeEach(async () => {
    await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
    anne = await ctx.signIn('anne');
    pdf ??= await makePdf(1);
  });
  /** A time `ms` from the server's clock (negative: before). */
  const at = (ms: number) => new Date(ctx.nowMs + ms).toISOString();
  const record = (
    decisions: { purpose: string; state: string; at: string }[],
    extra: Record<string, unknown> = {},
  ) => ({
    recordId: randomUUID(),
    indicatedBy: { role: 'subject' },
    noticeVersion: '1',
    noticeSha256: 'a'.repeat(64),
    locale: 'fr',
    decisions: decisions.map((d) => ({ basis: 'consent', ...d })),
    collectedAt: at(0),
    source: 'https://assurances.example.com/mon-espace',
    ...extra,
  });
  const refusal = async (res: Response) => {
    assert.equal(res.status, 422, await res.clone().text());
    const p = await problemOf(res);
    assert.equal(p.code, 'validation');
    return p.errors?.map((e) => [e.pointer, e.code]);
  };
  const state = async () =>
    (
      (await (await ctx.fetch('/consents', { token: anne })).json()) as {
        state: Record<string, { state: string; at: string; clientAt: string }>;
      }
    ).state;

  test('consent times: far future, impossible, or too old are 422 at their field, and nothing is stored', async () => {
    const cases: [Record<string, unknown>, [string, string]][] = [
      [record([{ purpose: 'n', state: 'given', at: '9999-12-31T23:59:59Z' }]), ['/decisions/0/at', 'future']],
      [record([{ purpose: 'n', state: 'given', at: at(6 * MIN) }]), ['/decisions/0/at', 'future']],
      [record([{ purpose: 'n', state: 'given', at: '2024-99-99T99:99Z' }]), ['/decisions/0/at', 'format']],
      [
        record([{ purpose: 'n', state: 'given', at: at(0) }], { collectedAt: '2024-13-45T99:99Z' }),
        ['/collectedAt', 'format'],
      ],
      [
        record([{ purpose: 'n', state: 'given', at: at(0) }], { collectedAt: '2031-02-30T10:00:00Z' }),
        ['/collectedAt', 'format'],
      ],
      [record([{ purpose: 'n', state: 'given', at: at(-32 * DAY) }]), ['/decisions/0/at', 'tooOld']],
    ];
    for (const [body, expected] of cases)
      assert.deepEqual(
        await refusal(await ctx.post('/consents', body, { token: anne })),
        [expected],
        JSON.stringify(body),
      );
    assert.equal(await ctx.count('consent_records'), 0);
    // A phone's clock 4 minutes fast, and a decision queued 30 days: accepted, kept as the client's claim.
    assert.equal(
      (await ctx.post('/consents', record([{ purpose: 'n', state: 'given', at: at(4 * MIN) }]), { token: anne }))
        .status,
      201,
    );
    assert.equal(
      (await ctx.post('/consents', record([{ purpose: 'm', state: 'given', at: at(-30 * DAY) }]), { token: anne }))
        .status,
      201,
    );
  });

  test('the state is the last decision received: a far-future given is refused, then a withdrawal decides, then an old queued decision received later decides', async () => {
    assert.equal(
      (
        await ctx.post('/consents', record([{ purpose: 'newsletter', state: 'given', at: at(-2 * DAY) }]), {
          token: anne,
        })
      ).status,
      201,
    );
    // The review's attack: a given dated 9999 that a real withdrawal could never beat.
    assert.equal(
      (
        await ctx.post('/consents', record([{ purpose: 'newsletter', state: 'given', at: '9999-12-31T23:59:59Z' }]), {
          token: anne,
        })
      ).status,
      422,
    );
    ctx.nowMs += MIN;
    assert.equal(
      (await ctx.post('/consents', record([{ purpose: 'newsletter', state: 'withdrawn', at: at(0) }]), { token: anne }))
        .status,
      201,
    );
    let s = await state();
    assert.equal(s.newsletter?.state, 'withdrawn');
    assert.equal(s.newsletter?.at, at(0), 'the state’s time is the server’s time of receipt');
    // An outbox delivers, today, a decision the person made 3 days ago (after their first given):
    // received last, it decides, and its browser time stays visible as the claim it is.
    ctx.nowMs += MIN;
    const queued = at(-3 * DAY);
    assert.equal(
      (await ctx.post('/consents', record([{ purpose: 'newsletter', state: 'given', at: queued }]), { token: anne }))
        .status,
      201,
    );
    s = await state();
    assert.equal(s.newsletter?.state, 'given');
    assert.equal(s.newsletter?.clientAt, queued);
    assert.equal(s.newsletter?.at, at(0));
    const records = (
      (await (await ctx.fetch('/consents', { token: anne })).json()) as { records: { receivedAt: string }[] }
    ).records;
    assert.deepEqual(
      records.map((r) => r.receivedAt),
      [at(-2 * MIN), at(-MIN), at(0)],
    );
  });

  test('mandate dates: impossible validUntil or birthDate, a future or too old signedAt are 422 at their field, never a 500', async () => {
    const sign = (signedAt: string) => [
      { party: 'grantor', method: 'drawn', signerName: 'Anne Dupont', signedAt },
      { party: 'mandatary', method: 'typed', signerName: 'Bram Janssens', signedAt: at(0) },
    ];
    const grantor = { kind: 'natural', givenName: 'Anne', familyName: 'Dupont', email: 'anne.dupont@example.com' };
    const cases: [Record<string, unknown>, [string, string]][] = [
      [{ validUntil: '2031-02-30' }, ['/validUntil', 'format']],
      [{ grantor: { ...grantor, birthDate: '2099-02-31' } }, ['/grantor/birthDate', 'format']],
      [{ signatures: sign('2024-99-99T99:99Z') }, ['/signatures/0/signedAt', 'format']],
      [{ signatures: sign('9999-12-31T23:59:59Z') }, ['/signatures/0/signedAt', 'future']],
      [{ signatures: sign(at(-40 * DAY)) }, ['/signatures/0/signedAt', 'tooOld']],
    ];
    for (const [overrides, expected] of cases)
      assert.deepEqual(
        await refusal(await ctx.submitMandate(anne, validMandate(sha256(pdf), overrides), pdf)),
        [expected],
        JSON.stringify(overrides),
      );
    assert.equal(await ctx.count('mandates'), 0);
    // Signed 30 days ago (a draft kept its signature, the outbox delivered it): accepted.
    assert.equal(
      (await ctx.submitMandate(anne, validMandate(sha256(pdf), { signatures: sign(at(-30 * DAY)) }), pdf)).status,
      201,
    );
  });

  test('an access request signed in the future is a 422 at /signatures/0/signedAt', async () => {
    const form = new FormData();
    form.set(
      'request',
      JSON.stringify({
        service: 'Espace client',
        requester: { kind: 'natural', givenName: 'Anne', familyName: 'Dupont', email: 'anne.dupont@example.com' },
        scope: { contracts: 'all' },
        signatures: [{ party: 'requester', method: 'drawn', signerName: 'Anne Dupont', signedAt: at(DAY) }],
        document: { sha256: sha256(pdf) },
      }),
    );
    form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'r.pdf');
    const res = await ctx.fetch('/access-requests', { method: 'POST', body: form, token: anne, key: randomUUID() });
    assert.deepEqual(await refusal(res), [['/signatures/0/signedAt', 'future']]);
    assert.equal(await ctx.count('grants'), 0);
  });
});
