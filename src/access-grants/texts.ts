// The grants viewer's sentences: one place that turns a grant into words (a difference or an error: states.ts).
import { displayName } from '../core/configure.js';
import type { LocalizeController } from '../core/localize.js';
import type { CoreKey } from '../i18n/core.js';
import type { GrantsKey } from '../i18n/access-grants.js';
import type { Grant, GrantStatus } from '../model/grant.js';
import type { Scope } from '../model/mandate.js';
import type { ContractsScope } from '../model/tree.js';
import { directionOf, isCurrent, isOwn, type Direction } from './grants.js';

export type GrantsLocalize = LocalizeController<GrantsKey | CoreKey>;

export const STATUS_TEXT: Record<GrantStatus, GrantsKey> = {
  pending: 'grants.status.pending',
  active: 'grants.status.active',
  revoked: 'grants.status.revoked',
  expired: 'grants.status.expired',
  refused: 'grants.status.refused',
};
export const DIRECTION_TEXT: Record<Direction, GrantsKey> = { given: 'grants.given', held: 'grants.held' };
const SCOPE_TEXT: Record<ContractsScope, GrantsKey> = {
  all: 'grants.scope.all',
  one: 'grants.scope.one',
  listed: 'grants.scope.listed',
};

/** Sentences about a grant's holder, and their wording for one's own access (an access request); those said once a person acts are in act.ts. */
const HOLDER = {
  'grants.revokeOf': 'grants.revokeOfOwn',
  'grants.heldNote': 'grants.heldNoteOwn',
} as const satisfies Partial<Record<GrantsKey, GrantsKey>>;
export type HolderKey = keyof typeof HOLDER;

export class GrantTexts {
  constructor(private readonly l: GrantsLocalize) {}

  /** A service's or a contract's display name (`configure({ services, contracts })`), never a bare id when one is set. */
  service(id: string): string {
    return displayName('services', id, this.l.locale);
  }

  /** A sentence about a grant's holder: for one's own access (an access request), its own wording. */
  says(key: HolderKey, g: Grant, params?: Record<string, string>): string {
    return this.holder(key, HOLDER[key], g, params);
  }

  /** `key` about a grant's holder, `own` its wording for one's own access; the keys may be a lazy catalog's. */
  holder(key: string, own: string, g: Grant, params: Record<string, string> = {}): string {
    return (this.l as LocalizeController<string>).t(isOwn(g) ? own : key, {
      name: this.nameOf(g),
      service: this.service(g.service),
      ...params,
    });
  }

  nameOf(g: Grant): string {
    if (isOwn(g)) return this.l.t('grants.own');
    return directionOf(g) === 'held' && g.grantor?.displayName
      ? g.grantor.displayName
      : `${g.mandatary.givenName} ${g.mandatary.familyName}`;
  }

  /** `grantor` and `broker` are roles (the reference server's words); anything else is a name. */
  revoker(g: Grant): string {
    if (g.revokedBy === 'broker') return this.l.t('grants.by.broker');
    if (g.revokedBy && g.revokedBy !== 'grantor') return g.revokedBy;
    return directionOf(g) === 'given'
      ? this.l.t('grants.by.me')
      : (g.grantor?.displayName ?? this.l.t('grants.by.grantor'));
  }

  /** When it was asked for, started, and ended or ends. */
  dates(g: Grant): string {
    const t = this.l.t.bind(this.l);
    const d = (v: string) => this.l.date(v);
    const out = [t('grants.requestedOn', { date: d(g.createdAt) })];
    if (g.activatedAt) out.push(t('grants.activatedOn', { date: d(g.activatedAt) }));
    if (g.status === 'revoked' && g.revokedAt)
      out.push(t('grants.revokedOn', { date: d(g.revokedAt), who: this.revoker(g) }));
    else if (g.status === 'expired' && g.validUntil) out.push(t('grants.expiredOn', { date: d(g.validUntil) }));
    else if (isCurrent(g)) out.push(this.until(g.validUntil));
    return out.join(' · ');
  }

  until(v?: string): string {
    return v ? this.l.t('grants.until', { date: this.l.date(v) }) : this.l.t('grants.noEnd');
  }

  scopeText(s: Scope): string {
    const ids = (s.contractIds ?? []).map((id) => displayName('contracts', id, this.l.locale));
    const which = this.l.t(SCOPE_TEXT[s.contracts], { ids: this.l.list(ids) });
    return `${which}, ${this.l.t(s.includeFuture ? 'grants.future.yes' : 'grants.future.no')}`;
  }
}
