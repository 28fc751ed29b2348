import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { getConfiguration } from './configure.js';
import { pick, type Localized } from '../model/localized.js';

export type Messages = Record<string, string>;
export type BaseLocale = 'fr' | 'nl' | 'en' | 'de';

/**
 * One element's texts: French is bundled (it is the source and the fallback), the
 * other languages are loaded on first use so that a French page never pays for them.
 * `regional` holds the few keys a region words differently (`{ 'fr-CA': { … } }`):
 * only keys that differ from the language's catalog belong there.
 */
export interface Catalog {
  name: string;
  fr: Messages;
  nl: () => Promise<{ default: Messages }>;
  en: () => Promise<{ default: Messages }>;
  de: () => Promise<{ default: Messages }>;
  regional?: Record<string, Messages>;
}

const SUPPORTED: readonly BaseLocale[] = ['fr', 'nl', 'en', 'de'];
const loaded = new Map<string, Messages>();
const loading = new Map<string, Promise<void>>();

/** `fr-be` → `fr-BE`; an unsupported language falls back to French. */
export function normalizeLocale(input: string | null | undefined): string {
  const [lang = '', region] = (input ?? '').trim().replace('_', '-').split('-');
  const base = lang.toLowerCase() as BaseLocale;
  if (!SUPPORTED.includes(base)) return 'fr';
  return region && /^[a-z]{2}$/i.test(region) ? `${base}-${region.toUpperCase()}` : base;
}

function sameBase(a: string, b: string): boolean {
  return a.slice(0, 2).toLowerCase() === b.slice(0, 2).toLowerCase();
}

function load(catalog: Catalog, base: BaseLocale): Promise<void> | undefined {
  const id = `${catalog.name}:${base}`;
  if (base === 'fr' || loaded.has(id)) return undefined;
  let p = loading.get(id);
  if (!p) {
    p = catalog[base]()
      .then((m) => void loaded.set(id, m.default))
      .catch((e) => {
        // The French texts stay; the person can still use the element.
        console.error(`[procura] could not load the ${base} texts of ${catalog.name}`, e);
        loaded.set(id, {});
      });
    loading.set(id, p);
  }
  return p;
}

/**
 * Texts, dates and numbers in the element's locale. Lookup order: the page's
 * `configure({ strings })` for `fr-BE` then `fr`, the catalogs' regional overrides
 * for `fr-BE`, the language's catalog, then French.
 */
export class LocalizeController implements ReactiveController {
  locale = 'fr';
  private pending?: Promise<void>;

  constructor(
    private host: ReactiveControllerHost,
    private catalogs: Catalog[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get base(): BaseLocale {
    return this.locale.slice(0, 2) as BaseLocale;
  }

  /** Switches locale; resolves once the language's texts are there. */
  setLocale(locale: string): Promise<void> | undefined {
    const next = normalizeLocale(locale);
    if (next === this.locale && !this.pending) return undefined;
    this.locale = next;
    const waits = this.catalogs.map((c) => load(c, this.base)).filter(Boolean);
    if (!waits.length) return (this.pending = undefined);
    const p = Promise.all(waits).then(() => {
      if (this.pending === p) this.pending = undefined;
      this.host.requestUpdate();
    });
    return (this.pending = p);
  }

  get loading(): boolean {
    return this.pending !== undefined;
  }

  /** Resolves when the texts of the current locale are loaded. */
  get ready(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  has(key: string): boolean {
    return this.lookup(key) !== undefined;
  }

  /**
   * The language the text of `key` is written in: the element's locale, or `fr` when the
   * key fell back to French (a key missing in a catalog, or a catalog that did not load).
   */
  lang(key: string, params: Record<string, string | number> = {}): string {
    if (typeof params.count === 'number') {
      const form = new Intl.PluralRules(this.locale).select(params.count);
      const found = this.find(`${key}#${form}`) ?? this.find(`${key}#other`);
      if (found) return found.lang;
    }
    return this.find(key)?.lang ?? this.locale;
  }

  /** `t()` for text content: a sentence that fell back to another language comes in a `<span lang>`. */
  tl(key: string, params: Record<string, string | number> = {}): string | TemplateResult {
    return this.mark(this.t(key, params), this.lang(key, params));
  }

  /**
   * `tl()` whose placeholders may be marked texts (`localized()`, `mark()`): a French reason
   * inside an English sentence keeps its own `lang`. Plain strings and numbers are filled as in `t()`.
   */
  tp(key: string, params: Record<string, string | number | TemplateResult>): string | TemplateResult {
    const plain: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) if (typeof v !== 'object') plain[k] = v;
    const filled = this.t(key, plain);
    if (Object.keys(plain).length === Object.keys(params).length) return this.mark(filled, this.lang(key, plain));
    const pieces = filled.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (params[piece] ?? `{${piece}}`) : piece));
    const lang = this.lang(key, plain);
    return sameBase(lang, this.locale) ? html`${pieces}` : html`<span lang=${lang}>${pieces}</span>`;
  }

