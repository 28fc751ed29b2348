/**
 * A text of a definition in fr, nl, en and de side by side (one column when narrow), shared by
 * the consent and mandate-form editors (the tree editor has its own, src/studio/tree/fields.ts).
 * French is the source: its field keeps the plain id (`#controller-name`), the others add the
 * language (`#controller-name-nl`); a missing translation is said in words in its label and
 * counted as a warning (it does not block publishing: the element falls back to French).
 */
import { html, type TemplateResult } from '../core/reactive.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localized } from '../model/localized.js';
import type { StudioKey } from '../i18n/studio.js';
import type { StudioHost, StudioLang, StudioProblem } from './host.js';

export const LANGS: readonly StudioLang[] = ['fr', 'nl', 'en', 'de'];
const LANG_KEY: Record<StudioLang, StudioKey> = {
  fr: 'studio.lang.fr',
  nl: 'studio.lang.nl',
  en: 'studio.lang.en',
  de: 'studio.lang.de',
};

type Texts = Partial<Record<string, string>>;

/** A localized value as texts per language (a single text is the French one). */
export function textsOf(v: unknown): Texts {
  if (typeof v === 'string') return { fr: v };
  return v && typeof v === 'object' ? { ...(v as Texts) } : {};
}

/**
 * The value with `lang` set to `text`: a single text while only French is written (as a person
 * writes the file), per language as soon as another one is; an empty translation is left out.
 */
export function withLang(old: unknown, lang: StudioLang, text: string): Localized {
  const t = textsOf(old);
  if (text || lang === 'fr') t[lang] = text;
  else delete t[lang];
  const others = Object.keys(t).filter((k) => k !== 'fr');
  return others.length ? ({ ...t, fr: t['fr'] ?? '' } as Localized) : (t['fr'] ?? '');
}

/** The languages without a text while the French one is written. */
export function missingLangs(v: unknown): StudioLang[] {
  const t = textsOf(v);
  if (!t['fr']?.trim()) return [];
  return LANGS.filter((l) => l !== 'fr' && !t[l]?.trim());
}

/** One warning per text with missing translations, at its path (`purposes.0.label`). */
export function missingWarnings(host: StudioHost, texts: [at: string, value: unknown][]): StudioProblem[] {
  return texts.flatMap(([at, value]) => {
    const missing = missingLangs(value);
    if (!missing.length) return [];
    const langs = new Intl.ListFormat(host.lang, { type: 'conjunction' }).format(
      missing.map((l) => host.t(LANG_KEY[l])),
    );
    return [{ at, message: host.t('studio.problem.missingLangs', { langs }), severity: 'warning' as const }];
  });
}

const hasError = (at: string, problems: StudioProblem[]) =>
  problems.some((p) => p.severity === 'error' && (p.at === at || p.at.startsWith(`${at}.`)));

/** The four fields of one text; `onChange` gets the new value and the language typed in. */
export function langFields(
  host: StudioHost,
  o: {
    id: string;
    legend: string;
    value: unknown;
    at: string;
    problems: StudioProblem[];
    multiline?: boolean;
    onChange: (next: Localized, lang: StudioLang) => void;
  },
): TemplateResult {
  const t = textsOf(o.value);
  const missing = missingLangs(o.value);
  const errors = o.problems.filter((p) => p.severity === 'error' && (p.at === o.at || p.at.startsWith(`${o.at}.`)));
  const field = (lang: StudioLang) => {
    const id = lang === 'fr' ? o.id : `${o.id}-${lang}`;
    const name = host.t(LANG_KEY[lang]);
    const label = missing.includes(lang) ? host.t('studio.lang.missing', { lang: name }) : name;
    const change = (e: Event) =>
      o.onChange(withLang(o.value, lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value), lang);
    const invalid = lang === 'fr' && hasError(o.at, o.problems) ? 'true' : 'false';
    const described = lang === 'fr' ? `${o.id}-error` : undefined;
    const control = o.multiline
      ? html`<textarea id=${id} lang=${lang} rows="3" aria-invalid=${invalid} aria-describedby=${ifDefined(described)} .value=${live(t[lang] ?? '')} @input=${change}></textarea>`
      : html`<input id=${id} type="text" lang=${lang} aria-invalid=${invalid} aria-describedby=${ifDefined(described)} .value=${live(t[lang] ?? '')} @input=${change} />`;
    return html`<div class="lang" data-missing=${missing.includes(lang) ? 'true' : 'false'}>
      <label for=${id}>${label}</label>${control}
    </div>`;
  };
  return html`<fieldset class="langs">
    <legend>${o.legend}</legend>
    ${LANGS.map(field)}
    <p class="field-error" id=${`${o.id}-error`} role="alert">${errors.map((p) => p.message).join(' ')}</p>
  </fieldset>`;
}
