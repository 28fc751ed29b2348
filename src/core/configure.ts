/** Page-wide defaults, shared by every procura element (and by two copies of the kit on one page). */
import { pick, type Localized } from '../model/pick.js';

/** The broker's office as a mandate's PDF names it (000: the broker answers for every access). */
export interface BrokerIdentity {
  name: string;
  /** Registration number (FSMA in Belgium, ORIAS in France...). */
  registration?: string;
  address?: string;
  email?: string;
  phone?: string;
}

/** What a mandatary may and may not do in one service, printed as a clause in the PDF. */
export interface ServiceClause {
  may: Localized;
  mayNot: Localized;
}

export type HeaderSource = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
export type Strings = Partial<Record<string, Record<string, string>>>;

export interface ProcuraConfig {
  /** Base URL of the backend (`https://broker.example/api`, or `/api`). */
  endpoint?: string;
  /** Sent with every request; a function is called each time (fresh bearer tokens). */
  headers?: HeaderSource;
  credentials?: RequestCredentials;
  /** The fetch to use (a site's instrumented fetch); defaults to the global one. */
  fetch?: typeof fetch;
  /** Default locale when no `lang` is found on the element or its ancestors. */
  locale?: string;
  /** Text overrides per locale: `{ 'fr-BE': { 'core.draftsOff': '...' } }`. */
  strings?: Strings;
  /** Request timeout in milliseconds (default 15 s). */
  timeout?: number;
  /** How long drafts live, in days (default 30: drafts hold personal data). */
  draftDays?: number;
  /** Set to false to turn drafts off for the whole page. */
  drafts?: boolean;
  /** Display names of the services, by id, used by every element and the PDF: `{ 'client-space': { fr: 'Espace client', nl: 'Klantenzone' } }`. */
  services?: Record<string, Localized>;
  /** Display names of the contracts, by id (`{ 'AUTO-123': 'Auto, Golf 8' }`). */
  contracts?: Record<string, Localized>;
  /** The broker's identity block printed on each mandate and access request. */
  broker?: BrokerIdentity;
  /** Per-service clauses (what the mandatary may and may not do); the kit has defaults. */
  clauses?: Record<string, ServiceClause>;
  /** Where a person signs in, when an element needs a session and has none. */
  signInUrl?: string;
  /**
   * The folder that holds the kit's `assets/` (the package's `dist/`, or wherever a site
   * copied it, a CDN included): the PDF font is fetched from `<basePath>/assets/DejaVuSans.ttf`.
   * Unset, assets are found beside the module that uses them. Also `setBasePath(url)` and
   * `<meta name="procura:base-path" content="…">`.
   */
  basePath?: string;
}

const KEY = Symbol.for('procura.config');
type Holder = { [KEY]?: { config: ProcuraConfig; listeners: Set<() => void> } };

function state() {
  const g = globalThis as Holder;
  return (g[KEY] ??= { config: {}, listeners: new Set() });
}

/** Sets page-wide defaults; later calls merge over earlier ones. */
export function configure(partial: ProcuraConfig): void {
  const s = state();
  const strings = partial.strings ? mergeStrings(s.config.strings ?? {}, partial.strings) : s.config.strings;
  s.config = { ...s.config, ...partial, ...(strings && { strings }) };
  for (const l of s.listeners) l();
}

/** Forgets every default: for tests and for single-page apps that sign a person out. */
export function resetConfiguration(): void {
  state().config = {};
  for (const l of state().listeners) l();
}

export function getConfiguration(): Readonly<ProcuraConfig> {
  return state().config;
}

export function onConfigurationChange(listener: () => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}

function mergeStrings(a: Strings, b: Strings): Strings {
  const out: Strings = { ...a };
  for (const [locale, texts] of Object.entries(b)) out[locale] = { ...a[locale], ...texts };
  return out;
}

/** A service's or a contract's display name in `locale`, from `configure({ services, contracts })`; else the id. */
export function displayName(kind: 'services' | 'contracts', id: string, locale: string): string {
  const n = state().config[kind]?.[id];
  return n ? pick(n, locale) || id : id;
}
