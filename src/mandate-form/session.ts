/**
 * Who is signed in (`GET /session`, asked once per endpoint): a client's own identity fills
 * the grantor's (or requester's) part and is then read-only; a person not signed in is told
 * at once that sending needs a sign-in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BackendController } from '../core/backend-controller.js';
import { getConfiguration } from '../core/configure.js';
import type { Kind, Values } from './model.js';
import type { FlowController } from './flow.js';
import type { SessionAnswer, SessionUser } from './types.js';

/** The fields a session binds: the person's identity, shown read-only once the backend knows it. */
const BOUND = [
  'grantor.givenName',
  'grantor.familyName',
  'grantor.email',
  'grantor.legalName',
  'grantor.enterpriseNumber',
  'grantor.representative.givenName',
  'grantor.representative.familyName',
];

/** A client's identity (bound) and the rest of their data (filled only where empty). */
function fromUser(u: SessionUser, kind: Kind): { id: Values; soft: Values } {
  const legal = kind === 'legal';
  const id: Values = legal
    ? {
        'grantor.legalName': u.legalName,
        'grantor.enterpriseNumber': u.enterpriseNumber,
        'grantor.representative.givenName': u.representative?.givenName,
        'grantor.representative.familyName': u.representative?.familyName,
      }
    : { 'grantor.givenName': u.givenName, 'grantor.familyName': u.familyName };
  if (u.email) id['grantor.email'] = u.email;
  const soft: Values = legal
    ? { 'grantor.seat': u.seat, 'grantor.representative.capacity': u.representative?.capacity }
    : { 'grantor.birthDate': u.birthDate };
  Object.assign(soft, { 'grantor.phone': u.phone, 'grantor.clientRef': u.clientRef });
  return { id, soft };
}

/** The values once a client's data is in, and the fields it binds. */
export function prefill(u: SessionUser, current: Values, fixedKind?: Kind): { values: Values; bound: Set<string> } {
  const values = { ...current };
  const bound = new Set<string>();
  if (u.role !== 'client') return { values, bound };
  const { id, soft } = fromUser(u, fixedKind ?? u.kind ?? 'natural');
  if (!fixedKind && u.kind) values['grantor.kind'] = u.kind;
  for (const [p, v] of Object.entries(soft)) if (v && !values[p]) values[p] = v;
  for (const [p, v] of Object.entries(id))
    if (v && BOUND.includes(p)) {
      values[p] = v;
      bound.add(p);
    }
  return { values, bound };
}

export class SessionController implements ReactiveController {
  /** What `GET /session` answered; `unreachable` when the backend did not answer. */
  answer?: SessionAnswer | 'unreachable';
  /** "Envoyer" was pressed without a session: the sign-in message is repeated there. */
  held = false;
  private askedFor?: string;

  constructor(
    private host: ReactiveControllerHost & {
      readonly resolvedEndpoint: string | undefined;
      readonly resolvedLocale: string;
    },
    private backend: BackendController,
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
      // The element's locale goes with it (the controller sends it).
      const a = await this.backend.request<SessionAnswer>('/session', { retries: 1 });
      return a && typeof a === 'object' && 'user' in a ? a : undefined;
    } catch {
      // Unreachable, or no such route: nothing is said about signing in (the outbox keeps a submission).
      return 'unreachable';
    }
  }

  /** A client's own data fills the grantor's (or requester's) part; the identity is then read-only. */
  fill(u: SessionUser | undefined = this.user): void {
    if (!u || u.role !== 'client') return;
    const { values, bound } = prefill(u, this.flow.values, this.flow.fixedKind);
    this.flow.bound = bound;
    this.flow.set({ values });
    this.flow.save();
  }
}
