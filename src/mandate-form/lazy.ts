/**
 * The form's lazy chunks, and the pad's definition (`loadPad`): the later one (`later.ts`: the steps after the first, the error
 * messages), fetched when the host asks (idle after its first paint, a first touch), and the review's
 * (`review.ts`: the review, the PDFs and their sending), fetched when the review is near.
 * Each brings its texts and styles; the host renders again once it is here.
 */
import { adoptStyles, type CSSResult, type ReactiveController, type ReactiveElement } from '../core/reactive.js';
import type { ProcuraElement } from '../core/base-element.js';
import type { BackendController } from '../core/backend-controller.js';
import { report } from '../core/report.js';
import type { Catalog } from '../core/localize.js';
import type * as LaterModule from './later.js';
import type * as ReviewModule from './review.js';
import type { DocumentsController } from './documents.js';
import type { SessionParts } from './session.js';
import type { FlowController } from './flow.js';
import type { TreeLink } from './tree-link.js';

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
  /** The backend's controllers, made with the later chunk (the first screen asks nothing of the backend). */
  backend?: { mandate: BackendController; request: BackendController };
  /** The pad's definition, once asked for. */
  padLoading?: Promise<unknown>;
  /** The link to the tree named by `for` (tree-link.ts), loaded only for a form that names one. */
  tree?: TreeLink;
  linking?: Promise<unknown>;
  /** The prefetch after the first paint is planned (or done). */
  private planned = false;

  constructor(
    private host: ProcuraElement,
    private localize: { add(catalog: Catalog): Promise<void> },
    private documents: (module: Review) => DocumentsController,
    private loadPad: () => Promise<unknown> | undefined,
  ) {
    host.addController(this);
  }

  // A person who reaches the form before the browser is idle: the pad and the checks come at once.
  hostConnected(): void {
    this.host.addEventListener('focusin', this.prefetch);
    this.host.addEventListener('pointerdown', this.prefetch);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.prefetch);
    this.host.removeEventListener('pointerdown', this.prefetch);
  }

  /** The first step is on screen: its later parts follow after the paint, when the browser is idle. */
  hostUpdated(): void {
    if (this.planned || !this.host.renderRoot.querySelector('form')) return;
    this.planned = true;
    requestAnimationFrame(() => setTimeout(() => whenIdle(() => void this.prefetch())));
  }

  /**
   * The pad's definition and the later chunk (the checks, their messages, the later steps): not
   * the first step's first screen, fetched once it is painted and the browser is idle, at the
   * first touch of the form, or when a step is judged. Resolves with the later chunk.
   */
  prefetch = (): Promise<Later> => {
    this.padLoading ??= this.loadPad()?.catch((e) =>
      report(this.host.localName, 'the signature pad could not be loaded', e),
    );
    return this.loadLater();
  };

  /** Until the link is here the form waits for the tree's decision, as it does for a tree not yet answered. */
  linkTree(flow: FlowController): void {
    this.linking ??= import('./tree-link.js').then(
      (m) => {
        this.tree = new m.TreeLink(this.host as ProcuraElement & { for?: string }, flow);
        // Its way to the questionnaire shows now.
        this.host.requestUpdate();
      },
      (e: unknown) => report(this.host.localName, 'could not link the tree', e),
    );
  }

  /** The later chunk was asked for and is not here yet. */
  get loading(): boolean {
    return !!this.latering && !this.later;
  }

  loadLater(): Promise<Later> {
    return (this.latering ??= import('./later.js').then(async (m) => {
      await this.add(m.laterCatalog, m.laterStyles);
      // From now on they listen for what an earlier page left in the outbox.
      this.backend = {
        mandate: new m.BackendController(this.host, 'mandate'),
        request: new m.BackendController(this.host, 'access-request'),
      };
      this.later = m;
      this.host.requestUpdate();
      return m;
    }));
  }

  /** What reading the session needs (session.ts): the backend and the prefill, from the later chunk. */
  async sessionParts(): Promise<SessionParts> {
    const later = await this.loadLater();
    return { backend: this.backend!.mandate, prefill: later.prefill };
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
