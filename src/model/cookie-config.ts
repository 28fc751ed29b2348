/**
 * The configuration of `<procura-cookie-opposition>`: its schema, and its type derived from it.
 * Moved from src/cookie-opposition/config.ts (wave 6) so that the reference server and
 * `<procura-studio>` check it with the element's own schema; the old path re-exports it.
 */
import { array, object, optional, string, type Infer, type Schema } from './schema.js';
import { localized } from './localized.js';

/** What `onOppose` receives (the audience gate's `OppositionHook`, written here so the model imports nothing). */
export type CookieOppositionHook = (detail: { opposed: boolean; source: 'user' | 'stored' | 'gpc' }) => void;

const fn: Schema<CookieOppositionHook> = {
  check: (v, path, issues) =>
    typeof v === 'function'
      ? (v as CookieOppositionHook)
      : void issues.push({ path, code: 'type', message: 'expected a function (set it through the config property)' }),
};

export const cookieOppositionConfig = object({
  /** Who measures (replaces the default sentence). */
  who: optional(localized({ max: 500 })),
  /** What is measured (replaces the default sentence). */
  what: optional(localized({ max: 2000 })),
  /** Measurement cookies deleted on opposition, `*` as wildcard; default `_pk_*`, `_ga`, `_ga_*`, `_gid`. */
  cookies: optional(array(string({ min: 1, max: 100, pattern: /^[\w.*-]+$/ }), { max: 50 })),
  /** Google Analytics 4 ids to disable (`window['ga-disable-G-…']`); those in `gtag('config')` are found too. */
  measurementIds: optional(array(string({ pattern: /^G-\w+$/ }), { max: 20 })),
  /** The `data-procura-category` of the scripts to gate (default `audience`). */
  category: optional(string({ pattern: /^[\w-]{1,40}$/ })),
  /** Name of the cookie or localStorage key holding the choice (default `procura_audience_opposition`). */
  storageKey: optional(string({ pattern: /^[\w-]{1,64}$/ })),
  /** Called once whenever the page becomes opposed (config property only: JSON holds no function). */
  onOppose: optional(fn),
});
/** The `config` of `<procura-cookie-opposition>`, derived from its schema. */
export type CookieOppositionConfig = Infer<typeof cookieOppositionConfig>;
