/**
 * The consent editor's data: a `<procura-consent>` configuration (src/model/consent-config.ts)
 * edited in place, and its checker's refusals as sentences of the studio, each naming its field.
 */
import type { Issue } from '../../model/schema.js';
import {
  consentConfig,
  checkNotice,
  resolvePurposes,
  PRESETS,
  type ConsentConfig,
  type PresetId,
} from '../../model/consent-config.js';
import type { Localized } from '../../model/localized.js';
import type { StudioKey } from '../../i18n/studio.js';
import type { StudioHost, StudioProblem } from '../host.js';
import { missingWarnings } from '../langs.js';

/** A purpose of the office's own, as the editor writes it. */
export interface CustomPurpose {
  id: string;
  label: Localized;
  description?: Localized;
  basis: 'consent' | 'opposition';
  version: string;
  checked?: boolean;
  required?: boolean;
}

export type Entry = string | CustomPurpose | Record<string, unknown>;
export type Draft = Omit<Partial<ConsentConfig>, 'purposes' | 'controller'> & {
  purposes?: Entry[];
  controller?: Partial<Record<'name' | 'address' | 'contact' | 'dpo', Localized>>;
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export function blank(): Draft {
  return { purposes: [], controller: { name: '', address: '', contact: '' }, policyUrl: '', noticeVersion: '1' };
}

/** The French text of a localized field (the editor's text), or the single text. */
export const textOf = (t: unknown): string =>
  typeof t === 'string' ? t : t && typeof t === 'object' ? String((t as Record<string, unknown>)['fr'] ?? '') : '';

export function presetOf(e: Entry): string | undefined {
  if (typeof e === 'string') return e;
  const preset = (e as Record<string, unknown>)['preset'];
  return typeof preset === 'string' ? preset : undefined;
}

const CODE_KEY: Record<string, StudioKey> = {
  required: 'studio.problem.required',
  fallback: 'studio.problem.fallback',
  'pre-ticked': 'studio.problem.pre-ticked',
  'required-consent': 'studio.problem.required-consent',
  bundled: 'studio.problem.bundled',
  'consent-required': 'studio.problem.consent-required',
  duplicate: 'studio.problem.duplicate',
  format: 'studio.problem.format',
  pattern: 'studio.problem.pattern',
  min: 'studio.problem.required',
};

function sentence(host: StudioHost, i: Issue): string {
  if (i.path === 'purposes' && i.code === 'required') return host.t('studio.problem.purposes');
  const key = CODE_KEY[i.code];
  return key ? host.t(key) : host.t('studio.problem.other', { detail: i.message });
}

/** Every refusal of the schema and of the rules of 002/003, at its field (`purposes.1.checked`, `controller.name`). */
export function problems(host: StudioHost, d: Draft): StudioProblem[] {
  const issues: Issue[] = [];
  const cfg = consentConfig.check(d, '', issues);
  if (cfg && !issues.length) {
    resolvePurposes(cfg, {}, issues);
    checkNotice(cfg, issues);
  }
  const errors = issues.map((i) => ({
    at: i.path.replace(/\[(\d+)\]/g, '.$1').replace(/\.fr$/, ''),
    message: sentence(host, i),
    severity: 'error' as const,
  }));
  return [...errors, ...missingWarnings(host, texts(d))];
}

/** The notice's and the office's purposes' texts a person reads, checked for their translations (the contact is an address). */
function texts(d: Draft): [string, unknown][] {
  const c = d.controller ?? {};
  const out: [string, unknown][] = [
    ['controller.name', c.name],
    ['controller.address', c.address],
    ['controller.dpo', c.dpo],
    ['policyUrl', d.policyUrl],
  ];
  (d.purposes ?? []).forEach((e, i) => {
    if (typeof e !== 'object' || presetOf(e) !== undefined) return;
    out.push([`purposes.${i}.label`, e['label']], [`purposes.${i}.description`, e['description']]);
  });
  return out;
}
