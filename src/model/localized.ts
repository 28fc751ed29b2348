import { type Schema, type Issue, joinPath } from './schema.js';

import { FALLBACK_LOCALE, type Localized } from './pick.js';

// pick() and the locales are in pick.ts: what every element needs at once, apart from this
// schema (which a bundle then keeps only where a configuration is checked).
export { LOCALES, FALLBACK_LOCALE, pick, type BaseLocale, type Localized } from './pick.js';

/* @__NO_SIDE_EFFECTS__ */
export function localized(opts: { max?: number } = {}): Schema<Localized> {
  const max = opts.max ?? 4000;
  return {
    def: ['localized'],
    check(v, path, issues: Issue[]) {
      if (typeof v === 'string') {
        if (!v.trim()) issues.push({ path, code: 'required', message: 'must not be empty' });
        else if (v.length > max) issues.push({ path, code: 'max', message: `must be at most ${max} characters` });
        return v;
      }
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        issues.push({
          path,
          code: 'type',
          message: `expected a text or an object of texts per language, got ${v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v}`,
        });
        return undefined;
      }
      const texts = v as Record<string, unknown>;
      const before = issues.length;
      if (typeof texts[FALLBACK_LOCALE] !== 'string' || !(texts[FALLBACK_LOCALE] as string).trim())
        issues.push({
          path: joinPath(path, FALLBACK_LOCALE),
          code: 'fallback',
          message: 'the French text is required: it is the fallback for every other language',
        });
      for (const [k, x] of Object.entries(texts)) {
        if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(k))
          issues.push({
            path: joinPath(path, k),
            code: 'key',
            message: `"${k}" is not a language code like "fr" or "nl-BE"`,
          });
        else if (typeof x !== 'string')
          issues.push({ path: joinPath(path, k), code: 'type', message: 'expected a text' });
      }
      return issues.length === before ? (texts as Localized) : undefined;
    },
  };
}
