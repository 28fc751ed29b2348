import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './helpers.js';

type Me = { user: Record<string, unknown> | null };

/** `GET /session` tells a broker their staff role (the desk shows the staff tab to an admin without asking `GET /desk/staff`). */
suite('session: a broker’s staff role', (ctx) => {
  const me = async (user: string) =>
    ((await (await ctx.fetch('/session', { token: await ctx.signIn(user) })).json()) as Me).user;

  test('an admin and a reviewer read their staffRole; a client has none', async () => {
    assert.equal((await me('claire'))?.staffRole, 'admin');
    assert.equal((await me('lucas'))?.staffRole, 'reviewer');
    assert.equal('staffRole' in ((await me('anne')) ?? {}), false);
  });

  test('lists of people (the demo switcher) never show it', async () => {
    const token = await ctx.signIn('claire');
    const list = (await (await ctx.fetch('/demo/users', { token })).json()) as { users: Record<string, unknown>[] };
    assert.ok(list.users.length > 0);
    assert.ok(list.users.every((u) => !('staffRole' in u)));
  });
});
