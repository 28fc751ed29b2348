// Windowed lists, shared by the grants viewer and the broker's desk.
import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from './reactive.js';
import { repeat } from 'lit/directives/repeat.js';

type Host = ReactiveElement & { renderRoot: HTMLElement | DocumentFragment };

/** Anything a windowed list holds: its rows are told apart by `id` (`li[data-id]`). */
export interface Identified {
  id: string;
}

export interface Window {
  start: number;
  end: number;
  before: number;
  after: number;
}

/**
 * The items of a list of `count` whose box meets [top - overscan, top + viewport + overscan],
 * with the space taken by the items left out above (`before`) and below (`after`).
 */
export function windowOf(
  count: number,
  heightOf: (i: number) => number,
  top: number,
  viewport: number,
  overscan = 400,
): Window {
  let y = 0;
  let i = 0;
  for (; i < count; i++) {
    const h = heightOf(i);
    if (y + h > top - overscan) break;
    y += h;
  }
  // Scrolled past the end (the estimates were too generous): keep the last screenful.
  for (let tail = 0; i === count || (tail > 0 && tail < viewport);) {
    if (i === 0) break;
    const h = heightOf(--i);
    tail += h;
    y -= h;
  }
  const start = i;
  const before = y;
  for (; i < count && y < top + viewport + overscan; i++) y += heightOf(i);
  const end = Math.max(i, Math.min(count, start + 1));
  let after = 0;
  for (i = end; i < count; i++) after += heightOf(i);
  return { start, end, before, after };
}

/**
 * Long lists, windowed: only the items near a list's visible area are in the DOM, with padding
 * standing for the others (measured heights once seen, their mean before). Each list scrolls on its own.
 */
export class ListWindow<T extends Identified = Identified> implements ReactiveController {
  private heights = new Map<string, number>();
  private views: Record<string, { top: number; height: number }> = {};
  /** Per list, the space standing for the items left out above and below: set on its `<ul>` after each render. */
  private pads: Record<string, [number, number]> = {};

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  private get estimate(): number {
    let sum = 0;
    for (const h of this.heights.values()) sum += h;
    return this.heights.size ? sum / this.heights.size : 220;
  }

  private heightOf(g: T | undefined, est: number): number {
    return (g && this.heights.get(g.id)) ?? est;
  }

  /** One scrolling list: `item(g, position, size)` renders an item (positions from 1). */
  render(key: string, items: T[], item: (g: T, pos: number, size: number) => TemplateResult): TemplateResult {
    const view = (this.views[key] ??= { top: 0, height: 0 });
    const est = this.estimate;
    const w = windowOf(items.length, (i) => this.heightOf(items[i], est), view.top, view.height || 800);
    this.pads[key] = [w.before, w.after];
    return html`<div class="scroller" data-list=${key} @scroll=${this.onScroll}>
      <ul role="list">
        ${repeat(
          items.slice(w.start, w.end),
          (g) => g.id,
          (g, i) => item(g, w.start + i + 1, items.length),
        )}
      </ul>
    </div>`;
  }

  private onScroll = (e: Event) => {
    const el = e.currentTarget as HTMLElement;
    this.views[el.dataset.list ?? ''] = { top: el.scrollTop, height: el.clientHeight };
    this.host.requestUpdate();
  };

  private lists(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('.scroller')];
  }

  /**
   * After each render, before the page paints: each list's padding (through the CSSOM, which a strict
   * CSP allows), then the lists' heights and the items' heights, measured; a change renders again.
   */
  hostUpdated(): void {
    let again = false;
    for (const list of this.lists()) {
      const key = list.dataset.list ?? '';
      const ul = list.firstElementChild as HTMLElement | null;
      const pad = this.pads[key];
      if (ul && pad) Object.assign(ul.style, { paddingTop: `${pad[0]}px`, paddingBottom: `${pad[1]}px` });
      const v = this.views[key];
      if (v && v.height !== list.clientHeight) {
        v.height = list.clientHeight;
        again = true;
      }
      for (const li of list.querySelectorAll<HTMLElement>('li[data-id]')) again = this.measure(li) || again;
    }
    if (again) this.host.requestUpdate();
  }

  private measure(li: HTMLElement): boolean {
    const id = li.dataset.id ?? '';
    const h = li.offsetHeight;
    if (Math.abs((this.heights.get(id) ?? 0) - h) <= 1) return false;
    this.heights.set(id, h);
    return true;
  }

  /** Scrolls the list that holds the item to it, so that it is rendered; `listOf(key)` gives a list's items. */
  async reveal(id: string, listOf: (key: string) => T[]): Promise<HTMLElement | null> {
    const find = () => this.host.renderRoot.querySelector<HTMLElement>(`li[data-id="${id}"]`);
    if (find()) return find();
    for (const list of this.lists()) {
      const key = list.dataset.list ?? '';
      const items = listOf(key);
      const i = items.findIndex((g) => g.id === id);
      if (i < 0) continue;
      const est = this.estimate;
      let top = 0;
      for (let k = 0; k < i; k++) top += this.heightOf(items[k], est);
      list.scrollTop = top;
      this.views[key] = { top, height: list.clientHeight };
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    return find();
  }
}
