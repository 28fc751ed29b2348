/**
 * The form's flow: the step, the values, the signatures, which fields were seen, the server's
 * errors and what was already sent. It decides the derived facts (the kind of person, the scope,
 * mandate or access request) and keeps the draft. It renders nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftController } from '../core/draft-store.js';
import type { SubmissionState } from '../core/backend-controller.js';
import type { DecisionDetail } from '../core/events.js';
import type { Issue } from '../model/schema.js';
import type { Localized } from '../model/localized.js';
import type { Mandate, Signature } from '../model/mandate.js';
import type { AccessRequest } from '../model/access-request.js';
import type { ContractsScope } from '../model/tree.js';
import type { DefinitionRef } from '../model/definition.js';
import type { check as Check } from './check.js';
import {
  fieldsOf,
  MANDATARY,
  VALIDITY,
  signerName,
  stepOf,
  toAccessRequest,
  toMandate,
  type Context,
  type Kind,
  type Step,
  type Values,
} from './model.js';
import { done, today, type Draft, type SignatureState, type Signatures } from './types.js';

/** What the element's attributes (and configuration) tell the flow. */
export interface FlowInputs {
  service?: string;
  services?: string;
  contracts?: ContractsScope;
  grantorKind?: Kind;
  kind?: 'mandate' | 'access-request';
  roleAddresses?: string[];
  locale: string;
  /** The published definition loaded by `src`, named in every mandate and access request sent. */
  definition?: DefinitionRef;
  /** The check of the values (in the later chunk): undefined until it is here. */
  check?: typeof Check;
}
/** The state a step change, a reset or a draft replaces. */
export interface FlowState {
  step: Step;
  values: Values;
  sigs: Signatures;
  server: Record<string, string>;
  sent: Record<string, SubmissionState>;
  summary: boolean;
  decision?: DecisionDetail;
  /** The decision path's texts: [question, answer] per step, then [outcome]. */
  path?: Localized[][];
}

const STEPS: Step[] = ['grantor', 'handover', 'mandatary', 'review'];
const REQUEST_STEPS: Step[] = ['grantor', 'review'];

export class FlowController implements ReactiveController, FlowState {
  hostConnected(): void {}

  step: Step = 'grantor';
  values: Values = {};
  sigs: Signatures = {};
  server: Record<string, string> = {};
  sent: Record<string, SubmissionState> = {};
  summary = false;
  decision?: DecisionDetail;
  path?: Localized[][];
  /** The fields filled from the session, shown read-only. */
  bound = new Set<string>();
  /** Fields whose errors show: left after a change, or their step submitted. */
  readonly seen = new Set<string>();
  issues: Issue[] = [];
  /** The issues were judged (the check's chunk is here): until then the form is not known complete. */
  checked = false;
  readonly drafts: DraftController<Draft>;
  /** The draft was read (or there was none): saving may start. */
  private loaded = false;

  constructor(
    private host: ReactiveControllerHost & { readonly resolvedDraftKey: string | undefined },
    private inputs: () => FlowInputs,
  ) {
    host.addController(this);
    this.drafts = new DraftController<Draft>(host, {
      key: () => host.resolvedDraftKey,
      version: () => '1',
      enabled: () => true,
    });
  }

