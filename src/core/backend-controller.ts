import type { ReactiveController } from 'lit';
import type { ProcuraElement } from './base-element.js';
import type { BackendClient, Part, RequestOptions } from './backend.js';
import type { Outbox, OutboxEventDetail, SubmitResult } from './outbox.js';
import { emit, type SubmissionKind, type SubmitDetail, type SubmittedDetail } from './events.js';
import { report } from './report.js';
import type * as ProblemText from './problem-text.js';
import type { Texts } from './problem-text.js';
import { coreProblemCatalog } from '../i18n/core.js';

/** The sentences of a failure (problem-text.ts), loaded with the backend module or at the first failure. */
let problemText: typeof ProblemText | undefined;

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

export interface SubmitOptions {
  parts?: Part[];
  id?: string;
  anonymous?: boolean;
}

/** Any element, whatever its configuration and keys: the controller needs only what every one has. */
type AnyElement = ProcuraElement;

/**
 * An element's one way to the backend. Reads and writes that need no outbox go through
 * `request()` / `fetchResponse()` (the element's locale is sent; without an endpoint they reject
 * with NoEndpointError). Writes that must not be lost go through `submit()`: the cancelable
 * `procura-submit`, then the outbox (so nothing is lost when the backend is down), then
 * `procura-submitted`, `procura-queued` or `procura-error`. The HTTP client and the outbox load
 * with `import()` on first use: constructing the controller costs nearly nothing.
 */
export class BackendController implements ReactiveController {
  status: SubmissionState = { state: 'idle' };
  private mine = new Set<string>();
  private unlisten?: () => void;
  private connectedAt?: object;

  /** `kind` names what `submit()` sends (events and outbox records carry it); reads need none. */
  constructor(
    private host: AnyElement,
    private kind?: SubmissionKind,
  ) {
    host.addController(this);
  }

  /** The backend's base URL (the host's resolved endpoint), or undefined when the element works locally. */
  get endpoint(): string | undefined {
    return this.host.resolvedEndpoint;
  }

  /** JSON read or write without the outbox (GET lists, revoke with an Idempotency-Key); the element's locale is sent. */
  async request<T = unknown>(path: string, opts?: RequestOptions): Promise<T> {
    return (await this.http()).request<T>(path, { locale: this.host.resolvedLocale, ...opts });
  }

  /** The raw answer, for documents (PDF bytes) and headers; the element's locale is sent. */
  async fetchResponse(path: string, opts?: RequestOptions): Promise<Response> {
    return (await this.http()).fetchResponse(path, { locale: this.host.resolvedLocale, ...opts });
  }

  private async http(): Promise<BackendClient> {
    const ep = this.endpoint;
    // The sentences of a failure arrive with the client, before any failure can be shown.
    const texts = this.problemTexts();
    if (!ep) throw (await texts).noEndpoint(this.host.localName);
    const [{ BackendClient }] = await Promise.all([import('./backend.js'), texts]);
    return new BackendClient(ep);
  }

  private get source(): string {
    return `${this.host.localName}#${this.host.id || this.host.draftKey || ''}`;
  }

