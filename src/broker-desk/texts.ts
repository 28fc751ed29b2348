// The desk's sentences: one place that turns a request, a verification or an error into words.
import { displayName } from '../core/configure.js';
import type { ProblemError } from '../core/errors.js';
import type { LocalizeController } from '../core/localize.js';
import type { CoreKey } from '../i18n/core.js';
import type { DeskKey } from '../i18n/broker-desk.js';
import type { DeskItem } from '../model/desk.js';
import type { GrantStatus } from '../model/grant.js';

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

  /** Why a list could not load: signing in is worded apart. */
  loadReason(e: unknown): string {
    return (e as ProblemError | undefined)?.status === 401 ? this.l.t('desk.reason.signIn') : this.reasonOf(e);
  }

  /** Never an Error's English: the kit's sentence for the problem's code, in the page's language. */
  reasonOf(e: unknown): string {
    const status = (e as ProblemError | undefined)?.status;
    if (status === 409) return this.l.t('desk.reason.conflict');
    if (status === 403) return this.l.t('desk.reason.forbidden');
    // By name (a RetryLaterError is one too): the error classes load with the backend client, not with the desk.
    if ((e as Error | undefined)?.name === 'UnreachableError') return this.l.t('desk.reason.unreachable');
    return this.problem(e);
  }
}
