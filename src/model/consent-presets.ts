import type { Localized } from './localized.js';

/**
 * Moved from src/consent/presets.ts (wave 6) so that the reference server and `<procura-studio>`
 * check a consent configuration with the element's own rules; src/consent/presets.ts re-exports it.
 *
 * The purposes of 002 (the CNIL's simplified norm NS 56 for insurers' client and
 * prospect management), ready to use. Their texts live in the consent catalogs
 * (`consent.p.<id>.label`, `.description`), so that only the page's language ships.
 */
export type Basis = 'consent' | 'opposition';

/** A text the element shows: from the configuration, or a catalog key with parameters. */
export type Text = Localized | { key: PresetTextKey; params?: Record<string, Localized> };

export interface ResolvedPurpose {
  id: string;
  basis: Basis;
  version: string;
  label: Text;
  description?: Text;
  recipients?: Text[];
  transfersOutsideEU?: Text;
  /** The preset it came from, if any. */
  preset?: string;
}

type RecipientKey = 'us' | 'group' | 'partners';
interface PresetDef {
  basis: Basis;
  recipients: readonly RecipientKey[];
}

/** What 002 says requires consent, and what an opposition suffices for. */
export const PRESETS = {
  'electronic-prospection': { basis: 'consent', recipients: ['us', 'group'] },
  'automated-calls': { basis: 'consent', recipients: ['us', 'group'] },
  'partners-electronic': { basis: 'consent', recipients: ['partners'] },
  'sensitive-data': { basis: 'consent', recipients: ['us'] },
  photo: { basis: 'consent', recipients: ['us'] },
  'postal-phone-prospection': { basis: 'opposition', recipients: ['us', 'group'] },
  'analogous-email-prospection': { basis: 'opposition', recipients: ['us', 'group'] },
  'partners-postal': { basis: 'opposition', recipients: ['partners'] },
  'partners-identity': { basis: 'opposition', recipients: ['partners'] },
} as const satisfies Record<string, PresetDef>;
export type PresetId = keyof typeof PRESETS;

/** The catalog texts of each preset: written out, so that every key is one the catalog has. */
const PRESET_TEXT = {
  'electronic-prospection': {
    label: 'consent.p.electronic-prospection.label',
    description: 'consent.p.electronic-prospection.description',
  },
  'automated-calls': { label: 'consent.p.automated-calls.label', description: 'consent.p.automated-calls.description' },
  'partners-electronic': {
    label: 'consent.p.partners-electronic.label',
    description: 'consent.p.partners-electronic.description',
  },
  'sensitive-data': { label: 'consent.p.sensitive-data.label', description: 'consent.p.sensitive-data.description' },
  photo: { label: 'consent.p.photo.label', description: 'consent.p.photo.description' },
  'postal-phone-prospection': {
    label: 'consent.p.postal-phone-prospection.label',
    description: 'consent.p.postal-phone-prospection.description',
  },
  'analogous-email-prospection': {
    label: 'consent.p.analogous-email-prospection.label',
    description: 'consent.p.analogous-email-prospection.description',
  },
  'partners-postal': { label: 'consent.p.partners-postal.label', description: 'consent.p.partners-postal.description' },
  'partners-identity': {
    label: 'consent.p.partners-identity.label',
    description: 'consent.p.partners-identity.description',
  },
} as const satisfies Record<PresetId, { label: string; description: string }>;

const RECIPIENT_TEXT = {
  us: 'consent.recipients.us',
  group: 'consent.recipients.group',
  partners: 'consent.recipients.partners',
} as const satisfies Record<RecipientKey, string>;
const SHARE_TEXT = { label: 'consent.p.share.label', description: 'consent.p.share.description' } as const;

/**
 * Every catalog key a preset's texts use (the consent catalogs hold them: the element's
 * `presets.ts` checks at compile time that each is a `ConsentKey`). Written out, never built.
 */
export type PresetTextKey =
  | (typeof PRESET_TEXT)[PresetId][keyof (typeof PRESET_TEXT)[PresetId]]
  | (typeof RECIPIENT_TEXT)[RecipientKey]
  | (typeof SHARE_TEXT)[keyof typeof SHARE_TEXT];

export const isPresetId = (id: string): id is PresetId => Object.hasOwn(PRESETS, id);

/** Named sets of presets, for the `preset` attribute. */
export const PRESET_SETS: Record<string, PresetId[]> = {
  'insurance-prospection': Object.keys(PRESETS) as PresetId[],
};

/** Sharing a kind of data with a named third party at the person's request (003). Always consent. */
export const SHARE = 'share';
export const PRESET_VERSION = '1';

export interface ShareOptions {
  recipient: Localized;
  data: Localized;
  id?: string;
  version?: string;
}

/** A config entry for sharing `data` with `recipient` at the person's request: `sharePreset({ recipient: 'Banque X', data: 'pension rights' })`. */
export function sharePreset(opts: ShareOptions): { preset: 'share' } & ShareOptions {
  return { preset: SHARE, ...opts };
}

const slug = (t: Localized): string =>
  (typeof t === 'string' ? t : t.fr)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function shareId(recipient: Localized, data: Localized): string {
  return `share-${slug(recipient)}-${slug(data)}`.slice(0, 64).replace(/-$/, '');
}

/** The purpose a preset id stands for, with its texts as catalog keys. */
export function presetPurpose(id: string): ResolvedPurpose | undefined {
  if (!isPresetId(id)) return undefined;
  const def: PresetDef = PRESETS[id];
  const text = PRESET_TEXT[id];
  return {
    id,
    basis: def.basis,
    version: PRESET_VERSION,
    preset: id,
    label: { key: text.label },
    description: { key: text.description },
    recipients: def.recipients.map((r) => ({ key: RECIPIENT_TEXT[r] })),
  };
}

export function sharePurpose(o: ShareOptions): ResolvedPurpose {
  const params = { recipient: o.recipient, data: o.data };
  return {
    id: o.id ?? shareId(o.recipient, o.data),
    basis: 'consent',
    version: o.version ?? PRESET_VERSION,
    preset: SHARE,
    label: { key: SHARE_TEXT.label, params },
    description: { key: SHARE_TEXT.description, params },
    recipients: [o.recipient],
  };
}