  hostConnected(): void {
    if (!this.kind) return;
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

  hostDisconnected(): void {
    this.connectedAt = undefined;
    this.unlisten?.();
    this.unlisten = undefined;
  }

  /** Ours: sent by this element now, or queued by it before a reload. */
  private ours(record: OutboxEventDetail['record']): boolean {
    return record.kind === this.kind && (this.mine.has(record.id) || record.source === this.source);
  }

  private listen(box: Outbox): void {
    if (this.unlisten) return;
    const onDelivered = (e: Event) => {
      const { record, response } = (e as CustomEvent<OutboxEventDetail>).detail;
      if (!this.ours(record)) return;
      this.mine.delete(record.id);
      this.delivered(record.id, response);
    };
    const onFailed = (e: Event) => {
      const { record, error } = (e as CustomEvent<OutboxEventDetail>).detail;
      if (!this.ours(record) || !error) return;
      this.mine.delete(record.id);
      void this.fail(error);
    };
    box.addEventListener('delivered', onDelivered);
    box.addEventListener('failed', onFailed);
    this.unlisten = () => {
      box.removeEventListener('delivered', onDelivered);
      box.removeEventListener('failed', onFailed);
    };
  }

  /**
   * Sends `payload` (JSON) or `parts` (multipart) to `path` through the outbox. Resolves with
   * the state reached; it never throws: failures become `procura-error` and a visible state.
   */
  async submit(path: string, payload: unknown, opts: SubmitOptions = {}): Promise<SubmissionState> {
    const kind = this.kind;
    if (!kind) throw new Error(`<${this.host.localName}>: a BackendController needs a kind to submit`);
    if (!emit(this.host, 'procura-submit', { kind, payload } as SubmitDetail, { cancelable: true }))
      return this.set({ state: 'cancelled' });
    const endpoint = this.endpoint;
    if (!endpoint) return this.set({ state: 'local' });
    this.set({ state: 'sending' });
    try {
      const box = await loadOutbox();
      if (!this.unlisten && this.connectedAt) this.listen(box);
      const result = await box.submit({
        kind,
        source: this.source,
        endpoint,
        path,
        id: opts.id,
        locale: this.host.resolvedLocale,
        anonymous: opts.anonymous,
        ...(opts.parts ? { parts: opts.parts } : { json: payload }),
      });
      this.settle(result);
    } catch (e) {
      await this.fail(e);
    }
    return this.status;
  }

  private settle(result: SubmitResult): void {
    if (result.status === 'delivered') return this.delivered(result.id, result.response);
    this.mine.add(result.id);
    this.set({ state: 'queued', id: result.id });
    emit(this.host, 'procura-queued', { kind: this.kind!, id: result.id });
  }

  private delivered(id: string, response: unknown): void {
    this.set({ state: 'sent', response });
    emit(this.host, 'procura-submitted', { kind: this.kind!, response, id } as SubmittedDetail);
  }

  reset(): void {
    this.set({ state: 'idle' });
  }

  /** The host's texts: its own catalogs and the core's, in its current locale. */
  private get texts(): Texts {
    // `localize` is protected on the base element; the controller speaks for the element.
    return (this.host as unknown as { localize: Texts }).localize;
  }

  /** Loads the sentences of a failure (`core.problem.…`, `core.field.…`) into the host's texts. */
  private async problemTexts(): Promise<typeof ProblemText> {
    const localize = (this.host as unknown as { localize: { add(c: typeof coreProblemCatalog): Promise<void> } })
      .localize;
    const [m] = await Promise.all([problemText ?? import('./problem-text.js'), localize.add(coreProblemCatalog)]);
    return (problemText = m);
  }

  /** A failure's sentence in the element's language (problemMessage); its sentences load with the first request. */
  problemMessage(e: unknown): string {
    return problemText ? problemText.problemMessage(e, this.texts) : this.texts.t('core.problem.other');
  }

  /** A failure, in the element's language (once its sentences are loaded): see problemMessage and problemFields. */
  private async fail(e: unknown): Promise<void> {
    const { problemMessage, problemFields, failureOf } = await this.problemTexts();
    const { status, code, fromBackend } = failureOf(e);
    if (!fromBackend) report(this.host.localName, 'submission failed', e);
    const texts = this.texts;
    const host = this.host as AnyElement & FieldTexts;
    const own = host.fieldText ? (path: string, code: string) => host.fieldText?.(path, code) : undefined;
    // Getters: when the page switches language after a failure, the message follows it.
    const failed = {
      state: 'failed' as const,
      code,
      get message() {
        return problemMessage(e, texts);
      },
      get fields() {
        return problemFields(e, texts, own);
      },
    };
    this.set(failed);
    emit(this.host, 'procura-error', {
      kind: this.kind!,
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
