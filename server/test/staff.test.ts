import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Grant, StaffAccount } from '../../src/model/index.js';
import { verifyChain } from '../chain.js';
import { staffEvents } from '../modules/staff/repository.js';
import { problemOf, suite } from './helpers.js';

type G = Grant & {
  events?: { type: string; actor: string; data?: Record<string, unknown> }[];
  verification?: { valid: boolean; chain: string };
};

/** Staff who leave (issue 21; 001, 004): an office admin disables an account, its sessions end at once. */
suite('staff accounts', (ctx) => {
  let claire: string, lucas: string, anne: string;
  let first: string, second: string, refused: string, narrowed: string;

  before(async () => {
    [claire, lucas, anne] = [await ctx.signIn('claire'), await ctx.signIn('lucas'), await ctx.signIn('anne')];
    first = (await ctx.makeGrant(anne, { service: 'Assurance habitation' })).grantId;
    second = (await ctx.makeGrant(anne, { service: 'Assurance auto' })).grantId;
    // Lucas, a reviewer, activates the first one while his account is in use.
    assert.equal((await ctx.fetch(`/grants/${first}/activate`, { method: 'POST', token: lucas })).status, 200);
    // And refuses one grant, narrows another (issue 21 item 4: every broker action names its staff member).
    refused = (await ctx.makeGrant(anne, { service: 'Assurance vélo' })).grantId;
    narrowed = (await ctx.makeGrant(anne, { service: 'Assurance vie' })).grantId;
    const refusal = { code: 'identity', note: 'Pièce illisible' };
    assert.equal((await ctx.post(`/grants/${refused}/refuse`, refusal, { token: lucas })).status, 200);
    const scope = { scope: { contracts: 'one', contractIds: ['P-7'] }, note: 'Seul le contrat P-7.' };
    assert.equal((await ctx.post(`/grants/${narrowed}/scope`, scope, { token: lucas })).status, 200);
  });

  const staff = async (token: string) => {
    const res = await ctx.fetch('/desk/staff', { token });
    assert.equal(res.status, 200);
    return ((await res.json()) as { items: StaffAccount[] }).items;
  };

  test('an admin sees the office’s staff, their role, last activity and open sessions', async () => {
    const items = await staff(claire);
    assert.deepEqual(
      items.map((a) => [a.id, a.staffRole]),
      [
        ['claire', 'admin'],
        ['lucas', 'reviewer'],
      ],
      'the staff of main only (pieter is in nord; no client)',
    );
    const lucasAccount = items.find((a) => a.id === 'lucas');
    assert.ok(lucasAccount?.lastSeenAt, 'last activity shows');
    assert.ok(Math.abs(Date.parse(lucasAccount.lastSeenAt) - ctx.nowMs) < 60_000);
    assert.equal(lucasAccount.openSessions, 1);
    assert.equal(lucasAccount.disabledAt, undefined);
  });

  test('a reviewer may neither list nor disable staff (403 forbidden); a client neither', async () => {
    assert.equal((await problemOf(await ctx.fetch('/desk/staff', { token: lucas }))).code, 'forbidden');
    const res = await ctx.post('/desk/staff/claire/disable', { reason: 'test' }, { token: lucas });
    assert.equal(res.status, 403);
    assert.equal((await problemOf(res)).code, 'forbidden');
    assert.equal((await ctx.fetch('/desk/staff', { token: anne })).status, 403);
    assert.equal((await ctx.fetch('/desk/staff')).status, 401);
  });

  test('an admin cannot disable themself (409, self); an unknown or client account is 404', async () => {
    const res = await ctx.post('/desk/staff/claire/disable', {}, { token: claire });
    assert.equal(res.status, 409);
    assert.equal((await problemOf(res)).errors?.[0]?.code, 'self');
    assert.equal((await ctx.post('/desk/staff/anne/disable', {}, { token: claire })).status, 404);
    assert.equal((await ctx.post('/desk/staff/pieter/disable', {}, { token: claire })).status, 404);
  });

  test('a disabled reviewer’s open session cannot activate a grant (401); their earlier activation still names them', async () => {
    const key = crypto.randomUUID();
    const res = await ctx.post('/desk/staff/lucas/disable', { reason: 'A quitté le cabinet' }, { token: claire, key });
    assert.equal(res.status, 200);
    const account = (await res.json()) as StaffAccount;
    assert.equal(account.disabledBy, 'claire');
    assert.ok(account.disabledAt);
    assert.equal(account.openSessions, 0, 'every session of theirs ended');
    const again = await ctx.post(
      '/desk/staff/lucas/disable',
      { reason: 'A quitté le cabinet' },
      { token: claire, key },
    );
    assert.equal(again.headers.get('idempotent-replayed'), 'true');

    const tried = await ctx.fetch(`/grants/${second}/activate`, { method: 'POST', token: lucas });
    assert.equal(tried.status, 401, 'the very next request');
    const who = (await (await ctx.fetch('/session', { token: lucas })).json()) as { user: unknown };
    assert.equal(who.user, null, 'GET /session: nobody');

    const g = (await (await ctx.fetch(`/grants/${first}`, { token: claire })).json()) as G;
    assert.deepEqual(
      g.events?.map((e) => [e.type, e.actor, (e.data as { staff?: string } | undefined)?.staff]),
      [
        ['created', 'grantor', undefined],
        ['activated', 'broker', 'lucas'],
      ],
      'the activation still names lucas',
    );
    assert.equal(g.verification?.valid, true, 'the grant’s trail still verifies');
    const pending = (await (await ctx.fetch(`/grants/${second}`, { token: claire })).json()) as G;
    assert.equal(pending.status, 'pending');
  });

  test('disabled, lucas is still named by the refusal and the narrowing he made; both trails verify', async () => {
    const seen = async (id: string) => (await (await ctx.fetch(`/grants/${id}`, { token: claire })).json()) as G;
    const trail = (g: G) => g.events?.map((e) => [e.type, e.actor, (e.data as { staff?: string } | undefined)?.staff]);
    const [r, n] = [await seen(refused), await seen(narrowed)];
    assert.deepEqual(trail(r), [
      ['created', 'grantor', undefined],
      ['refused', 'broker', 'lucas'],
    ]);
    assert.deepEqual(r.events?.at(-1)?.data, { code: 'identity', note: 'Pièce illisible', staff: 'lucas' });
    assert.deepEqual(trail(n), [
      ['created', 'grantor', undefined],
      ['changed', 'broker', 'lucas'],
    ]);
    assert.deepEqual(n.scope, { contracts: 'one', contractIds: ['P-7'] });
    assert.equal(r.verification?.valid, true, 'the refused grant’s trail verifies');
    assert.equal(n.verification?.valid, true, 'the narrowed grant’s trail verifies');
    const evidence = await ctx.fetch(`/grants/${narrowed}/evidence`, {
      token: anne,
      headers: { 'accept-language': 'fr' },
    });
    const attested = ((await evidence.json()) as { events: { attests: string }[] }).events.at(-1)?.attests;
    assert.match(
      attested ?? '',
      /le courtier a changé l’accès en vigueur.*Acte posé par le membre du personnel lucas\.$/,
    );
  });

  test('the staff trail holds disabled then enabled, and verifies; enabled, a new session works', async () => {
    const res = await ctx.post('/desk/staff/lucas/enable', {}, { token: claire });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as StaffAccount).disabledAt, undefined);
    const trail = await staffEvents(ctx.store.scope('main'), 'lucas');
    assert.deepEqual(
      trail.map((e) => [e.seq, e.type, e.actor, e.data]),
      [
        [1, 'disabled', 'claire', { reason: 'A quitté le cabinet' }],
        [2, 'enabled', 'claire', null],
      ],
    );
    assert.deepEqual(verifyChain(trail), { valid: true, length: 2 });
    trail[0]!.data = { reason: 'autre chose' };
    assert.equal(verifyChain(trail).valid, false, 'an edited event breaks the chain');

    const fresh = await ctx.signIn('lucas');
    assert.equal((await ctx.fetch(`/grants/${second}/activate`, { method: 'POST', token: fresh })).status, 200);
    assert.equal(
      (await staff(claire)).find((a) => a.id === 'lucas')?.disabledAt,
      undefined,
      'the list shows the account enabled',
    );
  });
});
