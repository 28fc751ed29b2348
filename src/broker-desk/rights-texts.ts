// The rights queue's and staff panel's words: tables from the model's values to whole sentences, and the clock.
import type { LocalizeController } from '../core/localize.js';
import type { DeskKey } from '../i18n/broker-desk.js';
import type { DeskRightsKey } from '../i18n/broker-desk-rights.js';
import type { CoreKey } from '../i18n/core.js';
import type {
  CorrectableField,
  RightsKind,
  RightsOutcome,
  RightsRefusalCode,
  RightsRequest,
  RightsStatus,
  StaffAccount,
} from '../model/rights.js';
import type { RightsFilter } from './rights-store.js';

/** The desk's localizer once the panels' chunk added its catalog (`deskRightsCatalog`). */
export type RightsLocalize = LocalizeController<DeskKey | DeskRightsKey | CoreKey>;

export const KIND_TEXT: Record<RightsKind, DeskRightsKey> = {
  access: 'desk.rights.kind.access',
  rectification: 'desk.rights.kind.rectification',
  erasure: 'desk.rights.kind.erasure',
  restriction: 'desk.rights.kind.restriction',
  objection: 'desk.rights.kind.objection',
};
export const RIGHTS_STATUS_TEXT: Record<RightsStatus, DeskRightsKey> = {
  received: 'desk.rights.status.received',
  extended: 'desk.rights.status.extended',
  done: 'desk.rights.status.done',
  'partly-done': 'desk.rights.status.partly-done',
  refused: 'desk.rights.status.refused',
};
export const FIELD_TEXT: Record<CorrectableField, DeskRightsKey> = {
  givenName: 'desk.rights.field.givenName',
  familyName: 'desk.rights.field.familyName',
  displayName: 'desk.rights.field.displayName',
  legalName: 'desk.rights.field.legalName',
  email: 'desk.rights.field.email',
  phone: 'desk.rights.field.phone',
  birthDate: 'desk.rights.field.birthDate',
  seat: 'desk.rights.field.seat',
};
export const OUTCOME_TEXT: Record<RightsOutcome, DeskRightsKey> = {
  done: 'desk.rights.outcome.done',
  'partly-done': 'desk.rights.outcome.partly-done',
  refused: 'desk.rights.outcome.refused',
};
export const RIGHTS_REFUSAL_TEXT: Record<RightsRefusalCode, DeskRightsKey> = {
  'legal-hold-accounting': 'desk.rights.refusal.legal-hold-accounting',
  'legal-hold-contract': 'desk.rights.refusal.legal-hold-contract',
  'identity-unverified': 'desk.rights.refusal.identity-unverified',
  'manifestly-unfounded': 'desk.rights.refusal.manifestly-unfounded',
  other: 'desk.rights.refusal.other',
};
export const FILTER_TEXT: Record<RightsFilter, DeskRightsKey> = {
  open: 'desk.rights.tab.open',
  answered: 'desk.rights.tab.answered',
  all: 'desk.rights.tab.all',
};
export const ROLE_TEXT: Record<StaffAccount['staffRole'], DeskRightsKey> = {
  admin: 'desk.staff.role.admin',
  reviewer: 'desk.staff.role.reviewer',
};

/** Calendar days from `now` to `at`, in the page's time zone (negative: past). */
export function daysUntil(at: string, now = new Date()): number {
  const d = new Date(at);
  const day = (x: Date) => Date.UTC(x.getFullYear(), x.getMonth(), x.getDate());
  return Math.round((day(d) - day(now)) / 86_400_000);
}

export const isOpen = (r: RightsRequest): boolean => r.status === 'received' || r.status === 'extended';
export const isOverdue = (r: RightsRequest, now = new Date()): boolean => isOpen(r) && daysUntil(r.dueAt, now) < 0;

/** The clock of an open request in words: "À répondre dans 12 jours", "En retard de 3 jours"; answered: when. */
export function clock(l: RightsLocalize, r: RightsRequest, now = new Date()): string {
  if (!isOpen(r)) return l.t('desk.rights.answeredOn', { date: l.date(r.answer?.at ?? r.dueAt) });
  const days = daysUntil(r.dueAt, now);
  if (days === 0) return l.t('desk.rights.dueToday');
  return days > 0 ? l.t('desk.rights.dueIn', { count: days }) : l.t('desk.rights.overdue', { count: -days });
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 864e5],
  ['month', 30 * 864e5],
  ['day', 864e5],
  ['hour', 36e5],
  ['minute', 6e4],
];

/** "il y a 3 jours" in the page's language (Intl), for the staff's last activity. */
export function relative(locale: string, at: string, now = Date.now()): string {
  const ms = new Date(at).getTime() - now;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) if (Math.abs(ms) >= size) return rtf.format(Math.round(ms / size), unit);
  return rtf.format(0, 'minute');
}
