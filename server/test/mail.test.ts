/**
 * Mail (issue 16 item 3, 004: credentials sent split), read back from a real SMTP server in
 * this process (smtp.ts): who receives what, in which language, retries through an outage,
 * the invitation's one-time token, and a server log without any address.
 */
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { StartOptions } from '../start.js';
import { suite, type Ctx } from './helpers.js';
import { TestSmtp, type ReceivedMail } from './smtp.js';
import { enqueueMail } from '../modules/mail/repository.js';
import { sendDue } from '../modules/mail/sender.js';

const ANNE = 'anne.dupont@example.com';
const BRAM = 'bram.janssens@example.com';
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

const smtp = new TestSmtp();
const withSmtp: Partial<StartOptions> = {};
before(async () => {
  await smtp.listen();
  withSmtp.mail = { smtpUrl: smtp.url, from: 'Courtier <courtier@broker.example.com>', pollMs: 50 };
});
after(() => smtp.close());

/** Waits for `ready()` (the sender runs in the server, on its own): no time is asserted, only the outcome. */
async function until(ready: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const unsent = (ctx: Ctx) => ctx.count('mail_outbox', "status <> 'sent'");

/** Waits until the outbox has `n` rows, all sent. */
async function allSent(ctx: Ctx, n: number) {
  await until(async () => (await ctx.count('mail_outbox')) === n && (await unsent(ctx)) === 0, `${n} mails sent`);
}

const only = (mails: ReceivedMail[]) => {
  assert.equal(mails.length, 1, `one message expected, got ${mails.length}`);
  return mails[0]!;
};

const tokenOf = (m: ReceivedMail) => m.text.match(/#token=([\w-]+)/)?.[1] ?? '';

suite(
  'mail through SMTP',
  (ctx) => {
    let claire: string;
    let anne: string;
    beforeEach(async () => {
      claire = await ctx.signIn('claire');
      anne = await ctx.signIn('anne');
      await ctx.post('/demo/reset', {}, { token: claire });
      smtp.received.length = 0;
    });

    const activated = async (overrides = {}) => {
      const { grantId } = await ctx.makeGrant(anne, overrides);
      const queued = await ctx.count('mail_outbox');
      assert.equal((await ctx.post(`/grants/${grantId}/activate`, {}, { token: claire })).status, 200);
      await allSent(ctx, queued + 2);
      return grantId;
    };

    test('activating a mandate: the grantor gets the user name and no link, the mandatary the link and no user name', async () => {
      await activated();
      const toAnne = only(smtp.to(ANNE));
      assert.equal(toAnne.subject, 'Accès activé : Espace client');
      assert.match(toAnne.text, /^Bonjour,/);
      assert.ok(toAnne.text.includes(`Son nom d’utilisateur est : ${BRAM}.`), toAnne.text);
      assert.doesNotMatch(toAnne.text + toAnne.html, /token|https?:/);
      assert.equal(toAnne.from, 'Courtier <courtier@broker.example.com>');
      const toBram = only(smtp.to(BRAM));
      assert.equal(toBram.subject, 'Invitation : accès à « Espace client »');
      assert.ok(toBram.text.includes('Anne Dupont vous a donné accès à « Espace client »'), toBram.text);
      assert.match(toBram.text, /http:\/\/localhost:\d+\/mailbox\.html#token=[\w-]{43}/);
      assert.match(toBram.html, /<a href="http:\/\/localhost:\d+\/mailbox\.html#token=/);
      assert.ok(!toBram.text.includes(BRAM) && !toBram.html.includes(BRAM), 'no user name in the invitation');
      assert.equal(smtp.received.length, 2);
    });

    test('the mails are in the language of the mandate (nl)', async () => {
      await activated({ locale: 'nl' });
      const toAnne = only(smtp.to(ANNE));
      assert.equal(toAnne.subject, 'Toegang geactiveerd: Espace client');
      assert.match(toAnne.text, /^Goeiedag,/);
      assert.ok(toAnne.text.includes(`Zijn of haar gebruikersnaam is: ${BRAM}.`));
      const toBram = only(smtp.to(BRAM));
      assert.equal(toBram.subject, 'Uitnodiging: toegang tot ‘Espace client’');
      assert.match(toBram.text, /Kies uw wachtwoord met deze link/);
    });

    test('refusing tells the grantor alone, with the reason’s sentence and the broker’s note', async () => {
      const { grantId } = await ctx.makeGrant(anne);
      const note = 'La signature du mandataire manque à la page 2.';
      assert.equal((await ctx.post(`/grants/${grantId}/refuse`, { reason: note }, { token: claire })).status, 200);
      await allSent(ctx, 1);
      const toAnne = only(smtp.to(ANNE));
      assert.equal(toAnne.subject, 'Demande refusée : Espace client');
      assert.ok(toAnne.text.includes('Motif : un autre motif, expliqué dans la note du courtier.'), toAnne.text);
      assert.ok(toAnne.text.includes(`Note du courtier : ${note}`));
      assert.equal(smtp.to(BRAM).length, 0);
    });

    test('a refusal with a code names its sentence', async () => {
      const { grantId } = await ctx.makeGrant(anne, { locale: 'de' });
      const body = { code: 'identity', note: 'Ausweis unleserlich.' };
      assert.equal((await ctx.post(`/grants/${grantId}/refuse`, body, { token: claire })).status, 200);
      await allSent(ctx, 1);
      const toAnne = only(smtp.to(ANNE));
      assert.equal(toAnne.subject, 'Antrag abgelehnt: Espace client');
      assert.ok(toAnne.text.includes('Grund: Die Identität einer Person konnte nicht geprüft werden.'), toAnne.text);
      assert.ok(toAnne.text.includes('Anmerkung des Maklers: Ausweis unleserlich.'));
    });

    test('revoking tells the grantor and the mandatary; the unused invitation ends with the grant', async () => {
      const grantId = await activated();
      const token = tokenOf(only(smtp.to(BRAM)));
      smtp.received.length = 0;
      assert.equal((await ctx.post(`/grants/${grantId}/revoke`, {}, { token: anne })).status, 200);
      await allSent(ctx, 4);
      assert.equal(only(smtp.to(ANNE)).subject, 'Accès révoqué : Espace client');
      assert.match(
        only(smtp.to(ANNE)).text,
        /L’accès de Bram Janssens à « Espace client » \(référence [0-9A-F]{8}\) est révoqué/,
      );
      assert.match(only(smtp.to(BRAM)).text, /Votre accès à « Espace client » pour le compte de Anne Dupont/);
      assert.equal((await ctx.post('/invitations/accept', { token })).status, 410);
    });

    test('a change refused by the server queues nothing', async () => {
      const grantId = await activated();
      assert.equal((await ctx.post(`/grants/${grantId}/activate`, {}, { token: claire })).status, 409);
      assert.equal((await ctx.post(`/grants/${grantId}/refuse`, { reason: 'x' }, { token: claire })).status, 409);
      assert.equal(await ctx.count('mail_outbox'), 2);
    });

    test('the invitation’s token works once, and not after 7 days', async () => {
      await activated();
      const token = tokenOf(only(smtp.to(BRAM)));
      const first = await ctx.post('/invitations/accept', { token });
      assert.equal(first.status, 200);
      assert.deepEqual(await first.json(), { accepted: true });
      const again = await ctx.post('/invitations/accept', { token }, { key: false });
      assert.equal(again.status, 410);
      assert.equal(((await again.json()) as { code: string }).code, 'state');
      assert.equal((await ctx.post('/invitations/accept', { token: 'x'.repeat(43) })).status, 410);
      // Stored as its hash only; the sent message's row no longer holds the link.
      assert.equal(await ctx.count('invitations', 'token_sha256 = $1', [token]), 0);
      assert.equal(await ctx.count('mail_outbox', "params::text LIKE '%' || $1 || '%'", [token]), 0);
      smtp.received.length = 0;
      await activated({ service: 'Sinistres' });
      const later = tokenOf(only(smtp.to(BRAM)));
      ctx.nowMs += 8 * 24 * 3600_000;
      try {
        assert.equal((await ctx.post('/invitations/accept', { token: later })).status, 410);
      } finally {
        ctx.nowMs -= 8 * 24 * 3600_000;
      }
    });

    test('SMTP down, then up: the mail is retried and delivered once', async () => {
      await smtp.close();
      try {
        const { grantId } = await ctx.makeGrant(anne);
        assert.equal((await ctx.post(`/grants/${grantId}/activate`, {}, { token: claire })).status, 200);
        await until(
          async () => (await ctx.count('mail_outbox', 'attempts = 1 AND last_error IS NOT NULL')) === 2,
          'a failed try',
        );
        assert.equal(await ctx.count('mail_outbox', "status = 'queued'"), 2);
      } finally {
        await smtp.listen();
      }
      // The next try comes after the backoff (1 min × 2^1): the server's clock moves past it.
      ctx.nowMs += 3 * 60_000;
      await allSent(ctx, 2);
      assert.equal(smtp.received.length, 2);
      assert.equal(only(smtp.to(ANNE)).subject, 'Accès activé : Espace client');
      assert.equal(only(smtp.to(BRAM)).subject, 'Invitation : accès à « Espace client »');
      assert.equal(await ctx.count('mail_outbox', 'attempts = 2'), 2);
    });

    test('the server log names no e-mail address and no token, and says which mail went', async () => {
      await activated();
      const token = tokenOf(only(smtp.to(BRAM)));
      await ctx.post('/invitations/accept', { token });
      const log = ctx.logs.join('\n');
      assert.match(log, /^mail sent activated-grantor [0-9a-f-]{36}$/m);
      assert.match(log, /^mail sent activated-mandatary [0-9a-f-]{36}$/m);
      assert.match(log, /^mail retry activated-grantor [0-9a-f-]{36} attempt 1: \w+/m);
      assert.doesNotMatch(log, EMAIL);
      assert.ok(!log.includes(token));
    });
  },
  withSmtp,
);

suite(
  'demo mailbox (no SMTP_URL)',
  (ctx) => {
    test('in demo mode mail is kept as sent to the demo mailbox, listed newest first, whole', async () => {
      const claire = await ctx.signIn('claire');
      const anne = await ctx.signIn('anne');
      const { grantId } = await ctx.makeGrant(anne);
      assert.equal((await ctx.post(`/grants/${grantId}/activate`, {}, { token: claire })).status, 200);
      await allSent(ctx, 2);
      ctx.nowMs += 1000;
      assert.equal((await ctx.post(`/grants/${grantId}/revoke`, {}, { token: anne })).status, 200);
      await allSent(ctx, 4);
      const res = await ctx.fetch('/demo/mail');
      assert.equal(res.status, 200);
      const { messages } = (await res.json()) as {
        messages: { to: string; subject: string; text: string; html: string; sentAt: string }[];
      };
      assert.equal(messages.length, 4);
      assert.deepEqual(
        messages.slice(0, 2).map((m) => m.subject),
        ['Accès révoqué : Espace client', 'Accès révoqué : Espace client'],
      );
      assert.deepEqual(
        messages
          .slice(2)
          .map((m) => m.subject)
          .sort(),
        ['Accès activé : Espace client', 'Invitation : accès à « Espace client »'],
      );
      const invitation = messages.find((m) => m.to === BRAM && m.subject.startsWith('Invitation'));
      assert.match(invitation?.text ?? '', /#token=[\w-]{43}/);
      ctx.nowMs -= 1000;
    });

    test('mail queued in a transaction that rolls back is never there to send', async () => {
      const before = await ctx.count('mail_outbox');
      const mail = { to: ANNE, lang: 'fr' as const, template: 'activated-self' as const, params: {} };
      await assert.rejects(
        ctx.store.transaction(async (s) => {
          await enqueueMail(s, mail, randomUUID(), new Date(ctx.nowMs));
          throw new Error('the change failed after its mail was queued');
        }),
        /the change failed/,
      );
      assert.equal(await ctx.count('mail_outbox'), before);
    });

    test('senders claiming at once deliver each message once (FOR UPDATE SKIP LOCKED)', async () => {
      await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
      const at = new Date(ctx.nowMs);
      const mail = { to: ANNE, lang: 'fr' as const, template: 'activated-self' as const, params: { service: 'S' } };
      for (let i = 0; i < 30; i++) await enqueueMail(ctx.store.scope(), mail, randomUUID(), at);
      const delivered: string[] = [];
      const delivery = {
        forget: [],
        send: async (row: { id: string }) => {
          delivered.push(row.id);
          await new Promise((r) => setTimeout(r, 5));
        },
      };
      const opts = { now: () => new Date(ctx.nowMs), log: () => {}, batch: 4 };
      const sender = async () => {
        while ((await sendDue(ctx.store.systemScope(), delivery, opts)).claimed > 0);
      };
      await Promise.all([sender(), sender(), sender()]);
      assert.equal(delivered.length, 30);
      assert.equal(new Set(delivered).size, 30);
      assert.equal(await ctx.count('mail_outbox', "status = 'sent' AND attempts = 1"), 30);
    });
  },
  // The server's own sender polls once an hour here: only the tests' senders claim.
  { mail: { pollMs: 3_600_000 } },
);
