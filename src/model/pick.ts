export const LOCALES = ['fr', 'nl', 'en', 'de'] as const;
export type BaseLocale = (typeof LOCALES)[number];
export const FALLBACK_LOCALE: BaseLocale = 'fr';

/** A text given once for every locale, or per locale with French as the fallback. */
export type Localized = string | ({ fr: string } & Partial<Record<string, string>>);

/** Picks the text for `locale`: exact (`nl-BE`), then its base (`nl`), then French. */
export function pick(text: Localized | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[locale.slice(0, 2)] ?? text[FALLBACK_LOCALE] ?? '';
}
