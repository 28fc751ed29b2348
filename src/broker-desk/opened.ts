// The request opened: its record, its document (a lazy chunk), the checklist ticked, the client's consents.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BackendController } from '../core/backend-controller.js';
import type { DeskItem, DeskRequest } from '../model/desk.js';
import { serverChecked, type CheckKey } from './checks.js';
import type { ConsentsState, DocState } from './request-view.js';
import { fetchConsents, fetchRequest } from './request-store.js';

export class Opened implements ReactiveController {
  item?: DeskItem;
  req?: DeskRequest;
  failed?: string;
  doc?: DocState;
  ticks = new Set<CheckKey>();
  consents: ConsentsState = { state: 'idle' };
  private seq = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly backend: BackendController,
    private readonly reason: (e: unknown) => string,
    private readonly href: (url: string) => string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  async open(item: DeskItem): Promise<void> {
    this.close();
    const seq = this.seq;
    this.item = item;
    this.host.requestUpdate();
    try {
      const req = await fetchRequest(this.backend, item.id);
      if (seq !== this.seq) return;
      const pre = serverChecked(req.checks, item);
      this.ticks = new Set((Object.keys(pre) as CheckKey[]).filter((k) => pre[k]));
      Object.assign(this, { req, item: req.item, doc: { state: 'loading' } });
      this.host.requestUpdate();
      await this.loadDocument(seq, req);
    } catch (e) {
      if (seq !== this.seq) return;
      this.failed = this.reason(e);
      this.host.requestUpdate();
    }
  }

  private async loadDocument(seq: number, req: DeskRequest): Promise<void> {
    let doc: DocState;
    try {
      const { loadDocument } = await import('./document.js');
      doc = { state: 'ready', doc: await loadDocument(this.backend, this.href(req.document.href), req.document) };
    } catch (e) {
      doc = { state: 'failed', reason: this.reason(e) };
    }
    if (seq !== this.seq) return void (doc.state === 'ready' && URL.revokeObjectURL(doc.doc.url));
    this.doc = doc;
    this.host.requestUpdate();
  }

  close(): void {
    this.seq++;
    if (this.doc?.state === 'ready') URL.revokeObjectURL(this.doc.doc.url);
    Object.assign(this, { item: undefined, req: undefined, failed: undefined, doc: undefined });
    this.ticks = new Set();
    this.consents = { state: 'idle' };
    this.host.requestUpdate();
  }

  tick(k: CheckKey, on: boolean): void {
    this.ticks = new Set(this.ticks);
    if (on) this.ticks.add(k);
    else this.ticks.delete(k);
    this.host.requestUpdate();
  }

  async loadConsents(): Promise<void> {
    const subject = this.item?.grantor.clientRef;
    if (!subject) return;
    const seq = this.seq;
    this.consents = { state: 'loading' };
    this.host.requestUpdate();
    try {
      const data = await fetchConsents(this.backend, subject);
      if (seq === this.seq) this.consents = { state: 'ready', data };
    } catch (e) {
      if (seq === this.seq) this.consents = { state: 'failed', reason: this.reason(e) };
    }
    this.host.requestUpdate();
  }

  /** The opened request changed (an action): its row data follows. */
  update(item: DeskItem): void {
    if (this.item?.id !== item.id) return;
    this.item = item;
    this.host.requestUpdate();
  }
}
