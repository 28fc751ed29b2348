/**
 * The documents: the PDFs prepared for the review (one per service) and their sending through
 * the backend's outbox. Loaded with `import()` with the review, so the first chunk stays small.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalJson } from '../core/crypto.js';
import { emit } from '../core/events.js';
import { report } from '../core/report.js';
import type { BackendController, SubmissionState } from '../core/backend-controller.js';
import { formPath, stepOf } from './model.js';
import type { FlowController } from './flow.js';
import type { FormTexts } from './texts.js';
import type { SessionController } from './session.js';
import type { MandateFormConfig } from './config.js';
import { makeDocument, startBatch } from './make-document.js';
import { done, type DocsState, type FormDocument } from './types.js';

/** The element as the documents see it: where they render, and what it is configured with. */
type Element = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/** The parts the documents work with; each keeps its own state. */
export interface DocumentsParts {
  flow: FlowController;
  texts: FormTexts;
  session: SessionController;
  backend: { mandate: BackendController; request: BackendController };
  settings(): MandateFormConfig | undefined;
}

/** The characters an `UnprintableTextError` (from the lazy PDF module) names; undefined for any other error. */
function charactersOf(e: unknown): string[] | undefined {
  if (!(e instanceof Error) || e.name !== 'UnprintableTextError' || !('characters' in e)) return undefined;
  return Array.isArray(e.characters) ? e.characters.map(String) : undefined;
}

export class DocumentsController implements ReactiveController {
  docs?: FormDocument[];
  state: DocsState = 'idle';
  busy = false;
  /** The characters the PDF's font cannot print, when that refused the PDF (`chars-failed`). */
  unprintable: string[] = [];
  /** The reference whose copy button was pressed, and how it went. */
  copied?: { ref: string; ok: boolean };
  private key = '';
  private queuedIds: Record<string, string> = {};

  constructor(
    private host: Element,
    private parts: DocumentsParts,
  ) {
    host.addController(this);
    host.addEventListener('procura-submitted', (e) => {
      const svc = e.detail.id && this.queuedIds[e.detail.id];
      if (svc) parts.flow.set({ sent: { ...parts.flow.sent, [svc]: { state: 'sent', response: e.detail.response } } });
    });
  }

  /** The backend of this kind of form (events and outbox records carry its kind). */
  get backend(): BackendController {
    return this.parts.flow.isRequest ? this.parts.backend.request : this.parts.backend.mandate;
  }

  hostConnected(): void {}

