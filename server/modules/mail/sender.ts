/**
 * The mail sender: a loop in the server process that sends the outbox's due messages
 * (repository.ts `claimDue` → deliver → `markSent`/`markFailed`), through nodemailer to
 * `SMTP_URL` from `MAIL_FROM`. Woken after a change queued mail (grants/routes.ts) and every
 * `pollMs` besides (retries, and mail queued by another process). Safe with N processes: a
 * row is claimed by one of them (`FOR UPDATE SKIP LOCKED` and a lease).
 * Without `SMTP_URL`: in demo mode the demo mailbox (the message is marked sent, kept whole in
 * the table, shown by `GET /demo/mail`); otherwise mail stays queued, with a warning at start.
 * The log names the template and the message's id, never an address (`mail sent <template> <id>`).
 */
import nodemailer from 'nodemailer';
import type { Store } from '../../store/store.js';
import type { Scope } from '../scope.js';
import { claimDue, markFailed, markSent, type MailRow } from './repository.js';
import { renderMail, type RenderedMail } from './templates.js';

export interface MailConfig {
  /** `smtp://user:pass@host:587` or `smtps://…:465` (nodemailer's URL form); none: see the file's comment. */
  smtpUrl?: string;
  /** The From of every message (MAIL_FROM). */
  from?: string;
  /** The page an invitation links to, `#token=…` added (INVITATION_URL); demo default: the demo mailbox page. */
  invitationUrl?: string;
  /** Looks for due mail this often besides being woken (MAIL_POLL_MS, default 30 s). */
  pollMs?: number;
  /** Messages claimed per round. */
  batch?: number;
}

export function mailConfigFromEnv(env: NodeJS.ProcessEnv): MailConfig {
  return {
    smtpUrl: env.SMTP_URL || undefined,
    from: env.MAIL_FROM || undefined,
    invitationUrl: env.INVITATION_URL || undefined,
    pollMs: env.MAIL_POLL_MS ? Number(env.MAIL_POLL_MS) : undefined,
  };
}

/** How a message leaves: SMTP, or the demo mailbox (nothing leaves; the row is the message). */
export interface Delivery {
  send(row: MailRow, m: RenderedMail): Promise<void>;
  /** Params dropped from the row once sent (the invitation's link, whose token then lives nowhere in clear). */
  forget: string[];
  close?(): void;
}

const DEFAULT_FROM = 'procura <no-reply@localhost>';

export function smtpDelivery(smtpUrl: string, from = DEFAULT_FROM): Delivery {
  // A message is sent well within the claim's lease (5 min), or given up and retried: never sent twice.
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(row, m) {
      await transport.sendMail({ from, to: row.to_address, subject: m.subject, text: m.text, html: m.html });
    },
    forget: ['link'],
    close: () => transport.close(),
  };
}

export const demoDelivery: Delivery = { send: async () => {}, forget: [] };

/** A failure's cause without any address or text a server echoed: the error's code and SMTP status. */
export function failureOf(err: unknown): string {
  const e = err as { code?: unknown; responseCode?: unknown; name?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'Error';
  return typeof e?.responseCode === 'number' ? `${code} ${e.responseCode}` : code;
}

/**
 * One sending round: claims up to `batch` due messages of every office (`s` is the system scope)
 * and delivers each. Exported for the retention and two-process work (engineer D): any number
 * of processes may call it at once; each message is delivered by one of them.
 */
export async function sendDue(
  s: Scope,
  delivery: Delivery,
  opts: { now: () => Date; log: (line: string) => void; batch?: number },
): Promise<{ claimed: number; sent: number }> {
  const rows = await claimDue(s, opts.now(), opts.batch ?? 20);
  let sent = 0;
  for (const row of rows) {
    try {
      await delivery.send(row, renderMail(row.template, row.lang, row.params));
      await markSent(s, row.id, opts.now(), delivery.forget);
      sent++;
      opts.log(`mail sent ${row.template} ${row.id}`);
    } catch (err) {
      const cause = failureOf(err);
      const status = await markFailed(s, row, opts.now(), cause);
      opts.log(
        `mail ${status === 'failed' ? 'failed' : 'retry'} ${row.template} ${row.id} attempt ${row.attempts}: ${cause}`,
      );
    }
  }
  return { claimed: rows.length, sent };
}

export interface MailSenderOptions {
  config: MailConfig;
  demo: boolean;
  now: () => Date;
  log: (line: string) => void;
}

/** The loop: `start()` with the server, `wake()` after a commit that queued mail, `stop()` on close. */
export class MailSender {
  private readonly delivery: Delivery | null;
  private timer?: ReturnType<typeof setInterval>;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly opts: MailSenderOptions,
  ) {
    const { smtpUrl, from } = opts.config;
    this.delivery = smtpUrl ? smtpDelivery(smtpUrl, from) : opts.demo ? demoDelivery : null;
  }

  get invitationUrl(): string | undefined {
    return this.opts.config.invitationUrl;
  }

  start(): this {
    if (!this.opts.demo && !this.opts.config.invitationUrl)
      this.opts.log('warning: INVITATION_URL is not set: invitations link to the root of the API server');
    if (!this.delivery) {
      this.opts.log('warning: SMTP_URL is not set: mail is queued in mail_outbox and not sent');
      return this;
    }
    this.timer = setInterval(() => this.wake(), this.opts.config.pollMs ?? 30_000);
    this.timer.unref();
    this.wake();
    return this;
  }

  /** Sends what is due now; a wake during a round runs one more round after it. */
  wake(): void {
    if (!this.delivery || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.rounds(this.delivery).finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async rounds(delivery: Delivery): Promise<void> {
    const batch = this.opts.config.batch ?? 20;
    const s = this.store.systemScope();
    try {
      // Round after round while full batches come back: a backlog drains without waiting for the timer.
      while (!this.stopped && (await sendDue(s, delivery, { ...this.opts, batch })).claimed === batch);
    } catch (err) {
      this.opts.log(`mail round failed: ${failureOf(err)}`);
    }
  }

  /** Stops the loop and waits for a round in progress (the store may then close). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    this.delivery?.close?.();
  }
}
