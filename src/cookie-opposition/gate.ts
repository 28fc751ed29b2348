/**
 * The page's one audience gate, shared by every <procura-cookie-opposition> (the
 * footer's and the privacy page's) and by a second copy of the kit: it holds the
 * person's choice, activates the inert analytics scripts only while the person has
 * not opposed, tells a running tracker to stop, deletes its cookies, and keeps
 * other tabs in step (BroadcastChannel, and the `storage` event for localStorage).
 */
import { CHOICE_KEY, deleteCookies, readChoice, writeChoice, type StorageKind } from './choice.js';
import { activate, inertSelector } from './scripts.js';
import { tellTrackers } from './trackers.js';

export type OppositionSource = 'user' | 'stored' | 'gpc';
export interface GateState {
  opposed: boolean;
  /** Undefined while the person has not chosen and no signal applies. */
  source?: OppositionSource;
  /** When the person chose (stored or user choices). */
  at?: number;
}
export interface GateOptions {
  storage: StorageKind;
  key: string;
  respectGpc: boolean;
  category: string;
  now: () => number;
}
/** What each element's configuration adds to the page's gate. */
export interface GateExtras {
  /** Measurement cookies to delete on opposition (`*` wildcards), besides the defaults. */
  cookies?: readonly string[];
  /** GA4 ids to disable with `window['ga-disable-<id>']`. */
  measurementIds?: readonly string[];
  onOppose?: OppositionHook;
}
export type OppositionHook = (detail: { opposed: boolean; source: OppositionSource }) => void;

export const CHANNEL = 'procura-cookie-opposition';
export const DEFAULT_COOKIES = ['_pk_*', '_ga', '_ga_*', '_gid'];

export class AudienceGate extends EventTarget {
  state: GateState;
  /** Callbacks (config `onOppose`), called once per opposition however many elements registered them. */
  readonly hooks = new Set<OppositionHook>();
  readonly cookies = new Set(DEFAULT_COOKIES);
  readonly measurementIds = new Set<string>();
  private channel?: BroadcastChannel;
  private observer?: MutationObserver;
  private readonly onStorage = (e: StorageEvent) => {
    if (e.key === this.opts.key || e.key === null) this.refresh();
  };

  constructor(readonly opts: GateOptions) {
    super();
    this.state = this.read();
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(CHANNEL);
      // The other tab has written the choice already: read it from storage, the one truth.
      this.channel.onmessage = () => this.refresh();
    }
    addEventListener('storage', this.onStorage);
    this.enforce(false);
  }

  private read(): GateState {
    const stored = readChoice(this.opts.storage, this.opts.key, this.opts.now());
    if (stored) return { opposed: stored.opposed, source: 'stored', at: stored.at };
    if (this.opts.respectGpc && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true)
      return { opposed: true, source: 'gpc' };
    return { opposed: false };
  }

  /** The person's own choice, made in this tab at `at`. */
  choose(opposed: boolean, at: number): void {
    writeChoice(this.opts.storage, this.opts.key, { opposed, at });
    this.channel?.postMessage({ opposed, at });
    this.apply({ opposed, source: 'user', at });
  }

  /** Re-reads the stored choice (another tab chose); a change counts as the person's. */
  refresh(): void {
    const next = this.read();
    if (next.opposed !== this.state.opposed || next.at !== this.state.at)
      this.apply(next.source === 'stored' ? { ...next, source: 'user' } : next);
  }

  private apply(next: GateState): void {
    const was = this.state.opposed;
    this.state = next;
    this.enforce(was);
    this.dispatchEvent(new Event('change'));
  }

  private enforce(was: boolean): void {
    const { opposed, source } = this.state;
    if (opposed) {
      this.observer?.disconnect();
      this.observer = undefined;
      tellTrackers(true, [...this.measurementIds]);
      deleteCookies([...this.cookies]);
      for (const h of this.hooks) h({ opposed, source: source! });
      return;
    }
    if (was) tellTrackers(false, [...this.measurementIds]);
    this.activateAll();
    // Scripts a CMS or a single-page app adds later are gated too.
    if (!this.observer && typeof MutationObserver === 'function') {
      this.observer = new MutationObserver(() => this.activateAll());
      this.observer.observe(document.documentElement, { childList: true, subtree: true });
    }
  }

  private activateAll(): void {
    document.querySelectorAll<HTMLScriptElement>(inertSelector(this.opts.category)).forEach(activate);
  }

  /** Adds an element's cookies, GA4 ids and callback; applied at once if the person already opposes. */
  extend(x: GateExtras): void {
    x.cookies?.forEach((c) => this.cookies.add(c));
    x.measurementIds?.forEach((id) => this.measurementIds.add(id));
    const fresh = x.onOppose && !this.hooks.has(x.onOppose);
    if (fresh) this.hooks.add(x.onOppose!);
    if (!this.state.opposed) return;
    tellTrackers(true, [...this.measurementIds]);
    deleteCookies([...this.cookies]);
    if (fresh) x.onOppose!({ opposed: true, source: this.state.source! });
  }

  close(): void {
    this.channel?.close();
    this.observer?.disconnect();
    removeEventListener('storage', this.onStorage);
  }
}

const KEY = Symbol.for('procura.audienceGate');
type Holder = { [KEY]?: AudienceGate };

/** The page's gate, created by the first caller with its options; later callers share it. */
export function audienceGate(opts: Partial<GateOptions> = {}): AudienceGate {
  const g = globalThis as Holder;
  const gate = (g[KEY] ??= new AudienceGate({
    storage: 'cookie',
    key: CHOICE_KEY,
    respectGpc: true,
    category: 'audience',
    now: Date.now,
    ...opts,
  }));
  if ((opts.storage && opts.storage !== gate.opts.storage) || (opts.key && opts.key !== gate.opts.key))
    console.warn(
      `[procura-cookie-opposition] the page's audience gate already keeps the choice in ${gate.opts.storage} "${gate.opts.key}"; give every element the same storage.`,
    );
  return gate;
}

/** Forgets the page's gate (tests; a single-page app that swaps its whole page). Activated scripts stay. */
export function resetAudienceGate(): void {
  const g = globalThis as Holder;
  g[KEY]?.close();
  delete g[KEY];
}
