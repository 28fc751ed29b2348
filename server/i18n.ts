/**
 * The server's sentences in the four languages of its users, keyed by problem code. The
 * elements show their own text for each code and use these only as a last resort; API clients
 * ask for a language with `Accept-Language` (English when they do not).
 *
 * English keeps the specific sentence the route wrote (it names the exact cause); the other
 * languages get a sentence per code, or per `SentenceKey` where one code covers causes a
 * person would want told apart. Per-field details are translated for the common field codes;
 * a rare one keeps its English, which the elements never show (they know every field code).
 * The sentences are in server/i18n/<lang>.ts, French the source the others are checked against.
 */
import type { ProblemCode } from '../src/model/problem.js';
import fr from './i18n/fr.js';
import nl from './i18n/nl.js';
import en from './i18n/en.js';
import de from './i18n/de.js';

export const LANGS = ['en', 'fr', 'nl', 'de'] as const;
export type Lang = (typeof LANGS)[number];

/** The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4); English when none fits. */
export function negotiate(header: string | undefined): Lang {
  if (!header) return 'en';
  let best: Lang = 'en';
  let bestQ = 0;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const lang = tag.trim().toLowerCase().split('-')[0] as Lang;
    if (!LANGS.includes(lang)) continue;
    const qParam = params.map((p) => p.trim().match(/^q=([01](?:\.\d{0,3})?)$/)).find(Boolean);
    const q = qParam ? Number(qParam[1]) : 1;
    if (q > bestQ) [best, bestQ] = [lang, q];
  }
  return best;
}

const TEXTS = { fr, nl, en, de };

/** The codes the validators give a field, which have a sentence in every language but English. */
export type FieldCode = keyof typeof fr.fields;
/** Causes a person would want told apart within one code. */
export type SentenceKey = keyof typeof fr.sentences;

const isFieldCode = (code: string): code is FieldCode => Object.hasOwn(fr.fields, code);

/** A per-field detail in `lang`; the validator's English for English, and for a rare code. */
export const fieldDetail = (code: string | undefined, english: string, lang: Lang) =>
  (lang !== 'en' && code !== undefined && isFieldCode(code) && TEXTS[lang].fields[code]) || english;

/** The title and detail of a problem in `lang`. */
export function problemTexts(code: ProblemCode, english: string | undefined, key: SentenceKey | undefined, lang: Lang) {
  if (lang === 'en') return { title: en.titles[code], detail: english ?? en.details[code] };
  const t = TEXTS[lang];
  return { title: t.titles[code], detail: (key && t.sentences[key]) || t.details[code] };
}
