/**
 * Who is signed in (`GET /session`, asked once per endpoint): a client's own identity fills
 * the grantor's (or requester's) part and is then read-only; a person not signed in is told
 * at once that sending needs a sign-in. The backend's controller and the prefill come with the
 * later chunk (session-fill.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BackendController } from '../core/backend-controller.js';
import { getConfiguration } from '../core/configure.js';
import type { FlowController } from './flow.js';
import type { SessionAnswer, SessionUser } from './types.js';
import type { prefill as Prefill } from './session-fill.js';

/** What reading the session needs, from the later chunk: the backend and the prefill. */
export interface SessionParts {
  backend: BackendController;
  prefill: typeof Prefill;
}

export class SessionController implements ReactiveController {
  /** What `GET /session` answered; `unreachable` when the backend did not answer. */
  answer?: SessionAnswer | 'unreachable';
  /** "Envoyer" was pressed without a session: the sign-in message is repeated there. */
  held = false;
  private askedFor?: string;
  private prefill?: typeof Prefill;

  constructor(
    private host: ReactiveControllerHost & {
      readonly resolvedEndpoint: string | undefined;
      readonly resolvedLocale: string;
    },
    private parts: () => Promise<SessionParts>,
    private flow: FlowController,
    private restoring: () => Promise<void> | undefined,
  ) {
    host.addController(this);
  }

  /** Asked once per endpoint, never before an endpoint is known. */
  hostUpdate(): void {
    const ep = this.host.resolvedEndpoint;
    if (!ep || ep === this.askedFor) return;
    this.askedFor = ep;
    void this.read();
  }

  /** The backend knows no one: sending needs a sign-in first. */
  get signedOut(): boolean {
    return typeof this.answer === 'object' && this.answer.user === null;
  }
  get user(): SessionUser | undefined {
    return typeof this.answer === 'object' ? (this.answer.user ?? undefined) : undefined;
  }
  get signInUrl(): string | undefined {
    return typeof this.answer === 'object' ? this.answer.signInUrl : undefined;
  }

  /** Where to sign in: the attribute, else `configure({ signInUrl })`, else the session's answer. */
  href(attribute?: string): string | undefined {
    return attribute || getConfiguration().signInUrl || this.signInUrl || undefined;
  }

  async read(): Promise<void> {
    const ep = this.askedFor;
    const answer = await this.ask();
    if (!answer) return;
    await this.restoring();
    if (ep !== this.askedFor) return;
    this.answer = answer;
    this.host.requestUpdate();
    if (answer !== 'unreachable' && answer.user) this.fill(answer.user);
  }

  private async ask(): Promise<SessionAnswer | 'unreachable' | undefined> {
    try {
      const { backend, prefill } = await this.parts();
      this.prefill = prefill;
      // The element's locale goes with it (the controller sends it).
      const a = await backend.request<SessionAnswer>('/session', { retries: 1 });
      return a && typeof a === 'object' && 'user' in a ? a : undefined;
    } catch {
      // Unreachable, or no such route: nothing is said about signing in (the outbox keeps a submission).
      return 'unreachable';
    }
  }

  /** A client's own data fills the grantor's (or requester's) part; the identity is then read-only. */
  fill(u: SessionUser | undefined = this.user): void {
    if (!u || u.role !== 'client' || !this.prefill) return;
    const { values, bound } = this.prefill(u, this.flow.values, this.flow.fixedKind);
    this.flow.bound = bound;
    this.flow.set({ values });
    this.flow.save();
  }
}
