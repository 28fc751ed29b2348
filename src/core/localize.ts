import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { getConfiguration } from './configure.js';
import { pick, type Localized } from '../model/pick.js';

export type Messages = Readonly<Record<string, string>>;
export type BaseLocale = 'fr' | 'nl' | 'en' | 'de';
/** The keys t() accepts for a dictionary: `x#one` / `x#other` plural forms are asked for as `x`. */
export type KeysOf<M> = { [K in keyof M & string]: K extends `${infer B}#${string}` ? B : K }[keyof M & string];
/** A translation has exactly the French dictionary's keys: a missing or extra key fails `npm run typecheck`. */
export type Translation<F> = { readonly [K in keyof F]: string };
type Loader<M> = () => Promise<{ default: M }>;
type Params = Record<string, string | number>;

/**
 * One element's texts: French is the source and the fallback, bundled (or loaded lazily with
 * the chunk that uses it, like the mandate review's); the other languages are loaded on first
 * use so that a French page never pays for them. `regional` holds the few keys a region words
 * differently (`{ 'fr-CA': { … } }`): only keys that differ from the language's catalog belong there.
 * Declare one with `defineCatalog`, which checks the translations against French.
 */
export interface Catalog<K extends string = string> {
  name: string;
  fr: Messages | Loader<Messages>;
  nl: Loader<Messages>;
  en: Loader<Messages>;
  de: Loader<Messages>;
  regional?: Record<string, Messages>;
  /** Phantom: carries the key type (never set). */
  readonly keys?: K;
}

/** Declares a catalog; the translations are checked against French (same keys, no more, no fewer). */
export function defineCatalog<const F extends Messages>(def: {
  name: string;
  fr: F | Loader<F>;
  nl: Loader<Translation<F>>;
  en: Loader<Translation<F>>;
  de: Loader<Translation<F>>;
  regional?: Record<string, Partial<Translation<F>>>;
}): Catalog<KeysOf<F>> {
  return def as unknown as Catalog<KeysOf<F>>;
}

/**
 * Lit's `html` as it is in production: the plain object lit renders. Written here so that an element
 * without Lit (the cookie opposition's switch) does not take lit-html's runtime for two marked texts.
 */
const html = (strings: TemplateStringsArray, ...values: unknown[]) =>
  ({ ['_$litType$']: 1, strings, values }) as unknown as TemplateResult;

