/**
 * The page's one audience gate, shared by every <procura-cookie-opposition> (the
 * footer's and the privacy page's), by a second copy of the kit and by the standalone
 * `dist/audience-gate.js` (auto.ts): it holds the person's choice, activates the inert
 * analytics scripts only while the person has not opposed, tells a running tracker to
 * stop, deletes its cookies, and keeps other tabs in step (the `storage` event).
 *
 * It runs on every page of a site, so it stays tiny (budget 1.5 KB gzip, measured on the
 * built file): no Lit, no core, and closures rather than a class, whose member names a
 * minifier cannot shorten.
 */
import { CHOICE_KEY, deleteCookies, parseChoice, readChoice, type StorageKind } from './choice.js';
import { activateAll } from './scripts.js';
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
/** What the page adds to its gate: an element's configuration, or the standalone script's attributes. */
export interface GateExtras {
  /** Measurement cookies to delete on opposition (`*` wildcards), besides the defaults. */
  cookies?: readonly string[];
  /** GA4 ids to disable with `window['ga-disable-<id>']`. */
  measurementIds?: readonly string[];
}

/**
 * The page's gate. It dispatches `change` whenever `state` changes (here or in another tab).
 * Making a choice (choose.ts) is not here: only the switch does it, and the script that runs
 * on every page stays smaller without it.
 */
export interface AudienceGate extends EventTarget {
  readonly opts: GateOptions;
  /** Replaced, never mutated, on every change. */
  readonly state: GateState;
  /** Enforces a new state on the page (the trackers, the scripts, the cookies) and dispatches `change`. */
  set(next: GateState): void;
  /** Adds cookies and GA4 ids; applied at once if the person already opposes. */
  extend(x: GateExtras): void;
  close(): void;
}

export const DEFAULT_COOKIES = ['_pk_*', '_ga', '_ga_*', '_gid'];

/** The stored choice (counted as `source`), else Global Privacy Control, else nothing chosen. */
function read(opts: GateOptions, source: OppositionSource = 'stored'): GateState {
  const stored = readChoice(opts.storage, opts.key, opts.now());
  return stored
    ? { ...stored, source }
    : opts.respectGpc && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
      ? { opposed: true, source: 'gpc' }
      : { opposed: false };
}

/**
 * Another tab chose (a `storage` event, see choose.ts): the person's choice, as the event carries it (a
 * cookie written there may not be readable here yet, so the ping's removal is no news), else as stored
 * (localStorage emptied or the choice removed). Each choice has its own moment: the same `at` is the
 * same choice (a second event for it changes nothing).
 */
const follow = (opts: GateOptions, gate: () => AudienceGate) => (e: StorageEvent) => {
  if (e.key && e.key !== opts.key) return;
  const sent = parseChoice(e.newValue, opts.now());
  const next = sent ? { ...sent, source: 'user' as const } : opts.storage == 'local' || !e.key ? read(opts, 'user') : 0;
  if (next && next.at !== gate().state.at) gate().set(next);
};

/** The gate; `opts` may carry extras too (the standalone script's attributes). */
function createGate(opts: GateOptions & GateExtras): AudienceGate {
  // Arrays, not sets: a name twice costs nothing (deleted twice, disabled twice), and the script stays smaller.
  const cookies = [...DEFAULT_COOKIES];
  const ids: string[] = [];
  const stop = () => {
    if (!gate.state.opposed) return;
    tellTrackers(true, ids);
    deleteCookies(cookies);
  };
  // The inert scripts now, and those a CMS or a single-page app adds later, while the person does not oppose.
  const run = () => gate.state.opposed || activateAll(opts.category);
  const observer = new MutationObserver(run);
  const onOther = follow(opts, () => gate);
  addEventListener('storage', onOther);
  const gate = Object.assign(new EventTarget(), {
    opts,
    state: {} as GateState,
    set(next: GateState) {
      if (gate.state.opposed && !next.opposed) tellTrackers(false, ids);
      gate.state = next;
      stop();
      run();
      gate.dispatchEvent(new Event('change'));
    },
    extend(x: GateExtras) {
      cookies.push(...(x.cookies ?? []));
      ids.push(...(x.measurementIds ?? []));
      stop();
    },
    close() {
      removeEventListener('storage', onOther);
      observer.disconnect();
    },
  });
  // The first state is enforced like any other (nobody listens yet), with the extras already known.
  gate.extend(opts);
  gate.set(read(opts));
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return gate;
}

const KEY = Symbol.for('procura.audienceGate');
type Holder = { [KEY]?: AudienceGate };

/**
 * The page's gate, created by the first caller with its options (and extras: cookies, GA4 ids);
 * later callers share it (check `opts`; add extras with `extend`).
 */
export function audienceGate(opts: Partial<GateOptions> & GateExtras = {}): AudienceGate {
  const g = self as Holder;
  return (g[KEY] ||= createGate({
    storage: 'cookie',
    key: CHOICE_KEY,
    respectGpc: true,
    category: 'audience',
    now: Date.now,
    ...opts,
  }));
}

/** Forgets the page's gate (tests; a single-page app that swaps its whole page). Activated scripts stay. */
export function resetAudienceGate(): void {
  const g = globalThis as Holder;
  g[KEY]?.close();
  delete g[KEY];
}