  /** A text written in `lang` (a tree's text, a server's detail): marked when it is not the element's language. */
  mark(text: string, lang: string | undefined): string | TemplateResult {
    return !text || !lang || sameBase(lang, this.locale) ? text : html`<span lang=${lang}>${text}</span>`;
  }

  /** The language `pick()` takes for a text given per locale (undefined for a single text, which has none). */
  langOf(text: Localized | undefined): string | undefined {
    if (text === undefined || typeof text === 'string') return undefined;
    const base = this.locale.slice(0, 2);
    return text[this.locale] !== undefined ? this.locale : text[base] !== undefined ? base : 'fr';
  }

  /** A text given per locale (a tree's question, a notice), marked with its language when it fell back. */
  localized(text: Localized | undefined): string | TemplateResult {
    return this.mark(pick(text, this.locale), this.langOf(text));
  }

  /** A whole sentence for `key`, with `{name}` placeholders filled; `count` picks `key#one`/`key#other`. */
  t(key: string, params: Record<string, string | number> = {}): string {
    let msg: string | undefined;
    if (typeof params.count === 'number') {
      const form = new Intl.PluralRules(this.locale).select(params.count);
      msg = this.lookup(`${key}#${form}`) ?? this.lookup(`${key}#other`);
    }
    msg ??= this.lookup(key);
    if (msg === undefined) {
      console.warn(`[procura] missing text "${key}"`);
      return key;
    }
    return msg.replace(/\{(\w+)\}/g, (m, name: string) =>
      name in params
        ? typeof params[name] === 'number'
          ? this.number(params[name] as number)
          : String(params[name])
        : m,
    );
  }

  /**
   * The locale handed to Intl: a region as itself (`en-BE`, `fr-CA`); plain `en` as `en-GB`,
   * since the kit's English readers are in Europe and `en` alone means US order (month first).
   */
  get intlLocale(): string {
    return this.locale === 'en' ? 'en-GB' : this.locale;
  }

  date(value: string | number | Date, opts: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const d =
      typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
    return Number.isNaN(d.getTime()) ? String(value) : new Intl.DateTimeFormat(this.intlLocale, opts).format(d);
  }

  number(value: number, opts?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.intlLocale, opts).format(value);
  }

  // The type is spelled out (not Intl.ListFormatType) so the declarations compile against an ES2020 lib.
  list(items: string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
    return new Intl.ListFormat(this.intlLocale, { type }).format(items);
  }

  private lookup(key: string): string | undefined {
    return this.find(key)?.text;
  }

  private find(key: string): { text: string; lang: string } | undefined {
    const { strings } = getConfiguration();
    const base = this.base;
    const own = strings?.[this.locale]?.[key] ?? strings?.[base]?.[key];
    if (own !== undefined) return { text: own, lang: this.locale };
    if (this.locale !== base)
      for (const c of this.catalogs) {
        const m = c.regional?.[this.locale]?.[key];
        if (m !== undefined) return { text: m, lang: this.locale };
      }
    for (const c of this.catalogs) {
      const m = base === 'fr' ? c.fr[key] : loaded.get(`${c.name}:${base}`)?.[key];
      if (m !== undefined) return { text: m, lang: this.locale };
    }
    for (const c of this.catalogs) if (c.fr[key] !== undefined) return { text: c.fr[key], lang: 'fr' };
    return undefined;
  }
}
