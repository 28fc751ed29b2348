// The desk's sentences: one place that turns a request, a verification or an error into words.
import { displayName } from '../core/configure.js';
import { ProblemError, UnreachableError } from '../core/errors.js';
import type { LocalizeController } from '../core/localize.js';
import type { CoreKey } from '../i18n/core.js';
import type { DeskKey } from '../i18n/broker-desk.js';
import type { DeskItem, GrantVerification, RefusalCode } from '../model/desk.js';
import type { GrantStatus } from '../model/grant.js';
import type { Scope } from '../model/mandate.js';
import type { DeskAction } from './store.js';

export type DeskLocalize = LocalizeController<DeskKey | CoreKey>;

export const STATUSES: readonly GrantStatus[] = ['pending', 'active', 'refused', 'revoked', 'expired'];

export const STATUS_TEXT: Record<GrantStatus, DeskKey> = {
  pending: 'desk.status.pending',
  active: 'desk.status.active',
  refused: 'desk.status.refused',
  revoked: 'desk.status.revoked',
  expired: 'desk.status.expired',
};
export const TAB_TEXT: Record<GrantStatus, DeskKey> = {
  pending: 'desk.tab.pending',
  active: 'desk.tab.active',
  refused: 'desk.tab.refused',
  revoked: 'desk.tab.revoked',
  expired: 'desk.tab.expired',
};
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

export class DeskTexts {
  /** `problem(e)`: the core's sentence for a failure (the BackendController's `problemMessage`). */
  constructor(
    private readonly l: DeskLocalize,
    private readonly problem: (e: unknown) => string,
  ) {}

  service(id: string): string {
    return displayName('services', id, this.l.locale);
  }

  mandatary(i: DeskItem): string {
    const m = i.mandatary;
    return m ? `${m.givenName} ${m.familyName}` : this.l.t('desk.own');
  }

  scope(s: Scope): string {
    const ids = (s.contractIds ?? []).map((id) => displayName('contracts', id, this.l.locale));
    return this.l.t(SCOPE_TEXT[s.contracts], { ids: this.l.list(ids) });
  }

  until(v?: string): string {
    return v ? this.l.date(v) : this.l.t('desk.noEnd');
  }

  /** Before, after or failing an action on a request. */
  action(stage: 'doing' | 'done' | 'failed', a: DeskAction, i: DeskItem, reason = ''): string {
    const key = (stage === 'doing' ? DOING : stage === 'done' ? DONE : FAILED)[a];
    return this.l.t(key, { reference: i.reference, reason });
  }

  /** One line of the verification: its sentence, and whether it is good news. */
  verified(v: GrantVerification, k: Verified): { text: string; ok: boolean } {
    const value = v[k];
    return { text: this.l.t(`desk.verify.${k}.${value}` as DeskKey), ok: value === GOOD[k] };
  }

  /** Why a list could not load: signing in is worded apart. */
  loadReason(e: unknown): string {
    return (e as ProblemError | undefined)?.status === 401 ? this.l.t('desk.reason.signIn') : this.reasonOf(e);
  }

  /** Never an Error's English: the kit's sentence for the problem's code, in the page's language. */
  reasonOf(e: unknown): string {
    const status = (e as ProblemError | undefined)?.status;
    if (status === 409) return this.l.t('desk.reason.conflict');
    if (status === 403) return this.l.t('desk.reason.forbidden');
    if (!(e instanceof ProblemError) && e instanceof UnreachableError) return this.l.t('desk.reason.unreachable');
    return this.problem(e);
  }
}
