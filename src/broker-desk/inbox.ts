// The inbox's state: one filter (status + search), its requests (every page), the counts per status.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BackendController } from '../core/backend-controller.js';
import type { DeskCounts, DeskItem } from '../model/desk.js';
import type { GrantStatus } from '../model/grant.js';
import { fetchInbox } from './store.js';

export type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'none';

export class Inbox implements ReactiveController {
  status: GrantStatus = 'pending';
  q = '';
  items?: DeskItem[];
  counts?: DeskCounts;
  phase: Phase = 'idle';
  error?: unknown;
  private seq = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly backend: BackendController,
    private readonly limit: () => number,
    private readonly failed: (e: unknown) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Loads the current filter again; the list shown stays until the first page of the new one arrives. */
  async load(): Promise<void> {
    const seq = ++this.seq;
    if (!this.backend.endpoint) return this.set({ phase: 'none' });
    this.set({ phase: this.items ? this.phase : 'loading', error: undefined });
    try {
      await fetchInbox(this.backend, { status: this.status, q: this.q, limit: this.limit() }, (items, counts) => {
        if (seq !== this.seq) return false;
        this.set({ items, counts, phase: 'ready' });
        return true;
      });
    } catch (e) {
      if (seq !== this.seq) return;
      this.set({ phase: 'error', error: e, items: undefined });
      this.failed(e);
    }
  }

  filter(status: GrantStatus): void {
    if (status === this.status) return;
    this.status = status;
    void this.load();
  }

  /** Typed into the search box: the request waits for a pause in typing (300 ms). */
  search(q: string): void {
    this.q = q;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), 300);
  }

  /** A request changed (optimistically or by the backend's answer): the row and the counts follow. */
  replace(next: DeskItem): void {
    const before = this.items?.find((i) => i.id === next.id);
    this.items = this.items?.map((i) => (i.id === next.id ? next : i));
    if (before && this.counts && before.status !== next.status)
      this.counts = {
        ...this.counts,
        [before.status]: this.counts[before.status] - 1,
        [next.status]: this.counts[next.status] + 1,
      };
    this.host.requestUpdate();
  }

  /** The request after `id` in the list shown (or before it, at the end). */
  neighbour(id: string): DeskItem | undefined {
    const list = this.items ?? [];
    const i = list.findIndex((x) => x.id === id);
    return i < 0 ? undefined : (list[i + 1] ?? list[i - 1]);
  }

  private set(p: Partial<Pick<Inbox, 'items' | 'counts' | 'phase' | 'error'>>): void {
    Object.assign(this, p);
    this.host.requestUpdate();
  }
}
