// The opened request's sentences (its scope, end date, verification, and the actions' notices): in the
// lazy chunk of an opened request (opened-view.ts), not in the desk's first one.
import { displayName } from '../core/configure.js';
import type { DeskKey } from '../i18n/broker-desk.js';
import type { DeskItem, GrantVerification, RefusalCode } from '../model/desk.js';
import type { Scope } from '../model/mandate.js';
import type { DeskAction } from './store.js';
import type { DeskLocalize } from './texts.js';

export const REFUSAL_TEXT: Record<RefusalCode, DeskKey> = {
  identity: 'desk.refusal.identity',
  signature: 'desk.refusal.signature',
  'same-email': 'desk.refusal.same-email',
  incomplete: 'desk.refusal.incomplete',
  'not-client': 'desk.refusal.not-client',
  other: 'desk.refusal.other',
};
const SCOPE_TEXT: Record<Scope['contracts'], DeskKey> = {
  all: 'desk.scope.all',
  one: 'desk.scope.one',
  listed: 'desk.scope.listed',
};
const DOING: Record<DeskAction, DeskKey> = {
  activate: 'desk.doing.activate',
  refuse: 'desk.doing.refuse',
  scope: 'desk.doing.scope',
  revoke: 'desk.doing.revoke',
};
const DONE: Record<DeskAction, DeskKey> = {
  activate: 'desk.done.activate',
  refuse: 'desk.done.refuse',
  scope: 'desk.done.scope',
  revoke: 'desk.done.revoke',
};
const FAILED: Record<DeskAction, DeskKey> = {
  activate: 'desk.failed.activate',
  refuse: 'desk.failed.refuse',
  scope: 'desk.failed.scope',
  revoke: 'desk.failed.revoke',
};
type Verified = Exclude<keyof GrantVerification, 'valid' | 'problems' | 'erased'>;
export const VERIFIED: Verified[] = ['chain', 'content', 'document', 'checkpoint'];
const GOOD: Record<Verified, string> = {
  chain: 'valid',
  content: 'matches',
  document: 'matches',
  checkpoint: 'matches',
};

export function scopeText(l: DeskLocalize, s: Scope): string {
  const ids = (s.contractIds ?? []).map((id) => displayName('contracts', id, l.locale));
  return l.t(SCOPE_TEXT[s.contracts], { ids: l.list(ids) });
}

export function untilText(l: DeskLocalize, v?: string): string {
  return v ? l.date(v) : l.t('desk.noEnd');
}

/** Before, after or failing an action on a request. */
export function actionText(
  l: DeskLocalize,
  stage: 'doing' | 'done' | 'failed',
  a: DeskAction,
  i: DeskItem,
  reason = '',
): string {
  const key = (stage === 'doing' ? DOING : stage === 'done' ? DONE : FAILED)[a];
  return l.t(key, { reference: i.reference, reason });
}

/** One line of the verification: its sentence, and whether it is good news. */
export function verifiedLine(l: DeskLocalize, v: GrantVerification, k: Verified): { text: string; ok: boolean } {
  const value = v[k];
  return { text: l.t(`desk.verify.${k}.${value}` as DeskKey), ok: value === GOOD[k] };
}