const formatters = new Map<string, unknown>();
/** One Intl formatter per kind, locale and options, kept: making one costs far more than using it. */
function intl<T>(Kind: new (locale: string, opts?: object) => T, locale: string, opts?: object): T {
  const key = `${Kind.name} ${locale} ${JSON.stringify(opts ?? {})}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = new Kind(locale, opts)));
  return f;
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
  const source = catalog[base];
  if (typeof source !== 'function' || loaded.has(id)) return undefined;
  let p = loading.get(id);
  if (!p) {
    p = source()
      .then((m) => void loaded.set(id, m.default))
      .catch((e: unknown) => {
        // The French texts stay (or the key itself, for a lazy French catalog); the person can still use the element.
        console.error(`[procura] could not load the ${base} texts of ${catalog.name}`, e);
        loaded.set(id, {});
      });
    loading.set(id, p);
  }
  return p;
}

/** A catalog's texts in `base`, once loaded (French: bundled, or loaded with its chunk). */
function textsOf(catalog: Catalog, base: BaseLocale): Messages | undefined {
  const own = catalog[base];
  return typeof own === 'function' ? loaded.get(`${catalog.name}:${base}`) : own;
}

/** What must load for `catalog` to speak `base`: its texts in that language, and French to fall back on. */
function loads(catalog: Catalog, base: BaseLocale): Promise<void>[] {
  const waits = [load(catalog, 'fr'), base === 'fr' ? undefined : load(catalog, base)];
  return waits.filter((w): w is Promise<void> => w !== undefined);
}

/** A catalog's whole dictionary for `base`, loaded if it is lazy (the i18n tests compare them). */
export async function messagesOf(catalog: Catalog, base: BaseLocale): Promise<Messages> {
  const source = catalog[base];
  return typeof source === 'function' ? (await source()).default : source;
}

/**
 * Texts, dates and numbers in the element's locale. Lookup order: the page's
 * `configure({ strings })` for `fr-BE` then `fr`, the catalogs' regional overrides
 * for `fr-BE`, the language's catalog, then French. `K` is the keys of the element's
 * catalogs (and the core's): a key no catalog has fails the type check.
 */
export class LocalizeController<K extends string = string> implements ReactiveController {
  locale = 'fr';
  private pending?: Promise<void>;
  /** The load of a new locale's texts: while it lasts the host shows nothing rather than French (one language on a page). */
  private switching?: Promise<void>;
  private catalogs: Catalog[];

  constructor(
    private host: ReactiveControllerHost,
    catalogs: Catalog[],
  ) {
    this.catalogs = [...catalogs];
    host.addController(this);
  }

  hostConnected(): void {}

  get base(): BaseLocale {
    return this.locale.slice(0, 2) as BaseLocale;
  }

  /** Switches locale; resolves once the language's texts are there. */
  setLocale(locale: string): Promise<void> | undefined {
    const next = normalizeLocale(locale);
    // The same locale: a catalog added meanwhile (add()) is awaited, but the element is not switching.
    if (next === this.locale) return this.pending;
    this.locale = next;
    return (this.switching = this.wait(this.catalogs.flatMap((c) => loads(c, this.base))));
  }

  /**
   * Adds a catalog after construction (the texts of a chunk loaded later, with a lazy French);
   * resolves when its texts for the current locale are there, and the host renders again with them.
   */
  add(catalog: Catalog): Promise<void> {
    if (!this.catalogs.some((c) => c.name === catalog.name)) this.catalogs.push(catalog);
    const waits = loads(catalog, this.base);
    if (this.pending) waits.push(this.pending);
    if (waits.length) return this.wait(waits)!;
    // Its texts are already loaded (another element added it): render with them now.
    this.host.requestUpdate();
    return Promise.resolve();
  }

  private wait(waits: Promise<void>[]): Promise<void> | undefined {
    if (!waits.length) return (this.pending = undefined);
    const p = Promise.all(waits).then(() => {
      if (this.pending === p) this.pending = undefined;
      if (this.switching === p) this.switching = undefined;
      this.host.requestUpdate();
    });
    return (this.pending = p);
  }

  get loading(): boolean {
    return this.pending !== undefined;
  }

  /**
   * True while the texts of the element's locale load (not those of a catalog added later):
   * the element shows only its busy wrapper meanwhile, never French on a Dutch page. A
   * language whose texts failed to load falls back to French (the console says why).
   */
  get switchingLocale(): boolean {
    return this.switching !== undefined;
  }

  /** Resolves when the texts of the current locale are loaded. */
  get ready(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  has(key: string): boolean {
    return this.find(key) !== undefined;
  }

  /**
   * The language the text of `key` is written in: the element's locale, or `fr` when the
   * key fell back to French (a key missing in a catalog, or a catalog that did not load).
   */
  lang(key: K, params: Params = {}): string {
    return this.found(key, params)?.lang ?? this.locale;
  }

  /** The text of `key` and its language: with a `count`, its plural form (`key#one`, else `key#other`) first. */
  private found(key: string, params: Params): { text: string; lang: string } | undefined {
    let hit: { text: string; lang: string } | undefined;
    if (typeof params.count === 'number') {
      const form = intl(Intl.PluralRules, this.locale).select(params.count);
      hit = this.find(`${key}#${form}`) ?? this.find(`${key}#other`);
    }
    return hit ?? this.find(key);
  }

  /** `t()` for text content: a sentence that fell back to another language comes in a `<span lang>`. */
  tl(key: K, params: Params = {}): string | TemplateResult {
    return this.mark(this.t(key, params), this.lang(key, params));
  }

  /**
   * `tl()` whose placeholders may be marked texts (`localized()`, `mark()`): a French reason
   * inside an English sentence keeps its own `lang`. Plain strings and numbers are filled as in `t()`.
   */
  tp(key: K, params: Record<string, string | number | TemplateResult>): string | TemplateResult {
    const plain: Params = {};
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
  t(key: K, params: Params = {}): string {
    const msg = this.found(key, params)?.text;
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
    return Number.isNaN(d.getTime()) ? String(value) : intl(Intl.DateTimeFormat, this.intlLocale, opts).format(d);
  }

  number(value: number, opts?: Intl.NumberFormatOptions): string {
    // 0–999 are written alike in fr, nl, en and de (no separator): no Intl needed, whose first use is slow.
    if (!opts && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
    return intl(Intl.NumberFormat, this.intlLocale, opts).format(value);
  }

  // The type is spelled out (not Intl.ListFormatType) so the declarations compile against an ES2020 lib.
  list(items: string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
    return intl(Intl.ListFormat, this.intlLocale, { type }).format(items);
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
      const m = textsOf(c, base)?.[key];
      if (m !== undefined) return { text: m, lang: this.locale };
    }
    for (const c of this.catalogs) {
      const m = textsOf(c, 'fr')?.[key];
      if (m !== undefined) return { text: m, lang: 'fr' };
    }
    return undefined;
  }
}
