import {
  array,
  boolean,
  object,
  optional,
  string,
  union,
  joinPath,
  type Infer,
  type Issue,
  type Schema,
} from './schema.js';
import { localized, type Localized } from './localized.js';
import { basis, purpose } from './consent.js';
import {
  PRESETS,
  PRESET_SETS,
  SHARE,
  isPresetId,
  presetPurpose,
  sharePurpose,
  type ResolvedPurpose,
} from './consent-presets.js';

export * from './consent-presets.js';

/*
 * The configuration of `<procura-consent>` and the rules of 002/003 on it, moved from
 * src/consent/config.ts (wave 6): the reference server checks a published consent definition
 * with them, and `<procura-studio>` refuses a forbidden configuration as it is typed.
 * src/consent/config.ts re-exports them.
 */
const purposeId = string({ min: 1, max: 64, pattern: /^[A-Za-z][\w.-]{0,63}$/ });

/** A preset, with what the site may override (and the refused fields, so the checker can name them). */
const presetEntry = object({
  preset: string({ min: 1, max: 64 }),
  id: optional(purposeId),
  label: optional(localized({ max: 500 })),
  description: optional(localized({ max: 4000 })),
  basis: optional(basis),
  version: optional(string({ min: 1, max: 64 })),
  recipients: optional(array(localized({ max: 500 }), { max: 50 })),
  transfersOutsideEU: optional(localized({ max: 1000 })),
  recipient: optional(localized({ max: 200 })),
  data: optional(localized({ max: 300 })),
  required: optional(boolean()),
  checked: optional(boolean()),
  bundledWith: optional(string({ max: 64 })),
});
type PresetEntry = Infer<typeof presetEntry>;
type FullPurpose = Infer<typeof purpose>;
type Entry = string | PresetEntry | FullPurpose;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const entry: Schema<Entry> = union(
  string({ min: 1, max: 64 }),
  union(presetEntry, purpose, (v) => (isObject(v) && 'preset' in v ? 0 : 1)),
  (v) => (typeof v === 'string' ? 0 : 1),
);

export const consentConfig = object({
  /** A named set of presets (`insurance-prospection`), like the `preset` attribute. */
  preset: optional(string({ min: 1, max: 64 })),
  purposes: optional(array(entry, { max: 50 })),
  controller: object({
    name: localized({ max: 300 }),
    address: localized({ max: 500 }),
    contact: localized({ max: 500 }),
    dpo: optional(localized({ max: 500 })),
  }),
  policyUrl: localized({ max: 1000 }),
  noticeVersion: string({ min: 1, max: 64 }),
  retention: optional(localized({ max: 4000 })),
  rights: optional(localized({ max: 4000 })),
  title: optional(localized({ max: 300 })),
});
export type ConsentConfig = Infer<typeof consentConfig>;

/** Words that name the terms of use or a contest, in the three languages: consent is never bundled with them (002). */
const BUNDLED =
  /\b(terms|conditions g[ée]n[ée]rales|cgu|cgv|general conditions|algemene voorwaarden|gebruiksvoorwaarden|contest|concours|loterie|lottery|sweepstakes?|wedstrijd|prijsvraag|tombola)\b/i;
const texts = (t: Localized | undefined): [string, string][] =>
  t === undefined ? [] : typeof t === 'string' ? [['', t]] : Object.entries(t).map(([k, v]) => [k, v ?? '']);
/** https, or a path on the site (`/privacy`, `privacy.html`): never another scheme (`javascript:`). */
const URL_OK = /^(https?:\/\/|(?![a-z][\w+.-]*:))\S+$/i;

/**
 * Expands the attribute presets and the configured entries into purposes, and checks
 * the rules of 002 and 003 that a schema cannot say. Each refusal has its own path.
 */
export function resolvePurposes(
  cfg: ConsentConfig,
  attrs: { preset?: string | null; purposes?: string | null },
  issues: Issue[],
): ResolvedPurpose[] {
  const out = new Map<string, ResolvedPurpose>();
  if (attrs.preset) addSet(out, attrs.preset, 'preset (attribute)', issues);
  if (cfg.preset) addSet(out, cfg.preset, 'preset', issues);
  for (const id of (attrs.purposes ?? '').split(/[\s,]+/).filter(Boolean))
    addPreset(out, id, 'purposes (attribute)', issues);
  addEntries(out, cfg.purposes ?? [], issues);
  if (!out.size && !issues.length)
    issues.push({ path: 'purposes', code: 'required', message: 'needs at least one purpose (or a preset)' });
  return [...out.values()];
}

/** The purposes of a named set of presets (`insurance-prospection`). */
function addSet(out: Map<string, ResolvedPurpose>, name: string, path: string, issues: Issue[]): void {
  const set = PRESET_SETS[name];
  if (!set)
    return void issues.push({
      path,
      code: 'preset',
      message: `"${name}" is not a known preset set (known: ${Object.keys(PRESET_SETS).join(', ')})`,
    });
  for (const id of set) addPreset(out, id, path, issues);
}

function addPreset(out: Map<string, ResolvedPurpose>, id: string, path: string, issues: Issue[]): void {
  const p = presetPurpose(id);
  if (!p)
    return void issues.push({
      path,
      code: 'preset',
      message: `"${id}" is not a known preset purpose (known: ${Object.keys(PRESETS).join(', ')})`,
    });
  out.set(id, p);
}

