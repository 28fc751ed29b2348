/**
 * The presets of 002 live in src/model/consent-config.ts (shared with the server and the studio);
 * re-exported here so the element and its users keep their imports.
 */
import type { ConsentPresetsKey } from '../i18n/consent-presets.js';
import type { PresetTextKey } from '../model/consent-presets.js';

export {
  PRESETS,
  PRESET_SETS,
  PRESET_VERSION,
  SHARE,
  isPresetId,
  presetPurpose,
  shareId,
  sharePreset,
  sharePurpose,
  type Basis,
  type PresetId,
  type ResolvedPurpose,
  type ShareOptions,
  type Text,
} from '../model/consent-presets.js';

/** Every key a preset names is one the presets' catalog holds (a compile-time check, no code). */
export type PresetKeysInCatalog = PresetTextKey extends ConsentPresetsKey ? true : never;
const presetKeysInCatalog: PresetKeysInCatalog = true;
void presetKeysInCatalog;
