/**
 * A real SMTP server in the test process (`smtp-server`), keeping what it receives decoded:
 * envelope recipients, subject, plain text and HTML. It can be stopped and started again on
 * the same port (an SMTP outage). Used by mail.test.ts; reusable by the two-process test.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

/** `=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=` words of a header (RFC 2047). */
function decodeWords(v: string): string {
  return v
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_all, enc: string, data: string) =>
      enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' ')),
    );
}

/** Quoted-printable (RFC 2045) to UTF-8. */
function qp(v: string): string {
  const escaped = v.replace(/=\r?\n/g, '').replace(/%/g, '%25');
  return decodeURIComponent(escaped.replace(/=([0-9A-F]{2})/gi, (_all, h: string) => `%${h}`));
}

function headerOf(head: string, name: string): string {
  const m = head.replace(/\r?\n[ \t]+/g, ' ').match(new RegExp(`^${name}:\\s*(.*)$`, 'im'));
  return m?.[1] ?? '';
}

function bodyOf(part: string): { type: string; body: string } {
  const [head = '', ...rest] = part.split(/\r?\n\r?\n/);
  const raw = rest.join('\n\n');
  const encoding = headerOf(head, 'Content-Transfer-Encoding').toLowerCase();
  const body =
    encoding === 'base64'
      ? Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? qp(raw)
        : raw;
  return { type: headerOf(head, 'Content-Type').split(';')[0]?.trim() ?? '', body: body.replace(/\r\n/g, '\n') };
}

export function parseMail(raw: string, to: string[]): ReceivedMail {
  const [head = ''] = raw.split(/\r?\n\r?\n/);
  const boundary = headerOf(head, 'Content-Type').match(/boundary="?([^";]+)"?/)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1, -1).map(bodyOf) : [bodyOf(raw)];
  const find = (type: string) => parts.find((p) => p.type === type)?.body ?? '';
  return {
    to,
    from: headerOf(head, 'From'),
    subject: decodeWords(headerOf(head, 'Subject')),
    text: find('text/plain'),
    html: find('text/html'),
    raw,
  };
}

export class TestSmtp {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  port = 0;

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listens on `port` (a free one the first time, the same one after `close()`). */
  async listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          this.received.push(parseMail(Buffer.concat(chunks).toString('utf8'), to));
          done();
        });
      },
    });
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => ok());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening: the sender's next try fails (connection refused). */
  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((ok) => server.close(() => ok()));
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }
}
