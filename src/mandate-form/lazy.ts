/**
 * The form's lazy chunks: the later one (`later.ts`: the steps after the first, the error
 * messages), fetched when the browser is idle after the first paint, and the review's
 * (`review.ts`: the review, the PDFs and their sending), fetched when the review is near.
 * Each brings its texts and styles; the host renders again once it is here.
 */
import { adoptStyles, type CSSResult, type ReactiveController, type ReactiveElement } from 'lit';
import type { Catalog } from '../core/localize.js';
import type * as LaterModule from './later.js';
import type * as ReviewModule from './review.js';
import type { DocumentsController } from './documents.js';

export type Later = typeof LaterModule;
export type Review = typeof ReviewModule;

const whenIdle = (cb: () => void): void =>
  void ((globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? setTimeout)(cb);

export class LazyParts implements ReactiveController {
  /** The later chunk, once here. */
  later?: Later;
  /** The review chunk, once here, and its documents controller. */
  review?: { module: Review; documents: DocumentsController };
  private latering?: Promise<Later>;
  private reviewing?: Promise<NonNullable<LazyParts['review']>>;
  /** The styles the chunks add to the element's. */
  private added: CSSResult[] = [];

  constructor(
    private host: ReactiveElement,
    private localize: { add(catalog: Catalog): Promise<void> },
    private documents: (module: Review) => DocumentsController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    whenIdle(() => void this.loadLater());
  }

  loadLater(): Promise<Later> {
    return (this.latering ??= import('./later.js').then(async (m) => {
      await this.add(m.laterCatalog, m.laterStyles);
      this.later = m;
      this.host.requestUpdate();
      return m;
    }));
  }

  loadReview(): Promise<NonNullable<LazyParts['review']>> {
    return (this.reviewing ??= import('./review.js').then(async (module) => {
      // The review and the PDF print the later steps' texts too (the mandatary's labels).
      await this.loadLater();
      await this.add(module.reviewCatalog, module.reviewStyles);
      this.review = { module, documents: this.documents(module) };
      this.host.requestUpdate();
      return this.review;
    }));
  }

  private async add(catalog: Catalog, styles: CSSResult): Promise<void> {
    await this.localize.add(catalog);
    this.added.push(styles);
    const base = (this.host.constructor as typeof ReactiveElement).elementStyles;
    adoptStyles(this.host.renderRoot as ShadowRoot, [...base, ...this.added]);
  }
}
