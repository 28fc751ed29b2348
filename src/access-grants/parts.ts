// The parts of the grants viewer a first screen may do without, each one chunk loaded once (again after a
// failure, but the window's): `store` the backend's controller and the copy kept offline, `states` the rarer
// states with their texts and styles, `window` the long lists' windowing, `act` what a person does.
import type { BackendController } from '../core/backend-controller.js';
import type { ListWindow } from '../core/list-window.js';
import type { Catalog } from '../core/localize.js';
import { report } from '../core/report.js';
import type { Grant } from '../model/grant.js';
import type * as Act from './act.js';
import type * as States from './states.js';
import type * as Store from './store.js';

type Part = 'store' | 'states' | 'window' | 'act';
/** The viewer, as the window's controller and the backend's see it. */
type Host = ConstructorParameters<typeof ListWindow>[0] & ConstructorParameters<typeof BackendController>[0];

export class GrantParts {
  backend?: BackendController;
  states?: typeof States;
  /** The states' chunk did not load: the kit's "reload the page" is shown; the next load of the list tries again. */
  statesFailed = false;
  window?: ListWindow<Grant>;
  act?: typeof Act;
  private loads: Partial<Record<Part, Promise<unknown>>> = {};

  /** `add` adds a catalog to the viewer's texts; `busy` is said while the actions' chunk loads. */
  constructor(
    private readonly host: Host,
    private readonly add: (c: Catalog) => Promise<void>,
    private readonly busy: (on: boolean) => void,
  ) {}

  private load<T>(name: Part, load: () => Promise<T>): Promise<T> {
    return (this.loads[name] ??= load().catch((e: unknown) => {
      delete this.loads[name];
      report(this.host.localName, `could not load its ${name} chunk`, e);
      throw e;
    })) as Promise<T>;
  }

  private get root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  store(): Promise<typeof Store> {
    return this.load('store', async () => {
      const store = await import('./store.js');
      this.backend ??= new store.BackendController(this.host);
      return store;
    });
  }

  /** Loaded when one of those states is to be shown (the skeleton staying meanwhile), and when idle after the first paint. */
  loadStates(): Promise<typeof States> {
    return this.load('states', async () => {
      try {
        const states = await import('./states.js');
        await this.add(states.grantsStatesCatalog);
        states.adopt(this.root);
        this.states = states;
        this.host.requestUpdate(); // the texts' own update may have come first
        return states;
      } catch (e) {
        this.statesFailed = true;
        this.host.requestUpdate();
        throw e;
      }
    });
  }

  /** Without it (its chunk failed), a long list keeps showing its first screenful. */
  loadWindow(): Promise<unknown> {
    return (this.loads.window ??= import('../core/list-window.js').then(
      (m) => {
        this.window = new m.ListWindow<Grant>(this.host);
        this.host.requestUpdate();
      },
      (e: unknown) => report(this.host.localName, 'could not load its window chunk', e),
    ));
  }

  /** Loaded with the first action, with its texts and styles; the dialog and the proof's live regions are always there. */
  loadAct(): Promise<typeof Act> {
    return this.load('act', async () => {
      this.busy(true);
      try {
        const [act] = await Promise.all([import('./act.js'), this.store()]);
        await this.add(act.grantsActCatalog);
        act.adopt(this.root);
        return (this.act = act);
      } finally {
        this.busy(false);
      }
    });
  }

  /** After the first paint, when idle: the rarer states, so that going offline later finds them here. */
  prefetch(): void {
    const whenIdle =
      (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? setTimeout;
    requestAnimationFrame(() => whenIdle(() => void this.loadStates().catch(() => undefined)));
  }

  /** A part asked for and still loading, that the next render will show. */
  get pending(): Promise<unknown> | undefined {
    const { states, window } = this.loads;
    if (states && !this.states && !this.statesFailed) return states;
    return this.window ? undefined : window;
  }
}