  private set(patch: Partial<Pick<DocumentsController, 'docs' | 'state' | 'busy' | 'copied' | 'unprintable'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Prepares (or returns the already prepared) documents with their PDFs, one per service. */
  async prepare(): Promise<FormDocument[] | undefined> {
    const { flow, texts } = this.parts;
    const locale = texts.localize.locale;
    const key = canonicalJson({
      m: flow.mandates,
      r: flow.accessRequest,
      l: locale,
      p: flow.path,
      c: this.parts.settings(),
    });
    if (key === this.key && this.docs) return this.docs;
    this.key = key;
    this.set({ state: 'preparing' });
    try {
      const docs = await this.make();
      if (key !== this.key) return this.prepare(); // the data changed meanwhile
      this.docs?.forEach((d) => URL.revokeObjectURL(d.url));
      this.set({ docs, state: 'ready' });
      return docs;
    } catch (e) {
      this.failed(e);
      return undefined;
    }
  }

  private async make(): Promise<FormDocument[]> {
    const { flow, texts } = this.parts;
    const services = flow.isRequest ? flow.serviceList.slice(0, 1) : flow.serviceList;
    const batch = await startBatch(flow, texts, this.parts.settings() ?? {});
    const docs: FormDocument[] = [];
    for (const service of services) docs.push(await makeDocument(batch, flow, service));
    return docs;
  }

  private failed(e: unknown): void {
    report(this.host.localName, 'the PDF could not be made', e);
    this.key = '';
    const font = e instanceof Error && e.name === 'FontUnavailableError';
    const unprintable = charactersOf(e);
    if (unprintable) return this.set({ state: 'chars-failed', unprintable });
    this.set({ state: font ? 'font-failed' : 'failed' });
    // The site hears it too: a font its server does not serve (a base path to fix) is not the visitor's to solve.
    if (font)
      emit(this.host, 'procura-error', {
        kind: this.parts.flow.isRequest ? 'access-request' : 'mandate',
        error: { message: e.message },
      });
  }

  /** Sending needs a session the backend knows: false (and the sign-in notice, focused) when there is none. */
  private async signedIn(): Promise<boolean> {
    const session = this.parts.session;
    // Signed in meanwhile (another tab, the site's own sign-in)? Ask again before holding.
    if (session.signedOut) await session.read();
    if (!session.signedOut) return true;
    // The backend would refuse it: say so here, in the page's language; the draft stays.
    session.held = true;
    this.host.requestUpdate();
    await this.focus('.sign-in-notice[role="alert"] a');
    return false;
  }

  /** One submission per service not yet sent; stops at the first that fails. */
  async send(): Promise<void> {
    if (this.busy || !(await this.signedIn())) return;
    this.parts.flow.set({ server: {} });
    this.set({ busy: true });
    try {
      const docs = await this.prepare();
      const last = await this.submitAll(docs ?? []);
      if (docs?.every((d) => done(this.parts.flow.sent[d.service]))) await this.finish();
      else if (last?.state === 'failed' && Object.keys(last.fields).length) await this.refused(last.fields);
    } finally {
      this.set({ busy: false });
    }
    // Refused (its fields on this step, or none), or the PDF failed: the message takes the focus, so that it is heard and focus is never left on <body>.
    const failed = this.backend.status.state === 'failed' || this.state.endsWith('failed');
    if (this.parts.flow.step === 'review' && failed) await this.focus('.send-failed, .pdf-failed');
  }

  private async submitAll(docs: FormDocument[]): Promise<SubmissionState | undefined> {
    const flow = this.parts.flow;
    let last: SubmissionState | undefined;
    for (const d of docs) {
      if (done(flow.sent[d.service])) continue;
      const [path, name, payload] =
        'request' in d ? ['/access-requests', 'request', d.request] : ['/mandates', 'mandate', d.mandate];
      last = await this.backend.submit(path, payload, {
        parts: [
          { name, value: new Blob([JSON.stringify(payload)], { type: 'application/json' }) },
          { name: 'document', value: d.blob, filename: d.filename },
        ],
      });
      if (last.state === 'queued') this.queuedIds[last.id] = d.service;
      flow.set({ sent: { ...flow.sent, [d.service]: last } });
      flow.save();
      if (!done(last)) break;
    }
    return last;
  }

  /** Sent or safe in the outbox: the draft (personal data) goes first, then the step changes. */
  private async finish(): Promise<void> {
    await this.parts.flow.drafts.clear();
    this.parts.flow.set({ step: 'done' });
    await this.focus('.step-heading');
  }

  /** The server refused some fields: back to the first step that has them, its summary shown. */
  private async refused(fields: Record<string, string>): Promise<void> {
    const server = Object.fromEntries(Object.entries(fields).map(([p, msg]) => [formPath(p), msg]));
    this.parts.flow.set({ server });
    const to = Object.keys(server)
      .map(stepOf)
      .find((s) => s !== 'review');
    if (!to) return;
    this.parts.flow.set({ step: to, summary: true });
    await this.focus('[aria-invalid="true"]');
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Copies a reference to the clipboard; the visible status says whether it worked. */
  async copyReference(ref: string): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(ref);
      ok = true;
    } catch {
      ok = this.copyBySelection(ref);
    }
    this.set({ copied: { ref, ok } });
  }

  /** No clipboard permission (an embedded frame, an old browser): the older command, on a selection. */
  private copyBySelection(ref: string): boolean {
    const area = Object.assign(document.createElement('textarea'), { value: ref });
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0';
    this.host.renderRoot.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
