// An action on a request: shown done at once, put back as it was if the backend refuses.
import type { BackendController } from '../core/backend-controller.js';
import type { ProblemError } from '../core/errors.js';
import { emit } from '../core/events.js';
import type { DeskItem } from '../model/desk.js';
import type { Grant } from '../model/grant.js';
import type { Inbox } from './inbox.js';
import type { Opened } from './opened.js';
import { postAction } from './request-store.js';
import type { ActionBody } from './store.js';
import { actionText } from './request-texts.js';
import type { DeskLocalize, DeskTexts } from './texts.js';

export interface ActionContext {
  host: HTMLElement;
  backend: BackendController;
  inbox: Inbox;
  opened: Opened;
  texts: DeskTexts;
  /** The desk's texts, with the opened request's catalog added. */
  l: DeskLocalize;
  say(kind: 'status' | 'error', text: string): void;
}

/** What the request looks like once the action is done, before the backend says so. */
export function expected(i: DeskItem, b: ActionBody, now = new Date().toISOString()): DeskItem {
  if (b.action === 'activate') return { ...i, status: 'active', activatedAt: now };
  if (b.action === 'revoke') return { ...i, status: 'revoked' };
  if (b.action === 'refuse') return { ...i, status: 'refused', refusal: { code: b.code, note: b.note, at: now } };
  return { ...i, scope: b.scope, validUntil: b.validUntil ?? i.validUntil };
}

/** The backend's grant, as the desk shows it. */
const confirmed = (i: DeskItem, g: Grant & { refusal?: DeskItem['refusal'] }): DeskItem => ({
  ...i,
  status: g.status,
  scope: g.scope ?? i.scope,
  validUntil: g.validUntil ?? i.validUntil,
  ...(g.activatedAt && { activatedAt: g.activatedAt }),
  ...(g.refusal && { refusal: g.refusal }),
});

/** One action, one Idempotency-Key; true when the backend confirmed it. */
export async function runAction(ctx: ActionContext, before: DeskItem, body: ActionBody): Promise<boolean> {
  const { inbox, opened, texts, l, action } = { ...ctx, action: body.action };
  const show = (i: DeskItem) => {
    inbox.replace(i);
    opened.update(i);
  };
  show(expected(before, body));
  ctx.say('status', actionText(l, 'doing', action, before));
  try {
    const grant = await postAction(ctx.backend, before.id, body);
    const after = confirmed(expected(before, body), grant);
    show(after);
    ctx.say('status', actionText(l, 'done', action, before));
    emit(ctx.host, 'procura-desk-action', { id: before.id, action, status: after.status });
    return true;
  } catch (e) {
    show(before);
    const reason = texts.reasonOf(e);
    ctx.say('error', actionText(l, 'failed', action, before, reason));
    emit(ctx.host, 'procura-error', { kind: action, error: { message: reason, status: (e as ProblemError).status } });
    return false;
  }
}
