import type { Catalog } from '../core/localize.js';
import type fr from './fr/core-config.js';
import type { KeysOf } from '../core/localize.js';

/**
 * The sentences of a configuration error (`core.configError.…`), French included: they load with
 * the configuration's check (src/core/config-read.ts), so an element whose configuration is
 * fine never pays for them. Their keys are in `CoreKey` (core.ts); nl/en/de are typed against fr.
 * A plain object (not `defineCatalog`): nothing of localize.ts is imported by the lazy chunk.
 */
export const coreConfigCatalog: Catalog<KeysOf<typeof fr>> = {
  name: 'core-config',
  fr: () => import('./fr/core-config.js'),
  nl: () => import('./nl/core-config.js'),
  en: () => import('./en/core-config.js'),
  de: () => import('./de/core-config.js'),
};