/** The configured entries: a preset id, a preset with what the site overrides, or a whole purpose. */
function addEntries(out: Map<string, ResolvedPurpose>, entries: readonly Entry[], issues: Issue[]): void {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const path = joinPath('purposes', i);
    if (typeof e === 'string') return addPreset(out, e, path, issues);
    const p = 'preset' in e ? fromPreset(e, path, issues) : fromFull(e);
    if (!p) return;
    checkEntry(e, p, path, issues);
    if (seen.has(p.id))
      issues.push({
        path: joinPath(path, 'id'),
        code: 'duplicate',
        message: `the purpose "${p.id}" is configured twice`,
      });
    seen.add(p.id);
    out.set(p.id, p);
  });
}

function fromPreset(e: PresetEntry, path: string, issues: Issue[]): ResolvedPurpose | undefined {
  let base: ResolvedPurpose | undefined;
  if (e.preset === SHARE) {
    if (!e.recipient)
      issues.push({
        path: joinPath(path, 'recipient'),
        code: 'required',
        message: 'a share names its recipient (003): who receives the data',
      });
    if (!e.data)
      issues.push({
        path: joinPath(path, 'data'),
        code: 'required',
        message: 'a share names the kind of data it hands over (003)',
      });
    if (!e.recipient || !e.data) return undefined;
    base = sharePurpose({ recipient: e.recipient, data: e.data, id: e.id, version: e.version });
  } else base = presetPurpose(e.preset);
  if (!base)
    return void issues.push({
      path: joinPath(path, 'preset'),
      code: 'preset',
      message: `"${e.preset}" is not a known preset (known: ${[...Object.keys(PRESETS), SHARE].join(', ')})`,
    });
  return {
    ...base,
    id: e.id ?? base.id,
    basis: e.basis ?? base.basis,
    version: e.version ?? base.version,
    label: e.label ?? base.label,
    description: e.description ?? base.description,
    recipients: e.recipients ?? base.recipients,
    transfersOutsideEU: e.transfersOutsideEU,
  };
}

function fromFull(e: FullPurpose): ResolvedPurpose {
  return { ...e, preset: isPresetId(e.id) ? e.id : undefined };
}

function checkEntry(e: PresetEntry | FullPurpose, p: ResolvedPurpose, path: string, issues: Issue[]): void {
  checkFree(e, path, issues);
  checkUnbundled(e, p, path, issues);
  checkBasis(p, path, issues);
}

/** Never required, never ticked in advance (002). */
function checkFree(e: PresetEntry | FullPurpose, path: string, issues: Issue[]): void {
  if (e.required)
    issues.push({
      path: joinPath(path, 'required'),
      code: 'required-consent',
      message:
        'a purpose can never be required to submit: consent must be free, and refusing it must not block the form (002)',
    });
  if (e.checked)
    issues.push({
      path: joinPath(path, 'checked'),
      code: 'pre-ticked',
      message: 'a purpose can never be ticked in advance: the person ticks it themselves (002)',
    });
}

/** Never bundled with the terms of use or a contest (002). */
function checkUnbundled(e: PresetEntry | FullPurpose, p: ResolvedPurpose, path: string, issues: Issue[]): void {
  if (e.bundledWith)
    issues.push({
      path: joinPath(path, 'bundledWith'),
      code: 'bundled',
      message: /contest|concours/i.test(e.bundledWith)
        ? 'taking part in a contest can never depend on accepting prospection (002): ask for consent separately'
        : 'accepting the terms of use is never consent (002): keep the terms in their own checkbox, outside this element',
    });
  if (BUNDLED.test(p.id.replace(/[_.-]/g, ' ')))
    issues.push({
      path: joinPath(path, 'id'),
      code: 'bundled',
      message: `"${p.id}" names the terms of use or a contest: consent cannot be bundled with them (002)`,
    });
  for (const [lang, t] of texts('label' in e ? e.label : undefined))
    if (BUNDLED.test(t))
      issues.push({
        path: joinPath(joinPath(path, 'label'), lang).replace(/\.$/, ''),
        code: 'bundled',
        message: 'this label names the terms of use or a contest: consent cannot be bundled with them (002)',
      });
}

/** A preset that needs consent (and every share) stays on consent. */
function checkBasis(p: ResolvedPurpose, path: string, issues: Issue[]): void {
  const def = p.preset && isPresetId(p.preset) ? PRESETS[p.preset] : undefined;
  if ((def?.basis === 'consent' || p.preset === SHARE) && p.basis !== 'consent')
    issues.push({
      path: joinPath(path, 'basis'),
      code: 'consent-required',
      message:
        p.preset === SHARE
          ? 'sharing data with a third party happens only with the person’s consent (003): the basis must be "consent"'
          : `"${p.preset}" requires the person’s prior consent (002): it cannot be an opposition`,
    });
}

/** Rules on the notice itself. */
export function checkNotice(cfg: ConsentConfig, issues: Issue[]): void {
  for (const [lang, url] of texts(cfg.policyUrl))
    if (!URL_OK.test(url))
      issues.push({
        path: lang ? `policyUrl.${lang}` : 'policyUrl',
        code: 'format',
        message: 'must be an https:// address or a path on the site',
      });
}
