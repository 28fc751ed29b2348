/**
 * Mail's routes: `POST /invitations/accept` (the mandatary's one-time link: anonymous, the token
 * is the credential; it arrives in the body, read by the page from the link's URL fragment, so
 * it is in no URL a server or a proxy logs) and, in demo mode only, `GET /demo/mail`: the demo
 * mailbox, the office's sent messages newest first, rendered as they were sent.
 */
import type { Context } from 'hono';
import { object, parse, string } from '../../../src/model/index.js';
import type { AppEnv } from '../../auth.js';
import { invalid, Problem } from '../../errors.js';
import { readJson } from '../../http/respond.js';
import { anonymousRouter, signedInRouter, type ModuleDeps } from '../module.js';
import { officeOf } from '../office.js';
import { tokenSha256 } from './notify.js';
import { sentMail, useInvitation } from './repository.js';
import { renderMail } from './templates.js';

const acceptance = object({ token: string({ min: 16, max: 200 }) });

/** 200 once; 410 (`state`) when the token is unknown, used, expired, or its grant revoked. */
async function accept(c: Context<AppEnv>, d: ModuleDeps) {
  const r = parse(acceptance, await readJson(c));
  if (!r.ok) throw invalid(r.issues);
  const at = d.now();
  const grantId = await d.store.transaction((s) => useInvitation(s, tokenSha256(r.value.token), at), officeOf(c));
  if (!grantId)
    throw new Problem('state', 'This invitation link was already used or has expired.', undefined, {
      status: 410,
      key: 'invitation-gone',
    });
  return c.json({ accepted: true });
}

export function invitationsModule(d: ModuleDeps) {
  const app = anonymousRouter();
  app.post('/accept', (c) => accept(c, d));
  return app;
}

/** `GET /demo/mail`: mounted in demo mode only (app.ts). Demo data: who reads it is not checked. */
export function demoMailModule(d: ModuleDeps) {
  const app = signedInRouter(d);
  app.get('/', async (c) => {
    const rows = await sentMail(d.store.scope(officeOf(c)));
    const messages = rows.map((m) => ({
      id: m.id,
      to: m.to_address,
      lang: m.lang,
      template: m.template,
      sentAt: m.sent_at ? new Date(m.sent_at).toISOString() : undefined,
      ...renderMail(m.template, m.lang, m.params),
    }));
    return c.json({ messages }, 200, { 'Cache-Control': 'no-store' });
  });
  return app;
}
