import type { ReactiveController } from 'lit';
import type { ProcuraElement } from './base-element.js';
import type { BackendClient, Part, RequestOptions } from './backend.js';
import type { Outbox, OutboxEventDetail } from './outbox.js';
import { emit, type SubmissionKind, type SubmitDetail, type SubmittedDetail } from './events.js';
import { ProblemError, UnreachableError, problemFields, problemMessage, report, type Texts } from './errors.js';

export type SubmissionState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'sent'; response: unknown }
  | { state: 'queued'; id: string }
  | { state: 'local' }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string; fields: Record<string, string>; code?: string };

/**
 * An element may word the server's refusal of one of its fields itself (its own text for
 * `sameEmail` on `mandatary.email`); undefined leaves it to the kit's `core.field.<code>`.
 */
export interface FieldTexts {
  fieldText?(path: string, code: string): string | undefined;
}

/**
 * One element's way to the backend: the cancelable `procura-submit`, then the outbox
 * (so nothing is lost when the backend is down), then `procura-submitted`,
 * `procura-queued` or `procura-error`. Also reads (`get`) through the same client.
 */
export class SubmissionController implements ReactiveController {
  status: SubmissionState = { state: 'idle' };
  private mine = new Set<string>();
  private unlisten?: () => void;

  constructor(
    private host: ProcuraElement,
    private kind: SubmissionKind,
  ) {
    host.addController(this);
  }

  private get source(): string {
    return `${this.host.localName}#${this.host.id || this.host.draftKey || ''}`;
  }

  hostConnected(): void {
    // The outbox (and IndexedDB, and the HTTP client) load after the first render; loading
    // it also delivers what an earlier page left waiting.
    const connected = (this.connectedAt = {});
    const whenIdle =
      (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ??
      ((cb: () => void) => setTimeout(cb, 1));
    whenIdle(() => {
      if (this.connectedAt !== connected) return;
      void loadOutbox().then((box) => {
        if (this.connectedAt === connected) this.listen(box);
      });
    });
  }

  private connectedAt?: object;

  private listen(box: Outbox): void {
    if (this.unlisten) return;
    const onDelivered = (e: Event) => {
      const { record, response } = (e as CustomEvent<OutboxEventDetail>).detail;
      // Ours: sent by this element now, or queued by it before a reload.
      if (record.kind !== this.kind || (!this.mine.has(record.id) && record.source !== this.source)) return;
      this.mine.delete(record.id);
      this.set({ state: 'sent', response });
      emit(this.host, 'procura-submitted', { kind: this.kind, response, id: record.id } as SubmittedDetail);
    };
    const onFailed = (e: Event) => {
      const { record, error } = (e as CustomEvent<OutboxEventDetail>).detail;
      if (record.kind !== this.kind || (!this.mine.has(record.id) && record.source !== this.source) || !error) return;
      this.mine.delete(record.id);
      this.fail(error);
    };
    box.addEventListener('delivered', onDelivered);
    box.addEventListener('failed', onFailed);
    this.unlisten = () => {
      box.removeEventListener('delivered', onDelivered);
      box.removeEventListener('failed', onFailed);
    };
  }

  hostDisconnected(): void {
    this.connectedAt = undefined;
    this.unlisten?.();
    this.unlisten = undefined;
  }

  /** A client for reads (the HTTP client loads on first use); undefined without an endpoint. */
  get client(): Pick<BackendClient, 'endpoint' | 'request' | 'fetchResponse'> | undefined {
    const ep = this.host.resolvedEndpoint;
    if (!ep) return undefined;
    const real = () => import('./backend.js').then((m) => new m.BackendClient(ep));
    return {
      endpoint: ep,
      // Reads ask for the element's language too: a problem's `detail` may end up on the page.
      request: <T>(path: string, opts?: RequestOptions) =>
        real().then((c) => c.request<T>(path, { locale: this.host.resolvedLocale, ...opts })),
      fetchResponse: (path: string, opts?: RequestOptions) =>
        real().then((c) => c.fetchResponse(path, { locale: this.host.resolvedLocale, ...opts })),
    } as Pick<BackendClient, 'endpoint' | 'request' | 'fetchResponse'>;
  }

  /**
   * Sends `payload` (JSON) or `parts` (multipart) to `path`. Resolves with the state
   * reached; it never throws: failures become `procura-error` and a visible state.
   */
  async submit(
    path: string,
    payload: unknown,
    opts: { parts?: Part[]; id?: string; anonymous?: boolean } = {},
  ): Promise<SubmissionState> {
    if (!emit(this.host, 'procura-submit', { kind: this.kind, payload } as SubmitDetail, { cancelable: true }))
      return this.set({ state: 'cancelled' });
    const endpoint = this.host.resolvedEndpoint;
    if (!endpoint) return this.set({ state: 'local' });
    this.set({ state: 'sending' });
    try {
      const box = await loadOutbox();
      if (!this.unlisten && this.connectedAt) this.listen(box);
      const result = await box.submit({
        kind: this.kind,
        source: this.source,
        endpoint,
        path,
        id: opts.id,
        locale: this.host.resolvedLocale,
        anonymous: opts.anonymous,
        ...(opts.parts ? { parts: opts.parts } : { json: payload }),
      });
      if (result.status === 'delivered') {
        this.set({ state: 'sent', response: result.response });
        emit(this.host, 'procura-submitted', {
          kind: this.kind,
          response: result.response,
          id: result.id,
        } as SubmittedDetail);
      } else {
        this.mine.add(result.id);
        this.set({ state: 'queued', id: result.id });
        emit(this.host, 'procura-queued', { kind: this.kind, id: result.id });
      }
    } catch (e) {
      this.fail(e);
    }
    return this.status;
  }

  reset(): void {
    this.set({ state: 'idle' });
  }

  /** The host's texts: its own catalogs and the core's, in its current locale. */
  private get texts(): Texts {
    // `localize` is protected on the base element; the controller speaks for the element.
    return (this.host as unknown as { localize: Texts }).localize;
  }

  /** A failure, in the element's language: see problemMessage and problemFields. */
  private fail(e: unknown): void {
    let status: number | undefined;
    if (e instanceof ProblemError || e instanceof UnreachableError) status = e.status;
    else report(this.host.localName, 'submission failed', e);
    const texts = this.texts;
    const host = this.host as ProcuraElement & FieldTexts;
    const own = host.fieldText ? (path: string, code: string) => host.fieldText!(path, code) : undefined;
    // Getters: when the page switches language after a failure, the message follows it.
    const failed = {
      state: 'failed' as const,
      code: e instanceof ProblemError ? e.code : undefined,
      get message() {
        return problemMessage(e, texts);
      },
      get fields() {
        return e instanceof ProblemError ? problemFields(e, texts, own) : {};
      },
    };
    this.set(failed);
    emit(this.host, 'procura-error', {
      kind: this.kind,
      error: { message: failed.message, status, fields: failed.fields },
    });
  }

  private set(s: SubmissionState): SubmissionState {
    this.status = s;
    this.host.requestUpdate();
    return s;
  }
}

const loadOutbox = (): Promise<Outbox> => import('./outbox.js').then((m) => m.outbox());
