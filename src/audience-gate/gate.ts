/**
 * The page's one audience gate, shared by every <procura-cookie-opposition> (the
 * footer's and the privacy page's), by a second copy of the kit and by the standalone
 * `dist/audience-gate.js` (auto.ts): it holds the person's choice, activates the inert
 * analytics scripts only while the person has not opposed, tells a running tracker to
 * stop, deletes its cookies, and keeps other tabs in step (BroadcastChannel, and the
 * `storage` event for localStorage).
 *
 * It runs on every page of a site, so it stays tiny (budget 1.5 KB gzip, measured on the
 * built file): no Lit, no core, and closures rather than a class, whose member names a
 * minifier cannot shorten.
 */
import { CHOICE_KEY, deleteCookies, readChoice, type StorageKind } from './choice.js';
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

export const CHANNEL = 'procura-cookie-opposition';
export const DEFAULT_COOKIES = ['_pk_*', '_ga', '_ga_*', '_gid'];

/** Activates the inert scripts now, and those a CMS or a single-page app adds later. */
function watch(category: string): MutationObserver {
  const run = () => activateAll(category);
  run();
  const observer = new MutationObserver(run);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return observer;
}

/** Calls `changed` when another tab may have chosen (BroadcastChannel; the `storage` event for localStorage); returns how to stop. */
function otherTabs(key: string, changed: () => void): () => void {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  const onStorage = (e: StorageEvent) => {
    if (!e.key || e.key === key) changed();
  };
  if (channel) channel.onmessage = changed;
  addEventListener('storage', onStorage);
  return () => {
    channel?.close();
    removeEventListener('storage', onStorage);
  };
}

/** The stored choice, else Global Privacy Control, else nothing chosen. */
function read(opts: GateOptions): GateState {
  const stored = readChoice(opts.storage, opts.key, opts.now());
  if (stored) return { ...stored, source: 'stored' };
  return opts.respectGpc && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true
    ? { opposed: true, source: 'gpc' }
    : { opposed: false };
}

function createGate(opts: GateOptions): AudienceGate {
  // Arrays, not sets: a name twice costs nothing (deleted twice, disabled twice), and the script stays smaller.
  const cookies = [...DEFAULT_COOKIES];
  const ids: string[] = [];
  let observer: MutationObserver | undefined;
  const stop = () => {
    tellTrackers(true, ids);
    deleteCookies(cookies);
  };
  // Another tab chose: read its choice from storage, the one truth; a change counts as the person's.
  const unlisten = otherTabs(opts.key, () => {
    const next = read(opts);
    if (next.opposed !== gate.state.opposed || next.at !== gate.state.at)
      gate.set(next.source === 'stored' ? { ...next, source: 'user' } : next);
  });
  const gate = Object.assign(new EventTarget(), {
    opts,
    state: { opposed: false } as GateState,
    set(next: GateState) {
      const was = gate.state.opposed;
      gate.state = next;
      observer?.disconnect();
      if (next.opposed) stop();
      else {
        if (was) tellTrackers(false, ids);
        observer = watch(opts.category);
      }
      gate.dispatchEvent(new Event('change'));
    },
    extend(x: GateExtras) {
      cookies.push(...(x.cookies ?? []));
      ids.push(...(x.measurementIds ?? []));
      if (gate.state.opposed) stop();
    },
    close() {
      unlisten();
      observer?.disconnect();
    },
  });
  // The first state is enforced like any other (nobody listens yet).
  gate.set(read(opts));
  return gate;
}

const KEY = Symbol.for('procura.audienceGate');
type Holder = { [KEY]?: AudienceGate };

/** The page's gate, created by the first caller with its options; later callers share it (check `opts`). */
export function audienceGate(opts: Partial<GateOptions> = {}): AudienceGate {
  return ((globalThis as Holder)[KEY] ??= createGate({
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
