/**
 * The messages the server sends, in the recipient's language: a subject, a plain-text body and
 * a minimal HTML body, made of whole sentences (`mail.*` in server/i18n/<lang>.ts) into which
 * the message's values (`{service}`, `{reference}`...) are put. Nothing is built from fragments.
 */
import fr from '../../i18n/fr.js';
import nl from '../../i18n/nl.js';
import en from '../../i18n/en.js';
import de from '../../i18n/de.js';
import type { Lang } from '../../i18n.js';

export const MAIL_TEMPLATES = [
  /** To the grantor of a mandate: it is active, and the mandatary's user name (004). */
  'activated-grantor',
  /** To the mandatary: the link to set a password (one-time, 7 days), never the user name (004). */
  'activated-mandatary',
  /** To a client whose own access request is active. */
  'activated-self',
  /** To the grantor (or requester): refused, the reason's sentence and the broker's note. */
  'refused',
  'revoked-grantor',
  'revoked-mandatary',
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

type MailKey = keyof typeof fr.mail;
const TEXTS: Record<Lang, Record<MailKey, string>> = { fr: fr.mail, nl: nl.mail, en: en.mail, de: de.mail };

/** The refusal's code (B's `RefusalCode`) picks its sentence; an unknown one reads as `other`. */
const refusalKey = (code: string | undefined): MailKey =>
  (`refusal-${code}` in fr.mail ? `refusal-${code}` : 'refusal-other') as MailKey;

/** Each template: its subject and its paragraphs, from the params it was queued with. */
const LAYOUT: Record<MailTemplate, { subject: MailKey; body: (p: Record<string, string>) => MailKey[] }> = {
  'activated-grantor': {
    subject: 'activatedGrantorSubject',
    body: () => ['activatedGrantorBody', 'activatedGrantorUsername'],
  },
  'activated-mandatary': {
    subject: 'invitationSubject',
    body: () => ['invitationBody', 'invitationLink', 'invitationUsername'],
  },
  'activated-self': { subject: 'accessActivatedSubject', body: () => ['accessActivatedBody'] },
  refused: {
    subject: 'refusedSubject',
    body: (p) => ['refusedBody', refusalKey(p.code), ...(p.note ? (['refusedNote'] as const) : []), 'refusedNext'],
  },
  'revoked-grantor': { subject: 'revokedSubject', body: () => ['revokedGrantorBody'] },
  'revoked-mandatary': { subject: 'revokedSubject', body: () => ['revokedMandataryBody'] },
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A value left out once sent (the invitation's link: repository.ts `markSent`) shows as an ellipsis. */
const fill = (sentence: string, p: Record<string, string>, escape: (v: string) => string) =>
  sentence.replace(/\{(\w+)\}/g, (_all, name: string) => (Object.hasOwn(p, name) ? escape(p[name] ?? '') : '…'));

const escapeHtml = (v: string) => v.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A link's value in HTML: an `<a>` only for http(s) URLs. */
const htmlValue = (v: string) =>
  /^https?:\/\/\S+$/.test(v) ? `<a href="${escapeHtml(v)}">${escapeHtml(v)}</a>` : escapeHtml(v);

/** The message in `lang`: subject, text and HTML with the same sentences. */
export function renderMail(template: MailTemplate, lang: Lang, params: Record<string, string>): RenderedMail {
  const t = TEXTS[lang] ?? TEXTS.fr;
  const layout = LAYOUT[template];
  const keys: MailKey[] = ['greeting', ...layout.body(params), 'closing'];
  const subject = fill(t[layout.subject], params, (v) => v.replace(/[\r\n]+/g, ' '));
  const text = keys.map((k) => fill(t[k], params, (v) => v)).join('\n\n') + '\n';
  const paragraphs = keys.map((k) => `<p>${fill(escapeHtml(t[k]), params, htmlValue)}</p>`).join('\n');
  const html = `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body>\n${paragraphs}\n</body></html>\n`;
  return { subject, text, html };
}
