/**
 * Which mails a grant's change sends (desk-spec §3, 004: credentials sent split), queued in the
 * transaction of the change (grants/routes.ts `change`): a rolled-back change sends nothing.
 * - activated mandate: the grantor gets a confirmation with the mandatary's user name (their
 *   e-mail address) and no link; the mandatary gets a one-time link to set a password (token in
 *   the URL fragment, stored as SHA-256, 7 days) and no user name;
 * - activated access request: the client alone;
 * - refused: the grantor, with the refusal's sentence and the broker's note;
 * - revoked: the grantor and the mandatary (their unused invitation ends with the grant).
 * Language: the form's `locale` if it is one of ours, else French (the office default).
 */
import { createHash, randomBytes } from 'node:crypto';
import { LANGS, type Lang } from '../../i18n.js';
import { transition, type Change, type GrantRow } from '../grants/repository.js';
import { events } from '../grants/trail.js';
import { mandateBody } from '../mandates/repository.js';
import type { Scope } from '../scope.js';
import { endInvitations, enqueueMail, insertInvitation, type NewMail } from './repository.js';

export interface NotifyDeps {
  now: () => Date;
  newId: () => string;
  /** The page that reads `#token=` and posts `/invitations/accept` (INVITATION_URL). */
  invitationUrl: string;
}

/** How long an invitation's link may be used. */
export const INVITATION_DAYS = 7;
const DEFAULT_LANG: Lang = 'fr';

interface FormBody {
  locale?: string;
  grantor?: { email?: string };
  requester?: { email?: string };
}

export const tokenSha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** The language of a form's `locale` (`nl-BE` → `nl`), else the office default. */
export function langOf(locale: string | undefined): Lang {
  const lang = (locale ?? '').toLowerCase().split('-')[0] as Lang;
  return LANGS.includes(lang) ? lang : DEFAULT_LANG;
}

const reference = (id: string) => id.replace(/-/g, '').slice(0, 8).toUpperCase();

const longDate = (d: Date, lang: Lang) =>
  new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(d);

/** What the change was, if it is one that is told. */
function changeOf(before: GrantRow, after: GrantRow): 'activated' | 'refused' | 'revoked' | null {
  if (before.status === after.status) return null;
  if (after.status === 'active' || after.status === 'refused' || after.status === 'revoked') {
    return after.status === 'active' ? 'activated' : after.status;
  }
  return null;
}

/** The refusal's code and note from the grant's last `refused` event (`{ code, note? }`, or the older `{ reason }`). */
async function refusalOf(s: Scope, grantId: string): Promise<{ code: string; note?: string }> {
  const refused = (await events(s, grantId)).filter((e) => e.type === 'refused').pop();
  const data = refused?.data ?? {};
  const note = typeof data.note === 'string' ? data.note : typeof data.reason === 'string' ? data.reason : undefined;
  return { code: typeof data.code === 'string' ? data.code : 'other', ...(note && { note }) };
}

/** The mandatary's invitation: a fresh token, kept as its hash, its link in the message only. */
async function invitation(s: Scope, g: GrantRow, d: NotifyDeps, lang: Lang) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(d.now().getTime() + INVITATION_DAYS * 24 * 3600_000);
  await insertInvitation(s, { tokenSha256: tokenSha256(token), grantId: g.id, mailboxKey: g.mandatary_key, expiresAt });
  return { link: `${d.invitationUrl}#token=${token}`, expires: longDate(expiresAt, lang) };
}

async function mailsOf(s: Scope, what: 'activated' | 'refused' | 'revoked', g: GrantRow, d: NotifyDeps) {
  const body = ((await mandateBody(s, g.mandate_id)) ?? {}) as FormBody;
  const lang = langOf(body.locale);
  const grantorEmail = body.grantor?.email ?? body.requester?.email;
  const mandataryEmail = g.mandatary.email;
  const base = { service: g.service, reference: reference(g.id) };
  const mandatary = `${g.mandatary.givenName} ${g.mandatary.familyName}`.trim();
  const self = g.kind === 'access-request';
  const out: (NewMail | null)[] = [];
  const to = (address: string | undefined, m: Omit<NewMail, 'to' | 'lang'>) =>
    out.push(address ? { to: address, lang, ...m } : null);
  if (what === 'activated' && self) to(grantorEmail, { template: 'activated-self', params: base });
  if (what === 'activated' && !self) {
    to(grantorEmail, { template: 'activated-grantor', params: { ...base, mandatary, username: mandataryEmail } });
    const params = { ...base, grantor: g.grantor_display, ...(await invitation(s, g, d, lang)) };
    to(mandataryEmail, { template: 'activated-mandatary', params });
  }
  if (what === 'refused') to(grantorEmail, { template: 'refused', params: { ...base, ...(await refusalOf(s, g.id)) } });
  if (what === 'revoked') {
    const date = longDate(d.now(), lang);
    to(grantorEmail, { template: 'revoked-grantor', params: { ...base, mandatary, date } });
    if (!self)
      to(mandataryEmail, { template: 'revoked-mandatary', params: { ...base, grantor: g.grantor_display, date } });
    await endInvitations(s, g.id, d.now());
  }
  return out.filter((m): m is NewMail => m !== null);
}

/**
 * Queues the mails `before` → `after` calls for, in `s` (the change's transaction, the grant's
 * office). Returns how many were queued: the caller wakes the sender after commit when any.
 */
export async function notifyChange(s: Scope, before: GrantRow, after: GrantRow, d: NotifyDeps): Promise<number> {
  const what = changeOf(before, after);
  if (!what) return 0;
  const mails = await mailsOf(s, what, after, d);
  for (const m of mails) await enqueueMail(s, m, d.newId(), d.now());
  return mails.length;
}

/** What notifyChange needs from the app: its clock and ids, and the invitation page (demo default: the demo mailbox). */
export function notifyDeps(
  d: { now: () => Date; newId: () => string; demo: boolean; mailer?: { readonly invitationUrl?: string } },
  requestUrl: string,
): NotifyDeps {
  const invitationUrl = d.mailer?.invitationUrl ?? new URL(d.demo ? '/mailbox.html' : '/', requestUrl).href;
  return { now: d.now, newId: d.newId, invitationUrl };
}

/**
 * `transition` (grants/repository.ts) and `notifyChange` on its before and after rows: call in
 * the change's transaction. `mails` > 0: wake the sender once that transaction has committed.
 */
export async function transitionNotified(
  s: Scope,
  grantId: string,
  at: Date,
  plan: (g: GrantRow) => Change,
  d: NotifyDeps,
): Promise<{ grant: GrantRow | null; mails: number }> {
  let before: GrantRow | undefined;
  const grant = await transition(s, grantId, at, (cur) => plan((before = cur)));
  const mails = grant && before ? await notifyChange(s, before, grant, d) : 0;
  return { grant, mails };
}
