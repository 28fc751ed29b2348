import { pick, type Localized } from '../model/localized.js';
import type { LocalizeController } from '../core/localize.js';
import type { CoreKey } from '../i18n/core.js';
import type { ConsentKey } from '../i18n/consent.js';
import type { ConsentConfig } from './config.js';
import type { ResolvedPurpose, Text } from './presets.js';

/** The element's texts: its own catalog and the core's. */
export type ConsentLocalize = LocalizeController<ConsentKey | CoreKey>;

/** A label that already says "I object" in one of the kit's languages. */
const OBJECTION = /^(je m['’]oppose|i object|ik maak bezwaar|ik verzet me)/i;

/** Exactly what the person reads, in their language: rendered from here, and hashed as the proof. */
export interface ShownNotice {
  locale: string;
  title: string;
  intro: string;
  notice: {
    title: string;
    controller: string;
    contact: string;
    dpo?: string;
    purposes: string;
    transfers: string;
    rights: string;
    retention: string;
    policy: string;
    policyUrl: string;
  };
  purposes: ShownPurpose[];
}

export interface ShownPurpose {
  id: string;
  basis: string;
  version: string;
  label: string;
  description?: string;
  recipients?: string;
  transfers?: string;
}

const isKeyed = (t: Text): t is Extract<Text, { key: ConsentKey }> =>
  typeof t === 'object' && 'key' in t && typeof t.key === 'string';

/** A purpose's text (from the configuration, or a catalog key with parameters) in the page's language. */
export function textOf(localize: ConsentLocalize, t: Text | undefined): string {
  if (t === undefined) return '';
  const locale = localize.locale;
  if (!isKeyed(t)) return pick(t, locale);
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(t.params ?? {})) params[k] = pick(v, locale);
  return localize.t(t.key, params);
}

/** The language `textOf()` takes for `t` (undefined for a single text, which has none). */
export function langOf(localize: ConsentLocalize, t: Text | undefined): string | undefined {
  if (t === undefined) return undefined;
  return isKeyed(t) ? localize.lang(t.key) : localize.langOf(t as Localized);
}

/** The notice block: who, contact, rights, retention, policy. */
function noticeTexts(localize: ConsentLocalize, s: ConsentConfig, items: ResolvedPurpose[]): ShownNotice['notice'] {
  const t = (k: ConsentKey, p?: Record<string, string>) => localize.t(k, p);
  const l = (x?: Localized) => pick(x, localize.locale);
  const contact = l(s.controller.contact);
  const transfers = items.some((p) => p.transfersOutsideEU);
  return {
    title: t('consent.notice.title'),
    controller: t('consent.notice.controller', { name: l(s.controller.name), address: l(s.controller.address) }),
    contact: t('consent.notice.contact', { contact }),
    dpo: s.controller.dpo ? t('consent.notice.dpo', { dpo: l(s.controller.dpo) }) : undefined,
    purposes: t('consent.notice.purposes'),
    transfers: t(transfers ? 'consent.notice.someTransfers' : 'consent.notice.noTransfer'),
    rights: s.rights ? l(s.rights) : t('consent.notice.rights', { contact }),
    retention: s.retention ? l(s.retention) : t('consent.notice.retention'),
    policy: t('consent.notice.policy'),
    policyUrl: l(s.policyUrl),
  };
}

/** One purpose as shown: an opposition's label says "I object" unless it already does. */
export function shownPurpose(localize: ConsentLocalize, p: ResolvedPurpose): ShownPurpose {
  const text = (x: Text | undefined) => textOf(localize, x);
  const label = text(p.label);
  const recipients = p.recipients?.map(text).filter(Boolean);
  return {
    id: p.id,
    basis: p.basis,
    version: p.version,
    label: p.basis === 'opposition' && !OBJECTION.test(label) ? localize.t('consent.objectTo', { label }) : label,
    description: text(p.description) || undefined,
    recipients: recipients?.length ? localize.t('consent.recipients', { list: localize.list(recipients) }) : undefined,
    transfers: p.transfersOutsideEU ? localize.t('consent.transfers', { text: text(p.transfersOutsideEU) }) : undefined,
  };
}

/** The texts as shown now, in the element's locale. */
export function shownNotice(localize: ConsentLocalize, s: ConsentConfig, items: ResolvedPurpose[]): ShownNotice {
  return {
    locale: localize.locale,
    title: s.title ? pick(s.title, localize.locale) : localize.t('consent.title'),
    intro: localize.t('consent.intro'),
    notice: noticeTexts(localize, s, items),
    purposes: items.map((p) => shownPurpose(localize, p)),
  };
}
