import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RightsRequest } from '../../src/model/rights.js';
import { suite } from './helpers.js';

interface Me {
  user: { id: string; email: string; phone?: string; displayName: string } | null;
}

/**
 * `POST /demo/reset` (the e2e tests run it between files): besides the grants, it empties the rights
 * requests, legal holds and staff trail, and puts every person back as the directory has them.
 */
suite('demo reset puts the people back', (ctx) => {
  let anne: string, jan: string, claire: string;
  const me = async (token: string) => (await (await ctx.fetch('/session', { token })).json()) as Me;
  const answer = async (token: string, body: unknown) => {
    const res = await ctx.post('/requests', body, { token });
    assert.equal(res.status, 201, await res.clone().text());
    const asked = (await res.json()) as RightsRequest;
    const done = await ctx.post(`/desk/rights/${asked.id}/answer`, { outcome: 'done' }, { token: claire });
    assert.equal(done.status, 200, await done.clone().text());
  };

  before(async () => {
    [anne, jan, claire] = [await ctx.signIn('anne'), await ctx.signIn('jan'), await ctx.signIn('claire')];
    // Anne's phone corrected, Jan erased, Lucas disabled: what a demo session may leave behind.
    await answer(anne, { kind: 'rectification', field: 'phone', value: '+32 2 555 01 01' });
    await answer(jan, { kind: 'erasure' });
    const disabled = await ctx.post('/desk/staff/lucas/disable', { reason: 'Essai' }, { token: claire });
    assert.equal(disabled.status, 200);
    assert.equal((await me(anne)).user?.phone, '+32 2 555 01 01');
    assert.equal((await me(jan)).user, null, 'the erased person’s session is nobody');
    assert.equal(await ctx.count('people', 'disabled_at IS NOT NULL OR erased_at IS NOT NULL'), 2);
  });

  test('after a reset the corrected person has the directory’s values again, the erased and disabled sign in', async () => {
    const reset = await ctx.post('/demo/reset', {}, { token: claire, key: false });
    assert.equal(reset.status, 200, await reset.clone().text());
    assert.equal((await me(anne)).user?.phone, '+32 470 12 34 56', 'the correction is undone');
    const janAgain = (await me(await ctx.signIn('jan'))).user;
    assert.equal(janAgain?.email, 'jan.peeters@example.com', 'the erasure is undone: he signs in again');
    assert.equal(janAgain?.displayName, 'Jan Peeters');
    const lucas = await ctx.signIn('lucas');
    assert.equal((await me(lucas)).user?.id, 'lucas', 'the disabled account signs in again');
    assert.equal(await ctx.count('people', 'disabled_at IS NOT NULL OR erased_at IS NOT NULL'), 0);
    assert.equal(await ctx.count('people'), 8, 'every person of the directory has their row');
    const users = (await (await ctx.fetch('/demo/users', { token: claire })).json()) as { users: { id: string }[] };
    assert.ok(
      users.users.some((u) => u.id === 'jan'),
      'the switcher lists the erased person again',
    );
  });

  test('a reset leaves no rights request, legal hold nor staff event', async () => {
    for (const table of ['rights_requests', 'legal_holds', 'staff_events'])
      assert.equal(await ctx.count(table), 0, `${table} is empty`);
    const list = await ctx.fetch('/requests', { token: anne });
    assert.equal(((await list.json()) as { items: unknown[] }).items.length, 0);
  });
});