  /** Changes the state and renders again. */
  set(patch: Partial<FlowState>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  // ---- what the attributes, the tree and the values decide

  /** The services asked for: one mandate each. */
  get serviceList(): string[] {
    const { services, service } = this.inputs();
    const list = (services ?? '').split(/\s+/).filter(Boolean);
    if (list.length) return list;
    const one = service || String(this.values.service ?? '').trim();
    return one ? [one] : [];
  }
  get fixedKind(): Kind | undefined {
    const form = this.decision?.result.form ?? '';
    if (this.inputs().grantorKind) return this.inputs().grantorKind;
    if (/legal|morale|company/i.test(form)) return 'legal';
    return /natural|physique/i.test(form) ? 'natural' : undefined;
  }
  get personKind(): Kind {
    return this.fixedKind ?? (this.values['grantor.kind'] === 'legal' ? 'legal' : 'natural');
  }
  get fixedContracts(): ContractsScope | undefined {
    return this.inputs().contracts ?? this.decision?.result.contracts;
  }
  get scope(): ContractsScope {
    return this.fixedContracts ?? ((this.values['scope.contracts'] as ContractsScope) || 'all');
  }
  /** A written access request for oneself rather than a mandate: the attribute, or the tree's outcome. */
  get isRequest(): boolean {
    const kind = this.inputs().kind;
    if (kind) return kind === 'access-request';
    const r = this.decision?.result;
    return !!r && !r.refused && (r.form === 'access-request' || !r.mandate);
  }
  get steps(): Step[] {
    return this.isRequest ? REQUEST_STEPS : STEPS;
  }

  private signatures(): Signature[] {
    return (['grantor', 'mandatary'] as const).flatMap((party) => {
      const s = this.sigs[party];
      if (!s) return [];
      const name = signerName(this.values, party, this.personKind) || '?';
      return [
        {
          party,
          method: s.method,
          signerName: name,
          signedAt: s.signedAt,
          ...(s.imageSha256 && { imageSha256: s.imageSha256 }),
        },
      ];
    });
  }
  context(service: string): Context {
    return {
      service,
      kind: this.personKind,
      contracts: this.isRequest ? 'all' : this.scope,
      decision: this.decision,
      signatures: this.signatures(),
      locale: this.inputs().locale,
      definition: this.inputs().definition,
    };
  }
  /** The mandates as they would be sent now, one per service (without the PDF's hash). */
  get mandates(): Mandate[] {
    return this.isRequest ? [] : this.serviceList.map((s) => toMandate(this.values, this.context(s)));
  }
  mandateFor(service: string): Mandate {
    return toMandate(this.values, this.context(service));
  }
  /** An access request for the service, or undefined when this form is a mandate. */
  accessRequestFor(service: string): AccessRequest | undefined {
    return this.isRequest ? toAccessRequest(this.values, this.context(service)) : undefined;
  }
  /** The access request as it would be sent now (one service), or undefined for a mandate. */
  get accessRequest(): AccessRequest | undefined {
    const service = this.serviceList[0];
    return this.isRequest && service ? toAccessRequest(this.values, this.context(service)) : undefined;
  }
  /** Something for the check to judge: a value, a signature, a field seen, a server's message, a later step. */
  get touched(): boolean {
    const some = (o: object) => Object.keys(o).length > 0;
    return this.step !== 'grantor' || this.seen.size > 0 || some(this.values) || some(this.sigs) || some(this.server);
  }
  /** Judges the values now: the issues, and whether they were judged at all. */
  judge(): void {
    const issues = this.check();
    this.checked = !!issues;
    this.issues = issues ?? [];
  }
  /** The issues now, or undefined while the check's chunk is not here. */
  check(): Issue[] | undefined {
    const check = this.inputs().check;
    return check?.(this.values, this.context(this.serviceList[0] ?? ''), {
      roleLocalParts: this.inputs().roleAddresses,
      today: today(),
      request: this.isRequest,
    });
  }

  // ---- changes

  /** A field changed: its value, and the server's message about it goes. */
  input(name: string, value: string | boolean): void {
    if (this.bound.has(name)) return;
    const server = Object.fromEntries(Object.entries(this.server).filter(([p]) => p !== name));
    this.set({ values: { ...this.values, [name]: value }, server });
    this.save();
  }
  see(path: string): void {
    if (this.seen.has(path)) return;
    this.seen.add(path);
    this.host.requestUpdate();
  }
  /** The step is submitted: all its fields show their errors. True when it has none. */
  submitStep(): boolean {
    const step = this.step;
    for (const [p] of [...fieldsOf(this.personKind), ...VALIDITY, ...MANDATARY])
      if (stepOf(p) === step) this.seen.add(p);
    ['service', 'scope.contractIds', `signatures.${step}`].forEach((p) => this.seen.add(p));
    this.issues = this.check() ?? [];
    const ok = !this.issues.some((i) => stepOf(i.path) === step);
    this.set({ summary: !ok });
    return ok;
  }
  /** The fields of this step with an issue or a server's message (those with a message show in the summary). */
  summaryPaths(): string[] {
    const paths = new Set([...this.issues.map((i) => i.path), ...Object.keys(this.server)]);
    return [...paths].filter((p) => stepOf(p) === this.step);
  }
  /** The step after this one once it is complete. */
  nextStep(): Step {
    return this.step === 'grantor' && !this.isRequest ? 'handover' : 'review';
  }
  go(step: Step): void {
    this.set({ step, summary: false });
    this.save();
  }
  setDecision(decision: DecisionDetail | undefined, path: Localized[][] | undefined): void {
    this.set({ decision, path });
    this.save();
  }
  /** Empties the form (a form reset); the session's identity is filled again by the caller. */
  reset(): void {
    this.set({ values: {}, sigs: {}, step: 'grantor', server: {}, sent: {}, summary: false });
    this.bound = new Set();
    this.seen.clear();
    void this.drafts.clear();
  }

  // ---- the browser's state (back/forward, a restored tab)

  /** What the browser keeps for a restore: the values, and each signature with its image as a file. */
  formState(): FormData {
    const state = new FormData();
    state.set('values', JSON.stringify(this.values));
    for (const [party, s] of Object.entries(this.sigs)) {
      const { png, ...rest } = s;
      state.set(`signature.${party}`, JSON.stringify(rest));
      if (png) state.set(`image.${party}`, new File([png], `${party}.png`, { type: 'image/png' }));
    }
    return state;
  }
  /** Takes back a state `formState()` made (or, from an older version, the values alone as JSON). */
  restoreState(state: FormData | string): void {
    const form = typeof state === 'string' ? undefined : state;
    const values = JSON.parse(String(form ? form.get('values') : state)) as Values;
    const sigs: Signatures = {};
    for (const party of ['grantor', 'mandatary'] as const) {
      const kept = form?.get(`signature.${party}`);
      const png = form?.get(`image.${party}`);
      if (typeof kept === 'string')
        sigs[party] = { ...(JSON.parse(kept) as SignatureState), ...(png instanceof Blob && { png }) };
    }
    this.set({ values, sigs });
  }

  // ---- drafts

  async restore(): Promise<void> {
    const d = await this.drafts.restore().catch(() => undefined);
    if (d) {
      this.set({ values: { ...d.values, ...this.values }, sigs: d.sigs ?? {}, step: d.step, sent: d.sent ?? {} });
      this.set({ decision: this.decision ?? d.decision, path: this.path ?? d.path });
      for (const p of Object.keys(this.values)) this.seen.add(p);
    }
    this.loaded = true;
  }
  save(): void {
    if (!this.loaded || this.step === 'done') return;
    const sent = Object.fromEntries(Object.entries(this.sent).filter(([, s]) => done(s)));
    const { step, values, sigs, decision, path } = this;
    void this.drafts.save({ step, values, sigs, decision, path, sent });
  }
}
